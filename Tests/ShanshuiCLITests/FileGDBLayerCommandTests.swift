import Foundation
import ShanshuiTestSupport
import Testing

/// Reviewers' control layers often come as a FileGDB (ArcGIS): `--layer ROLE=DIR.gdb` reads it like a GeoPackage,
/// and its curve polygons are cut into straight pieces. The FileGDBs are made here by `ogr2ogr` (gdal-bin).
@Suite struct FileGDBLayerCommandTests {
  static let fixture = "fixtures/cq-spatial-wanzhou-declarations-contradicted.xml"

  static func ogr2ogr(_ arguments: [String]) throws {
    let output = try CommandRunner.run(["ogr2ogr"] + arguments, executable: URL(fileURLWithPath: "/usr/bin/env"))
    try #require(output.status == 0, "ogr2ogr (gdal-bin, scripts/setup): \(output.stderr)")
  }

  /// The findings of the fixture's SS-GEO-005 (red line), as rule, line and message, checked with `layer`.
  static func redLineFindings(_ layer: String) throws -> (status: Int32, findings: [String], stderr: String) {
    let output = try CommandRunner.run([
      "check", fixture, "--format", "json", "--layer", "ecological-red-line=\(layer)", "--lang", "en",
    ])
    let report = try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [String: Any]
    let files = report?["files"] as? [[String: Any]] ?? []
    let findings = files.flatMap { $0["findings"] as? [[String: Any]] ?? [] }
      .filter { ($0["ruleId"] as? String) == "SS-GEO-005" }
      .map { "\($0["ruleId"] ?? "") \($0["line"] ?? "") \($0["message"] ?? "")" }
    return (output.status, findings, output.stderr)
  }

  @Test func aFileGDBLayerGivesWhatItsGeoPackageGives() throws {
    let directory = try TemporaryDirectory.make("gdb-layer")
    defer { try? FileManager.default.removeItem(at: directory) }
    let gdb = directory.appendingPathComponent("red-line.gdb").path
    try Self.ogr2ogr([
      "-f", "OpenFileGDB", gdb, Repository.url("fixtures/layers/synthetic-ecological-red-line.gpkg").path,
    ])
    let fromGeoPackage = try Self.redLineFindings("fixtures/layers/synthetic-ecological-red-line.gpkg")
    let fromFileGDB = try Self.redLineFindings(gdb)
    #expect(fromFileGDB.status == fromGeoPackage.status, "\(fromFileGDB.stderr)")
    #expect(fromGeoPackage.findings.count == 3)
    #expect(fromFileGDB.findings == fromGeoPackage.findings)
  }

  /// A red-line patch drawn with circular arcs (a disc of radius 0.02° around the centre of WZ-5) overlaps WZ-5: the
  /// arcs are read as 4° pieces, not refused.
  @Test func curvePolygonsInALayerAreCutIntoStraightPieces() throws {
    let directory = try TemporaryDirectory.make("gdb-curves")
    defer { try? FileManager.default.removeItem(at: directory) }
    let csv = directory.appendingPathComponent("disc.csv")
    try Data(
      """
      name,WKT
      synthetic disc,"CURVEPOLYGON(CIRCULARSTRING(108.33 30.70,108.35 30.72,108.37 30.70,108.35 30.68,108.33 30.70))"

      """.utf8
    ).write(to: csv)
    let gdb = directory.appendingPathComponent("disc.gdb").path
    try Self.ogr2ogr([
      "-f", "OpenFileGDB", gdb, csv.path, "-a_srs", "EPSG:4490", "-nlt", "CURVEPOLYGON", "-oo",
      "GEOM_POSSIBLE_NAMES=WKT", "-oo", "KEEP_GEOM_COLUMNS=NO",
    ])
    let result = try Self.redLineFindings(gdb)
    #expect(result.status == 1, "\(result.stderr)")
    #expect(
      !result.findings.isEmpty && result.findings.allSatisfy { $0.contains("synthetic disc") }, "\(result.findings)")
  }

  @Test func aFileGDBWithSeveralLayersIsRefusedWithTheirNames() throws {
    let directory = try TemporaryDirectory.make("gdb-layers")
    defer { try? FileManager.default.removeItem(at: directory) }
    let gdb = directory.appendingPathComponent("both.gdb").path
    try Self.ogr2ogr(["-f", "OpenFileGDB", gdb, Repository.url("Tests/Fixtures/import/wanzhou.gpkg").path])
    let output = try CommandRunner.run([
      "check", Self.fixture, "--layer", "ecological-red-line=\(gdb)", "--lang", "en",
    ])
    let printed = output.stdout + output.stderr
    #expect(output.status == 2)
    #expect(printed.contains("[E610]") && printed.contains("2 layers (units, boundary)"), "\(printed)")
    #expect(printed.contains("ogr2ogr -f GPKG"), "\(printed)")
  }
}
