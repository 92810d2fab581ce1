// swift-tools-version:6.0
import PackageDescription

/// The validation service, a package of its own so that the root package's builds (debug, release, sanitizers, CI
/// recipes) never compile SwiftNIO or Hummingbird and the CLI never links them (docs/service.md).
let package = Package(
  name: "shanshui-serve",
  platforms: [.macOS(.v14)],
  products: [
    .executable(name: "shanshui-serve", targets: ["shanshui-serve"]),
    .library(name: "ShanshuiServe", targets: ["ShanshuiServe"]),
  ],
  dependencies: [
    .package(name: "shanshui", path: ".."),
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
    .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.13.0"),
    .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
    .package(url: "https://github.com/apple/swift-metrics", from: "2.13.0"),
    .package(url: "https://github.com/swift-server/swift-prometheus", from: "2.4.1"),
    .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
    .package(url: "https://github.com/apple/swift-nio-extras", from: "1.35.2"),
    .package(url: "https://github.com/vapor/multipart-kit", from: "4.7.1"),
  ],
  targets: [
    // Routes, limits, reload, metrics and the access log: everything but argument parsing.
    .target(
      name: "ShanshuiServe",
      dependencies: [
        .product(name: "ShanshuiFrontend", package: "shanshui"),
        .product(name: "ShanshuiReports", package: "shanshui"),
        .product(name: "ShanshuiCore", package: "shanshui"),
        .product(name: "Hummingbird", package: "hummingbird"),
        .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
        .product(name: "Logging", package: "swift-log"),
        .product(name: "Metrics", package: "swift-metrics"),
        .product(name: "Prometheus", package: "swift-prometheus"),
        .product(name: "NIOCore", package: "swift-nio"),
        .product(name: "NIOPosix", package: "swift-nio"),
        .product(name: "NIOHTTPTypes", package: "swift-nio-extras"),
        .product(name: "UnixSignals", package: "swift-service-lifecycle"),
        .product(name: "MultipartKit", package: "multipart-kit"),
      ]
    ),
    .executableTarget(
      name: "shanshui-serve",
      dependencies: [
        "ShanshuiServe",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    .testTarget(
      name: "ShanshuiServeTests",
      dependencies: [
        "ShanshuiServe",
        .product(name: "HummingbirdTesting", package: "hummingbird"),
        .product(name: "ShanshuiFrontend", package: "shanshui"),
        .product(name: "Logging", package: "swift-log"),
      ]
    ),
  ],
  swiftLanguageModes: [.v6]
)
