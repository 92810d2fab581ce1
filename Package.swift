// swift-tools-version:6.0
import Foundation
import PackageDescription

/// `scripts/fuzz` sets SHANSHUI_FUZZ: the libraries are then instrumented for libFuzzer and AddressSanitizer, and
/// `shanshui-fuzz` links libFuzzer's driver. Build only that product in that mode (`--product shanshui-fuzz`).
let fuzzRuntime = ProcessInfo.processInfo.environment["SHANSHUI_FUZZ"]
let fuzzing = fuzzRuntime != nil
let instrumented: [SwiftSetting] = fuzzing ? [.unsafeFlags(["-sanitize=fuzzer,address"])] : []

let package = Package(
  name: "shanshui",
  products: [
    .executable(name: "shanshui", targets: ["shanshui"]),
    .library(name: "ShanshuiCore", targets: ["ShanshuiCore"]),
    .library(name: "ShanshuiReports", targets: ["ShanshuiReports"]),
    .library(name: "ShanshuiFrontend", targets: ["ShanshuiFrontend"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    // Yams (libyaml): the reviewers' configuration file is YAML, and its node marks give every problem a line and column.
    .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
  ],
  targets: [
    .systemLibrary(
      name: "CLibXML2",
      pkgConfig: "libxml-2.0",
      providers: [.apt(["libxml2-dev"]), .brew(["libxml2"])]
    ),
    .target(name: "ShanshuiXML", dependencies: ["CLibXML2"], swiftSettings: instrumented),
    // GEOS, PROJ and GDAL/OGR through dlopen (not linked: GDAL alone adds ~31 ms and 113 shared libraries to every
    // start-up); their -dev headers give the types. Only ShanshuiGeo imports it.
    .target(name: "CGeo"),
    // Geometry, coordinate reference systems and reviewer layers (GEOS, PROJ, GDAL): the only module that reads them.
    .target(name: "ShanshuiGeo", dependencies: ["CGeo"], swiftSettings: instrumented),
    .target(name: "ShanshuiCore", dependencies: ["ShanshuiXML", "ShanshuiGeo"], swiftSettings: instrumented),
    .target(name: "ShanshuiReports", dependencies: ["ShanshuiCore"], swiftSettings: instrumented),
    .target(name: "ShanshuiConfig", dependencies: ["ShanshuiCore", .product(name: "Yams", package: "Yams")]),
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
      swiftSettings: instrumented,
      plugins: ["EmbedStandard"]
    ),
    .executableTarget(
      name: "shanshui-fuzz",
      dependencies: [
        "ShanshuiCore", "ShanshuiReports", "ShanshuiBundledStandard", "ShanshuiXML", "ShanshuiFrontend", "ShanshuiGeo",
      ],
      path: "Sources/ShanshuiFuzz",
      swiftSettings: instrumented + (fuzzing ? [.define("FUZZING")] : []),
      // SHANSHUI_FUZZ names libFuzzer's no-main runtime archive; scripts/fuzz finds it in the toolchain.
      linkerSettings: fuzzRuntime.map { [.unsafeFlags(["-sanitize=address", $0, "-lstdc++"])] } ?? []
    ),
    // What every front end (the CLI, a service, a language server) runs: loading the standard, inputs, limits,
    // profiles, the batch and the report.
    .target(
      name: "ShanshuiFrontend",
      dependencies: ["ShanshuiCore", "ShanshuiReports", "ShanshuiConfig", "ShanshuiBundledStandard", "ShanshuiXML"],
      swiftSettings: instrumented
    ),
    .executableTarget(
      name: "shanshui",
      dependencies: [
        "ShanshuiCore", "ShanshuiReports", "ShanshuiConfig", "ShanshuiBundledStandard", "ShanshuiFrontend",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    .target(
      name: "ShanshuiTestSupport", dependencies: ["ShanshuiCore", "ShanshuiXML", "ShanshuiBundledStandard"],
      path: "Tests/ShanshuiTestSupport"),
    .testTarget(name: "ShanshuiXMLTests", dependencies: ["ShanshuiXML", "ShanshuiTestSupport"]),
    .testTarget(name: "ShanshuiGeoTests", dependencies: ["ShanshuiGeo"]),
    .testTarget(
      name: "ShanshuiCoreTests",
      dependencies: ["ShanshuiCore", "ShanshuiBundledStandard", "ShanshuiTestSupport"]
    ),
    .testTarget(name: "ShanshuiReportsTests", dependencies: ["ShanshuiReports", "ShanshuiXML", "ShanshuiTestSupport"]),
    .testTarget(name: "ShanshuiConfigTests", dependencies: ["ShanshuiConfig", "ShanshuiTestSupport"]),
    .testTarget(name: "ShanshuiCLITests", dependencies: ["shanshui", "ShanshuiTestSupport"]),
    .testTarget(
      name: "ShanshuiFrontendTests",
      dependencies: ["ShanshuiFrontend", "ShanshuiReports", "ShanshuiCore", "ShanshuiTestSupport", "shanshui"]
    ),
  ],
  swiftLanguageModes: [.v6]
)
