import Foundation
import ShanshuiGeo

/// Shapes for the tests, written in lon/lat and turned into EPSG:4490 positions (latitude first).
enum Shapes {
  /// A closed ring through (lon, lat) pairs.
  static func ring(_ points: [(Double, Double)]) -> [GeoPosition] {
    let positions = points.map { GeoPosition($0.1, $0.0) }
    guard let first = positions.first else { return [] }
    return positions + [first]
  }

  /// An axis-aligned rectangle in lon/lat degrees, counter-clockwise.
  static func rectangle(west: Double, south: Double, east: Double, north: Double) -> GeoShape {
    GeoShape(
      crs: .cgcs2000,
      polygons: [GeoPolygon(exterior: ring([(west, south), (east, south), (east, north), (west, north)]))])
  }

  /// A square `side` metres wide in a Gauss–Krüger zone (no prefix), its south-west corner at (northing, easting).
  static func gaussKrugerSquare(zone: Int, northing: Double, easting: Double, side: Double) -> GeoShape {
    let corners = [
      GeoPosition(northing, easting), GeoPosition(northing, easting + side),
      GeoPosition(northing + side, easting + side),
      GeoPosition(northing + side, easting), GeoPosition(northing, easting),
    ]
    return GeoShape(crs: .gaussKruger(zone: zone, zonePrefix: false), polygons: [GeoPolygon(exterior: corners)])
  }
}

/// A deterministic generator (SplitMix64), so that the oracle tests draw the same shapes on every run.
struct SeededGenerator: RandomNumberGenerator {
  private var state: UInt64

  init(seed: UInt64) { state = seed }

  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}

/// Runs `scripts/geo-oracle.py COMMAND` with `input` (JSON) on standard input and returns its JSON output. The
/// oracles are independent implementations (geographiclib, Shapely's bundled GEOS, pyproj): a test fails, not skips,
/// when they cannot run (scripts/setup installs them).
enum Oracle {
  struct Failure: Error, CustomStringConvertible {
    var description: String
  }

  static var repository: URL {
    URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
  }

  static func run(_ command: String, input: Any) throws -> Any {
    try run(script: "scripts/geo-oracle.py", arguments: [command], input: input)
  }

  /// Runs `python3 SCRIPT ARGUMENTS…` (a path relative to the repository) with `input` as JSON on standard input.
  static func run(script: String, arguments: [String] = [], input: Any) throws -> Any {
    let command = ([script] + arguments).joined(separator: " ")
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["python3", repository.appendingPathComponent(script).path] + arguments
    let stdin = Pipe()
    let stdout = Pipe()
    let stderr = Pipe()
    process.standardInput = stdin
    process.standardOutput = stdout
    process.standardError = stderr
    try process.run()
    let data = try JSONSerialization.data(withJSONObject: input)
    // Write and read on separate threads: either pipe may fill.
    let writer = Thread {
      stdin.fileHandleForWriting.write(data)
      try? stdin.fileHandleForWriting.close()
    }
    writer.start()
    let output = stdout.fileHandleForReading.readDataToEndOfFile()
    let errors = String(decoding: stderr.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    guard process.terminationStatus == 0 else {
      throw Failure(description: "\(command) failed (run scripts/setup): \(errors)")
    }
    return try JSONSerialization.jsonObject(with: output)
  }
}
