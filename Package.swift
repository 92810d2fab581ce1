// swift-tools-version:6.0
import PackageDescription

let package = Package(
  name: "shanshui",
  products: [
    .executable(name: "shanshui", targets: ["shanshui"]),
    .library(name: "ShanshuiCore", targets: ["ShanshuiCore"]),
    .library(name: "ShanshuiReports", targets: ["ShanshuiReports"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0")
  ],
  targets: [
    .systemLibrary(
      name: "CLibXML2",
      pkgConfig: "libxml-2.0",
      providers: [.apt(["libxml2-dev"]), .brew(["libxml2"])]
    ),
    .target(name: "ShanshuiXML", dependencies: ["CLibXML2"]),
    .target(name: "ShanshuiCore", dependencies: ["ShanshuiXML"]),
    .target(name: "ShanshuiReports", dependencies: ["ShanshuiCore"]),
    // Compiles `standards/` into the binary so that a copied executable works from any directory.
    .executableTarget(name: "EmbedStandardTool", path: "Sources/EmbedStandardTool"),
    .plugin(
      name: "EmbedStandard",
      capability: .buildTool(),
      dependencies: ["EmbedStandardTool"]
    ),
    .target(
      name: "ShanshuiBundledStandard",
      dependencies: ["ShanshuiCore"],
      plugins: ["EmbedStandard"]
    ),
    .executableTarget(
      name: "shanshui",
      dependencies: [
        "ShanshuiCore", "ShanshuiReports", "ShanshuiBundledStandard",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    .target(name: "ShanshuiTestSupport", dependencies: ["ShanshuiCore", "ShanshuiXML"], path: "Tests/ShanshuiTestSupport"),
    .testTarget(name: "ShanshuiXMLTests", dependencies: ["ShanshuiXML", "ShanshuiTestSupport"]),
    .testTarget(
      name: "ShanshuiCoreTests",
      dependencies: ["ShanshuiCore", "ShanshuiBundledStandard", "ShanshuiTestSupport"]
    ),
    .testTarget(name: "ShanshuiReportsTests", dependencies: ["ShanshuiReports", "ShanshuiTestSupport"]),
    .testTarget(name: "ShanshuiCLITests", dependencies: ["shanshui", "ShanshuiTestSupport"]),
  ],
  swiftLanguageModes: [.v6]
)
