import Foundation
import ShanshuiTestSupport
import Testing

/// `shanshui geometry import` through the binary: the import then `check` finds what the geometry implies (the same
/// findings as the fixture the sources were made from), the written GML read by `ogr2ogr`'s GML driver gives the
/// source file's coordinates, exit statuses 0/1/2, `--dry-run`, `--output`, atomicity, and every bad input's code.
@Suite struct GeometryImportCommandTests {
  static let sources = "Tests/Fixtures/import/"
  static let fixture = "fixtures/cq-spatial-wanzhou-declarations-contradicted.xml"

  /// A fresh copy of the import target in a temporary directory.
  static func copyOfTarget() throws -> (directory: URL, path: String) {
    let directory = try TemporaryDirectory.make("import")
    let path = directory.appendingPathComponent("submission.xml").path
    try FileManager.default.copyItem(atPath: Repository.url(sources + "wanzhou-no-geometry.xml").path, toPath: path)
    return (directory, path)
  }

  static func importing(_ arguments: [String], into path: String) throws -> CommandRunner.Output {
    try CommandRunner.run(["geometry", "import", "--lang", "en"] + arguments + [path])
  }

  static func source(_ name: String) -> String { Repository.url(sources + name).path }

  static func contents(_ path: String) -> [UInt8]? { FileManager.default.contents(atPath: path).map { [UInt8]($0) } }

  /// `ruleId message` of every finding of `check --format json` with the fixture's synthetic layers.
  static func findings(_ path: String) throws -> [String] {
    let text = String(decoding: try Repository.bytes(fixture), as: UTF8.self)
    let output = try CommandRunner.run(
      ["check", "--lang", "en", "--format", "json"] + FixtureLayers(text: text).arguments + [path])
    let root = try #require(try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [String: Any])
    return try #require(root["files"] as? [[String: Any]]).flatMap { file in
      (file["findings"] as? [[String: Any]] ?? []).map { "\($0["ruleId"] ?? "") \($0["message"] ?? "")" }
    }.sorted()
  }

  @Test func importThenCheckFindsWhatTheGeometryImplies() throws {
    let (directory, path) = try Self.copyOfTarget()
    defer { try? FileManager.default.removeItem(at: directory) }
    #expect(try Self.findings(path).allSatisfy { !$0.hasPrefix("SS-GEO") })
    let units = try Self.importing(
      ["--from", Self.source("wanzhou.gpkg"), "--layer", "units", "--key", "unit_id"], into: path)
    #expect(units.status == 0, "\(units.stderr)")
    #expect(
      units.stdout.contains("read \(Self.source("wanzhou.gpkg")) (layer units, 6 features, CRS EPSG:4490 (kept))"))
    #expect(units.stdout.contains("\(path):37: unit WZ-1 ← feature 1: gml:Polygon\n"), "\(units.stdout)")
    #expect(units.stdout.hasSuffix("wrote 6 <geometry> to \(path)\n"))
    let boundary = try Self.importing(
      ["--from", Self.source("wanzhou.gdb"), "--layer", "boundary", "--boundary"], into: path)
    #expect(boundary.status == 0, "\(boundary.stderr)")
    let imported = try Self.findings(path)
    let expected = try Self.findings(Repository.url(Self.fixture).path)
    #expect(imported.filter { $0.hasPrefix("SS-GEO") }.count >= 8)
    #expect(imported == expected)
  }

  /// The `<geometry>` children of the units, as an OGR GML FeatureCollection with each unit's id.
  static func extractedGML(_ submission: String) -> String {
    let pattern = #/<unit id="([^"]+)"[\s\S]*?<geometry>([\s\S]*?)</geometry>/#
    let members = submission.matches(of: pattern).map { match in
      "<ogr:featureMember><ogr:units><ogr:geometryProperty>\(match.output.2)</ogr:geometryProperty>"
        + "<ogr:unit_id>\(match.output.1)</ogr:unit_id></ogr:units></ogr:featureMember>"
    }
    return """
      <?xml version="1.0" encoding="UTF-8"?>
      <ogr:FeatureCollection xmlns:ogr="http://ogr.maptools.org/" xmlns:gml="http://www.opengis.net/gml/3.2">
      \(members.joined(separator: "\n"))
      </ogr:FeatureCollection>
      """
  }

  /// Every feature's positions by `ogr2ogr -f GeoJSON` (GIS order).
  static func ogrPositions(_ arguments: [String], directory: URL) throws -> [[[Double]]] {
    let out = directory.appendingPathComponent("ogr-\(UUID().uuidString).geojson").path
    let run = try CommandRunner.run(
      ["ogr2ogr", "-f", "GeoJSON", out] + arguments, executable: URL(fileURLWithPath: "/usr/bin/env"))
    #expect(run.status == 0, "\(run.stderr)")
    let data = try #require(FileManager.default.contents(atPath: out))
    let root = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    return try #require(root["features"] as? [[String: Any]]).map { feature in
      let geometry = feature["geometry"] as? [String: Any]
      let rings = geometry?["coordinates"] as? [[[Double]]] ?? []
      return rings.flatMap { $0 }
    }
  }

  @Test(arguments: [
    ("wanzhou.gpkg", ["--layer", "units"]), ("wanzhou-units-4545.shp", []), ("wanzhou-units-gbk.shp", []),
  ])
  func theWrittenGMLRoundTripsThroughOGR(name: String, layer: [String]) throws {
    let (directory, path) = try Self.copyOfTarget()
    defer { try? FileManager.default.removeItem(at: directory) }
    let key = name.contains("gbk") ? "单元编号" : "unit_id"
    let output = try Self.importing(["--from", Self.source(name), "--key", key] + layer, into: path)
    #expect(output.status == 0, "\(output.stderr)")
    let gml = directory.appendingPathComponent("extracted.gml").path
    try Data(Self.extractedGML(String(decoding: Self.contents(path) ?? [], as: UTF8.self)).utf8)
      .write(to: URL(fileURLWithPath: gml))
    // GDAL reads the short `EPSG:n` form in GIS order unless told to read it like the URN (EPSG's axis order, as
    // the submission format does).
    let read = try Self.ogrPositions([gml], directory: directory)
    let original = try Self.ogrPositions([Self.source(name)] + (layer.isEmpty ? [] : [layer[1]]), directory: directory)
    #expect(read.count == 6 && read.map(\.count) == original.map(\.count))
    #expect(read == original)
  }

  @Test func unmatchedFeaturesAndUnitsExitOneAndTheRestIsWritten() throws {
    let (directory, path) = try Self.copyOfTarget()
    defer { try? FileManager.default.removeItem(at: directory) }
    let output = try Self.importing(["--from", Self.source("shapes.geojson"), "--key", "unit_id"], into: path)
    #expect(output.status == 1, "\(output.stderr)")
    let shapes = Self.source("shapes.geojson")
    #expect(output.stdout.contains("unit WZ-1 ← feature 0: gml:MultiSurface (2)"))
    #expect(
      output.stdout.contains("unit WZ-3 ← features 2, 3: gml:MultiSurface (2) (features with the same key merged)"))
    #expect(
      output.stdout.contains(
        "\(shapes): warning: [E628] feature 4 (unit_id=WZ-99) matches no unit (unit/@id): not written"))
    #expect(
      output.stdout.contains(
        "\(shapes): warning: [E628] feature 5 (unit_id=WZ-4) has no geometry (or an empty one): skipped"))
    #expect(
      output.stdout.contains(
        ": warning: [E629] unit WZ-6 has no feature in the layer (unit_id=WZ-6): no geometry written"))
    let text = String(decoding: Self.contents(path) ?? [], as: UTF8.self)
    #expect(text.components(separatedBy: "<geometry><gml:").count == 4)
    #expect(text.contains("<gml:interior>"))
    // Chinese report.
    let zh = try CommandRunner.run(
      ["geometry", "import", "--lang", "zh", "--dry-run", "--from", shapes, "--key", "unit_id", path])
    #expect(zh.status == 1 && zh.stdout.contains("单元 WZ-1 ← 要素 0：gml:MultiSurface (2)，替换原有 <geometry>"), "\(zh.stdout)")
    #expect(zh.stdout.contains("警告: [E628] 要素 4（unit_id=WZ-99）没有对应的单元"), "\(zh.stdout)")
    // The six units as one boundary: WZ-6's ring crosses itself, so GEOS cannot dissolve them; said, and written.
    let boundary = try Self.importing(
      ["--from", Self.source("wanzhou.gdb"), "--layer", "units", "--boundary"], into: path)
    #expect(boundary.status == 0, "\(boundary.stderr)")
    #expect(
      boundary.stdout.contains(
        "project boundary (location) ← features 1, 2, 3, 4, 5, 6: gml:MultiSurface (6), not dissolved (a part is invalid: "
          + "see SS-GEO-001), the parts written as they are"), "\(boundary.stdout)")
  }

  @Test func dryRunAndOutputLeaveTheSubmissionAsItWas() throws {
    let (directory, path) = try Self.copyOfTarget()
    defer { try? FileManager.default.removeItem(at: directory) }
    let before = Self.contents(path)
    let dry = try Self.importing(
      ["--from", Self.source("wanzhou-units.geojson"), "--key", "unit_id", "--dry-run"], into: path)
    #expect(dry.status == 0 && dry.stdout.hasSuffix("dry run: 6 <geometry> would be written; nothing written\n"))
    #expect(Self.contents(path) == before)
    let other = directory.appendingPathComponent("out/with-geometry.xml").path
    let written = try Self.importing(
      ["--from", Self.source("wanzhou-units.geojson"), "--key", "unit_id", "--output", other], into: path)
    #expect(written.status == 0, "\(written.stderr)")
    #expect(Self.contents(path) == before)
    #expect(
      String(decoding: Self.contents(other) ?? [], as: UTF8.self).components(separatedBy: "<geometry><gml:").count == 7)
  }

  /// Not under ThreadSanitizer (scripts/sanitize): its runtime dies of SIGBUS under a 2-block file-size limit before
  /// shanshui writes anything (as for OutputCommandTests' half-way write); the normal and AddressSanitizer runs
  /// cover the atomic write.
  @Test(.disabled(if: ProcessInfo.processInfo.environment["SHANSHUI_SANITIZER"] == "thread"))
  func aFailedWriteLeavesTheOriginalIntact() throws {
    let (directory, path) = try Self.copyOfTarget()
    defer { try? FileManager.default.removeItem(at: directory) }
    let before = Self.contents(path)
    // ulimit -f counts 512- or 1024-byte blocks: the submission with geometry is several kilobytes.
    let output = try CommandRunner.run(
      [
        "-c", "trap '' XFSZ; ulimit -f 2 && exec \"$@\"", "sh", CommandRunner.executable.path, "geometry", "import",
        "--lang", "en", "--from", Self.source("wanzhou-units.geojson"), "--key", "unit_id", path,
      ], executable: URL(fileURLWithPath: "/bin/sh"))
    #expect(output.status == 2)
    #expect(output.stderr.contains("[E500] cannot write SUBMISSION \(path): File too large"), "\(output.stderr)")
    #expect(output.stderr.hasSuffix("nothing was written\n"))
    #expect(Self.contents(path) == before)
    #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["submission.xml"])
  }

  @Test(arguments: [
    (["--from", "missing.gpkg", "--key", "unit_id"], "E620", "cannot be read"),
    (["--from", "corrupt.gpkg", "--key", "unit_id"], "E620", "cannot be read"),
    (
      ["--from", "wanzhou.gpkg", "--key", "unit_id"], "E621",
      "the file holds 2 layers (units, boundary); choose one with --layer"
    ),
    (["--from", "wanzhou.gpkg", "--layer", "parcels", "--key", "unit_id"], "E621", "its layers: units, boundary"),
    (
      ["--from", "wanzhou-units.geojson", "--key", "DYBH"], "E622",
      "the layer has no field 'DYBH'; its fields: unit_id, name"
    ),
    (["--from", "noprj.shp", "--key", "unit_id"], "E623", "without its .prj"),
    (
      ["--from", "wanzhou-units.geojson", "--key", "unit_id", "--crs", "EPSG:4543"], "E623",
      "choose the zone with --crs"
    ),
    (["--from", "lines.geojson", "--key", "unit_id"], "E624", "feature 0: a line geometry"),
    (
      ["--from", "shapes.geojson", "--key", "unit_id", "--on-duplicate", "error"], "E626",
      "2 features (2, 3) have unit_id=WZ-3"
    ),
  ])
  func badInputsExitTwoWithTheirCodeAndWriteNothing(arguments: [String], code: String, message: String) throws {
    let (directory, path) = try Self.copyOfTarget()
    defer { try? FileManager.default.removeItem(at: directory) }
    let before = Self.contents(path)
    let resolved = arguments.enumerated().map { index, argument in
      index > 0 && arguments[index - 1] == "--from" ? Self.source(argument) : argument
    }
    let output = try Self.importing(resolved, into: path)
    #expect(output.status == 2)
    #expect(output.stderr.contains(": error: [\(code)] "), "\(output.stderr)")
    #expect(output.stderr.contains(message), "\(output.stderr)")
    #expect(output.stderr.hasSuffix("nothing was written\n"))
    // GDAL's own messages are captured into ours, never printed.
    #expect(!output.stderr.contains("ERROR 1:") && !output.stderr.contains("Warning 1:"), "\(output.stderr)")
    #expect(Self.contents(path) == before)
  }

  @Test func aVersionOneSubmissionIsRefusedWithTheFix() throws {
    let directory = try TemporaryDirectory.make("import")
    defer { try? FileManager.default.removeItem(at: directory) }
    let path = directory.appendingPathComponent("v1.xml").path
    try FileManager.default.copyItem(
      atPath: Repository.url("standards/examples/base-submission.xml").path, toPath: path)
    let output = try Self.importing(["--from", Self.source("wanzhou-units.geojson"), "--key", "unit_id"], into: path)
    #expect(output.status == 2)
    #expect(output.stderr.contains("\(path):"), "\(output.stderr)")
    #expect(
      output.stderr.contains("[E625] a submission of formatVersion=\"1\" cannot hold geometry: set formatVersion=\"2\"")
    )
    let usage = try Self.importing(["--from", Self.source("wanzhou-units.geojson")], into: path)
    #expect(usage.status == 64 && usage.stderr.contains("--key FIELD is needed (or --boundary)"))
    let crs = try Self.importing(
      ["--from", Self.source("wanzhou-units.geojson"), "--key", "k", "--crs", "EPSG:3857"], into: path)
    #expect(crs.status == 64 && crs.stderr.contains("--crs EPSG:3857"))
    let encoding = try Self.importing(
      ["--from", Self.source("wanzhou-units.geojson"), "--key", "k", "--encoding", "GBK"], into: path)
    #expect(encoding.status == 64 && encoding.stderr.contains("--encoding applies to a Shapefile"))
  }
}
