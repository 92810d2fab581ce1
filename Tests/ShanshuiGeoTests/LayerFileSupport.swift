import Foundation

/// Layer files for the GDAL tests, written as GeoJSON and converted with `ogr2ogr` (gdal-bin, installed by
/// scripts/setup) in a fresh temporary directory.
struct LayerFiles {
  let directory: URL

  init() throws {
    directory = FileManager.default.temporaryDirectory.appendingPathComponent("shanshui-geo-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
  }

  func remove() { try? FileManager.default.removeItem(at: directory) }

  func path(_ name: String) -> String { directory.appendingPathComponent(name).path }

  /// Writes `text` to `name`.
  @discardableResult
  func write(_ name: String, _ text: String) throws -> String {
    try Data(text.utf8).write(to: URL(fileURLWithPath: path(name)))
    return path(name)
  }

  /// A GeoJSON FeatureCollection (CRS84) of features given as (properties JSON, geometry JSON).
  static func geoJSON(_ features: [(String, String)]) -> String {
    let items = features.map { #"{"type":"Feature","properties":\#($0.0),"geometry":\#($0.1)}"# }
    return #"{"type":"FeatureCollection","features":[\#(items.joined(separator: ","))]}"#
  }

  /// A GeoJSON polygon of one ring of (lon, lat).
  static func polygon(_ ring: [(Double, Double)]) -> String {
    let closed = ring + [ring[0]]
    return #"{"type":"Polygon","coordinates":[[\#(closed.map { "[\($0.0),\($0.1)]" }.joined(separator: ","))]]}"#
  }

  /// Runs ogr2ogr with `arguments` (output first, then input, then options); throws with its output on failure.
  func ogr2ogr(_ arguments: [String]) throws {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["ogr2ogr"] + arguments
    let output = Pipe()
    process.standardOutput = output
    process.standardError = output
    try process.run()
    let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    guard process.terminationStatus == 0 else {
      throw Oracle.Failure(
        description: "ogr2ogr \(arguments.joined(separator: " ")) failed (run scripts/setup): \(text)")
    }
  }
}
