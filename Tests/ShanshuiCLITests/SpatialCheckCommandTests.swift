import Foundation
import ShanshuiTestSupport
import Testing

/// `check` with spatial rules end to end: a standard with an overlap rule on the role `test-red-line` and a distance
/// rule on `test-shoreline` (whose `rank` field is required), a format-2 submission whose unit U1 is the square
/// 108.38–108.40°E × 30.80–30.82°N (424.365 ha by pyproj's Geod on CGCS2000), and layers written as GeoJSON.
@Suite struct SpatialCheckCommandTests {
  static let gml = "http://www.opengis.net/gml/3.2"

  static func polygon(_ west: Double, _ south: Double, _ east: Double, _ north: Double) -> String {
    let ring = [(south, west), (south, east), (north, east), (north, west), (south, west)]
      .map { "\($0.0) \($0.1)" }.joined(separator: " ")
    return
      #"<gml:Polygon xmlns:gml="\#(gml)" srsName="EPSG:4490"><gml:exterior><gml:LinearRing><gml:posList>\#(ring)</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon>"#
  }

  static let rules = """
    <rule id="SS-TST-301" severity="error">
      <title lang="zh">单元不占用红线</title><title lang="en">A unit does not overlap the red line</title>
      <message lang="zh">单元与红线要素 {feature} 重叠 {area} {unit}</message>
      <message lang="en">The unit overlaps red-line feature {feature} by {area} {unit}</message>
      <source ref="test-source"/>
      <context>/s:submission/s:units/s:unit</context>
      <overlap layer="test-red-line" unit="mu"/>
      <example outcome="pass" profile="chongqing"><set path="@formatVersion">2</set><append path="units/unit"><s:geometry>\(polygon(108.38, 30.80, 108.40, 30.82))</s:geometry></append>
        <layer role="test-red-line"><feature id="R1">\(polygon(108.40, 30.80, 108.45, 30.85))</feature></layer></example>
      <example outcome="fail" profile="chongqing"><set path="@formatVersion">2</set><append path="units/unit"><s:geometry>\(polygon(108.38, 30.80, 108.40, 30.82))</s:geometry></append>
        <layer role="test-red-line"><feature id="R1">\(polygon(108.39, 30.80, 108.45, 30.85))</feature></layer></example>
    </rule>
    <rule id="SS-TST-302" severity="warning">
      <title lang="zh">单元距岸线不少于1千米</title><title lang="en">A unit is at least 1 km from the shoreline</title>
      <message lang="zh">单元距岸线 {distance} {unit}</message><message lang="en">The unit is {distance} {unit} from the shoreline</message>
      <source ref="test-source"/>
      <context>/s:submission/s:units/s:unit</context>
      <distance layer="test-shoreline" min="1" unit="km"/>
      <example outcome="pass" profile="chongqing"><set path="@formatVersion">2</set><append path="units/unit"><s:geometry>\(polygon(108.38, 30.80, 108.40, 30.82))</s:geometry></append>
        <layer role="test-shoreline"><feature id="S1" rank="mainstem"><gml:LineString xmlns:gml="\(gml)" srsName="EPSG:4490"><gml:posList>30.70 108.42 30.90 108.42</gml:posList></gml:LineString></feature></layer></example>
      <example outcome="fail" profile="chongqing"><set path="@formatVersion">2</set><append path="units/unit"><s:geometry>\(polygon(108.38, 30.80, 108.40, 30.82))</s:geometry></append>
        <layer role="test-shoreline"><feature id="S1" rank="mainstem"><gml:LineString xmlns:gml="\(gml)" srsName="EPSG:4490"><gml:posList>30.70 108.405 30.90 108.405</gml:posList></gml:LineString></feature></layer></example>
    </rule>
    """

  /// A directory with the standard, the submission `unit.xml` and the layers.
  struct Scene {
    let directory: URL
    var standard: String { directory.appendingPathComponent("standard").path }
    var submission: String { directory.appendingPathComponent("unit.xml").path }
    func path(_ name: String) -> String { directory.appendingPathComponent(name).path }
    func check(_ arguments: [String]) throws -> CommandRunner.Output {
      try CommandRunner.run(["check", "--standard", standard, "--lang", "en"] + arguments, in: directory)
    }
  }

  static func geoJSON(_ features: [(properties: String, geometry: String)]) -> String {
    let items = features.map { #"{"type":"Feature","properties":{\#($0.properties)},"geometry":\#($0.geometry)}"# }
    return
      #"{"type":"FeatureCollection","crs":{"type":"name","properties":{"name":"urn:ogc:def:crs:EPSG::4490"}},"features":[\#(items.joined(separator: ","))]}"#
  }

  static func scene() throws -> Scene {
    let directory = try TemporaryDirectory.make("spatial-check")
    for (path, bytes) in try MiniStandard.files(rules: rules) {
      let url = directory.appendingPathComponent("standard/" + path)
      try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
      try Data(bytes).write(to: url)
    }
    var submission = String(decoding: try Repository.bytes("standards/examples/base-submission.xml"), as: UTF8.self)
    submission = submission.replacingOccurrences(of: #"formatVersion="1""#, with: #"formatVersion="2""#)
    submission = submission.replacingOccurrences(
      of: "    </unit>", with: "      <geometry>\(polygon(108.38, 30.80, 108.40, 30.82))</geometry>\n    </unit>")
    try Data(submission.utf8).write(to: directory.appendingPathComponent("unit.xml"))
    // Red line: one feature over the unit's eastern half (212.183 ha = 3,182.7 mu), one far away.
    let red = geoJSON([
      (
        #""id":"RL-7","name":"synthetic red line""#,
        #"{"type":"Polygon","coordinates":[[[108.39,30.80],[108.45,30.80],[108.45,30.85],[108.39,30.85],[108.39,30.80]]]}"#
      ),
      (
        #""id":"RL-8","name":"far""#,
        #"{"type":"Polygon","coordinates":[[[109.0,31.0],[109.1,31.0],[109.1,31.1],[109.0,31.1],[109.0,31.0]]]}"#
      ),
    ])
    try Data(red.utf8).write(to: directory.appendingPathComponent("red.geojson"))
    let shore = geoJSON([
      (#""id":"YZ","rank":"mainstem""#, #"{"type":"LineString","coordinates":[[108.405,30.70],[108.405,30.90]]}"#)
    ])
    try Data(shore.utf8).write(to: directory.appendingPathComponent("shore.geojson"))
    try Data(geoJSON([(#""id":"YZ""#, #"{"type":"LineString","coordinates":[[108.405,30.70],[108.405,30.90]]}"#)]).utf8)
      .write(to: directory.appendingPathComponent("shore-no-rank.geojson"))
    try Data(geoJSON([]).utf8).write(to: directory.appendingPathComponent("empty.geojson"))
    let blankRank = geoJSON([
      (#""id":"YZ","rank":"mainstem""#, #"{"type":"LineString","coordinates":[[108.405,30.70],[108.405,30.90]]}"#),
      (#""id":"TJ","rank":"""#, #"{"type":"LineString","coordinates":[[108.5,30.70],[108.5,30.90]]}"#),
    ])
    try Data(blankRank.utf8).write(to: directory.appendingPathComponent("shore-blank-rank.geojson"))
    return Scene(directory: directory)
  }

  @Test func aLayerGivenMeasuresAndTheReportSaysWhichFileServedIt() throws {
    let scene = try Self.scene()
    defer { try? FileManager.default.removeItem(at: scene.directory) }
    let layers = ["--layer", "test-red-line=red.geojson", "--layer", "test-shoreline=shore.geojson"]
    let text = try scene.check(layers + ["unit.xml"])
    #expect(text.status == 1, "\(text.stdout)\(text.stderr)")
    #expect(
      text.stdout.contains("[SS-TST-301] The unit overlaps red-line feature synthetic red line by 3183 mu"),
      "\(text.stdout)")
    // The feature's 5.7 km south edge is a geodesic (ShanshuiGeo cuts it into 500 m pieces), bulging up to 0.4 m
    // north of the parallel the unit's edge follows: about 100 m² (0.15 mu) less than with straight lon/lat edges.
    #expect(text.stdout.contains("layer test-red-line feature RL-7 (synthetic red line); area 3182.59 mu (50 %)"))
    #expect(text.stdout.contains("layer test-red-line: red.geojson (EPSG:4490; 2 features)"))
    // The unit's east edge is 0.005° from the shoreline: 478.4 m at its northern corner (30.82°N), the nearest.
    #expect(text.stdout.contains("[SS-TST-302] The unit is 0.4784 km from the shoreline"), "\(text.stdout)")
    #expect(
      text.stdout.contains("at 108.4000000°E, 30.8200000°N (EPSG:4490: 30.82 108.4)")
        || text.stdout.contains("EPSG:4490: 30.82 108.4)"))
    #expect(!text.stdout.contains("not checked"))

    let json = try scene.check(layers + ["--format", "json", "unit.xml"])
    #expect(try SchemaValidation.json([json.stdout], schema: "schemas/shanshui-report-1.schema.json") == [])
    let root = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
    let sources = try #require(root["layers"] as? [[String: Any]])
    #expect(sources.map { $0["role"] as? String } == ["test-red-line", "test-shoreline"])
    let file = try #require((root["files"] as? [[String: Any]])?.first)
    let finding = try #require(
      (file["findings"] as? [[String: Any]])?.first { $0["ruleId"] as? String == "SS-TST-301" })
    let spatial = try #require(finding["spatial"] as? [String: Any])
    #expect(spatial["unitId"] as? String == "U1" && spatial["areaUnit"] as? String == "mu")
    #expect(abs((spatial["areaSquareMetres"] as? Double ?? 0) - 2_121_826.02) < 2_121_826.02 * 1e-4)
    #expect((spatial["feature"] as? [String: Any])?["id"] as? String == "RL-7")
    let point = try #require(spatial["point"] as? [String: Any])
    #expect(point["crs"] as? String == "EPSG:4490" && (point["longitude"] as? Double ?? 0) > 108.39)

    let sarif = try scene.check(layers + ["--format", "sarif", "unit.xml"])
    #expect(try SchemaValidation.sarif([sarif.stdout]) == [])
    #expect(sarif.stdout.contains(#""spatial""#))
    let junit = try scene.check(layers + ["--format", "junit", "unit.xml"])
    #expect(try SchemaValidation.xml(junit.stdout, schema: "schemas/junit-ant-testcase-output.xsd") == [])
    #expect(junit.stdout.contains("layer test-red-line feature RL-7"))
    let html = try scene.check(layers + ["--format", "html", "unit.xml"])
    #expect(html.stdout.contains("class=\"spatial\"") && html.stdout.contains("red.geojson"))
  }

  @Test func withoutItsLayerARuleIsNotCheckedInEveryFormatNeverPassed() throws {
    let scene = try Self.scene()
    defer { try? FileManager.default.removeItem(at: scene.directory) }
    let text = try scene.check(["unit.xml"])
    #expect(text.status == 0, "not checked is not a finding: \(text.stdout)")
    #expect(
      text.stdout.contains(
        "not checked: [SS-TST-301] layer test-red-line not given (--layer test-red-line=PATH)"),
      "\(text.stdout)")
    #expect(text.stdout.contains("2 rules not checked"), "\(text.stdout)")

    let json = try scene.check(["--format", "json", "unit.xml"])
    #expect(try SchemaValidation.json([json.stdout], schema: "schemas/shanshui-report-1.schema.json") == [])
    let root = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
    let file = try #require((root["files"] as? [[String: Any]])?.first)
    let notChecked = try #require(file["notChecked"] as? [[String: Any]])
    #expect(Set(notChecked.compactMap { $0["ruleId"] as? String }) == ["SS-TST-301", "SS-TST-302"])
    #expect(notChecked.allSatisfy { $0["reason"] as? String == "layer-not-given" })

    let sarif = try scene.check(["--format", "sarif", "unit.xml"])
    #expect(try SchemaValidation.sarif([sarif.stdout]) == [])
    #expect(sarif.stdout.contains(#""kind" : "open""#) || sarif.stdout.contains(#""kind":"open""#), "\(sarif.stdout)")
    let junit = try scene.check(["--format", "junit", "unit.xml"])
    #expect(try SchemaValidation.xml(junit.stdout, schema: "schemas/junit-ant-testcase-output.xsd") == [])
    #expect(junit.stdout.contains(#"skipped="2""#) && junit.stdout.contains("<skipped message=\"not checked: layer"))
    let html = try scene.check(["--format", "html", "unit.xml"])
    #expect(html.stdout.contains("not-checked-rules") && html.stdout.contains("SS-TST-301"))

    // --profile all: n/a, not pass.
    let all = try scene.check(["--profile", "all", "--format", "json", "unit.xml"])
    let matrix = try #require(
      ((try JSONSerialization.jsonObject(with: Data(all.stdout.utf8)) as? [String: Any])?["files"] as? [[String: Any]])?
        .first?["verdicts"] as? [String: Any])
    let row = try #require((matrix["rules"] as? [[String: Any]])?.first { $0["ruleId"] as? String == "SS-TST-301" })
    #expect((row["verdicts"] as? [String: String])?["chongqing"] == "n/a", "\(row)")
  }

  @Test func aSubmissionWithoutGeometryIsNotCheckedEither() throws {
    let scene = try Self.scene()
    defer { try? FileManager.default.removeItem(at: scene.directory) }
    let base = try Repository.url("standards/examples/base-submission.xml").path
    let text = try scene.check([
      "--layer", "test-red-line=red.geojson", "--layer", "test-shoreline=shore.geojson", base,
    ])
    #expect(text.status == 0)
    #expect(text.stdout.contains("not checked: [SS-TST-301] no geometry in the submission"), "\(text.stdout)")
  }

  /// A run given layers, on a file with no geometry at all: every spatial rule of the real standard is n/a there (their
  /// contexts ask for a geometry), so the file says once that nothing was overlaid (SS-SYS-004, info), in every format
  /// and both languages; a file with geometry, or a run without layers, does not.
  @Test func aFileWithoutAnyGeometryInARunWithLayersSaysNothingWasOverlaid() throws {
    let scene = try Self.scene()
    defer { try? FileManager.default.removeItem(at: scene.directory) }
    let base = try Repository.url("standards/examples/base-submission.xml").path
    let layers = ["--layer", "test-red-line=red.geojson", "--layer", "test-shoreline=shore.geojson"]
    let text = try scene.check(layers + [base])
    #expect(text.status == 0, "an info notice fails no run: \(text.stdout)")
    #expect(
      text.stdout.contains(
        "[SS-SYS-004] the submission has no geometry (<geometry>) at all: the layers given (test-red-line, test-shoreline) were not overlaid on it"
      ), "\(text.stdout)")
    #expect(text.stdout.components(separatedBy: "SS-SYS-004").count == 2, "once per file: \(text.stdout)")
    let zh = try CommandRunner.run(
      ["check", "--standard", scene.standard, "--lang", "zh"] + layers + [base], in: scene.directory)
    #expect(zh.stdout.contains("申报材料中没有任何几何图形（<geometry>），所提供的图层（test-red-line、test-shoreline）未与之叠加"), "\(zh.stdout)")

    let json = try scene.check(layers + ["--format", "json", base, "unit.xml"])
    #expect(try SchemaValidation.json([json.stdout], schema: "schemas/shanshui-report-1.schema.json") == [])
    let root = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
    let files = try #require(root["files"] as? [[String: Any]])
    func notices(_ file: [String: Any]) -> [[String: Any]] {
      ((file["findings"] as? [[String: Any]]) ?? []).filter { $0["ruleId"] as? String == "SS-SYS-004" }
    }
    let withoutGeometry = try #require(files.first { ($0["path"] as? String ?? "").hasSuffix("base-submission.xml") })
    #expect(notices(withoutGeometry).map { $0["severity"] as? String } == ["info"], "\(withoutGeometry)")
    let withGeometry = try #require(files.first { ($0["path"] as? String ?? "").hasSuffix("unit.xml") })
    #expect(notices(withGeometry).isEmpty, "a file with geometry was overlaid")

    let sarif = try scene.check(layers + ["--format", "sarif", base])
    #expect(try SchemaValidation.sarif([sarif.stdout]) == [])
    #expect(sarif.stdout.contains("SS-SYS-004"))
    let junit = try scene.check(layers + ["--format", "junit", base])
    #expect(try SchemaValidation.xml(junit.stdout, schema: "schemas/junit-ant-testcase-output.xsd") == [])
    #expect(junit.stdout.contains("SS-SYS-004"))
    let html = try scene.check(layers + ["--format", "html", base])
    #expect(html.stdout.contains("SS-SYS-004") && html.stdout.contains("were not overlaid"))

    // Without --layer: today's output, no notice.
    let plain = try scene.check([base])
    #expect(!plain.stdout.contains("SS-SYS-004"), "\(plain.stdout)")
  }

  @Test func layerProblemsAreCodedReportedOnceAndStopNothingElse() throws {
    let scene = try Self.scene()
    defer { try? FileManager.default.removeItem(at: scene.directory) }
    let unknown = try scene.check(["--layer", "red-line=red.geojson", "unit.xml"])
    #expect(unknown.status == 2)
    #expect(unknown.stdout.contains("[E612] layer role red-line is not declared by the standard"), "\(unknown.stdout)")
    #expect(unknown.stdout.contains("test-red-line, test-shoreline"))

    let empty = try scene.check([
      "--layer", "test-red-line=empty.geojson", "--layer", "test-shoreline=shore.geojson", "unit.xml",
    ])
    #expect(empty.status == 2, "\(empty.stdout)")
    #expect(empty.stdout.components(separatedBy: "[E613]").count == 2, "once: \(empty.stdout)")
    #expect(empty.stdout.contains("not checked: [SS-TST-301] layer test-red-line cannot be used: E613"))
    // The other layer still measures.
    #expect(empty.stdout.contains("[SS-TST-302]"))

    let junit = try scene.check(["--layer", "test-red-line=empty.geojson", "--format", "junit", "unit.xml"])
    #expect(try SchemaValidation.xml(junit.stdout, schema: "schemas/junit-ant-testcase-output.xsd") == [])
    #expect(junit.stdout.contains(#"<testsuite name="layers""#) && junit.stdout.contains(#"type="E613""#))

    let noRank = try scene.check(["--layer", "test-shoreline=shore-no-rank.geojson", "unit.xml"])
    #expect(noRank.status == 2)
    #expect(noRank.stdout.contains("[E615]") && noRank.stdout.contains("rank"), "\(noRank.stdout)")

    // A feature without the required rank would be skipped silently by where="rank=…": the layer is refused.
    let blank = try scene.check(["--layer", "test-shoreline=shore-blank-rank.geojson", "unit.xml"])
    #expect(blank.status == 2)
    #expect(blank.stdout.contains("[E615]") && blank.stdout.contains("feature 1 (TJ) has no rank"), "\(blank.stdout)")

    let missing = try scene.check(["--layer", "test-red-line=nothing-here.gpkg", "unit.xml"])
    #expect(missing.status == 2 && missing.stdout.contains("[E610]"), "\(missing.stdout)")

    let malformed = try scene.check(["--layer", "test-red-line", "unit.xml"])
    #expect(malformed.status == 64)
  }

  @Test func layersComeFromAConfigFileRelativeToItNotFromTheWorkingDirectorysOwn() throws {
    let scene = try Self.scene()
    defer { try? FileManager.default.removeItem(at: scene.directory) }
    let config = scene.directory.appendingPathComponent("review/review.yml")
    try FileManager.default.createDirectory(at: config.deletingLastPathComponent(), withIntermediateDirectories: true)
    try Data("layers:\n  test-red-line: ../red.geojson\n".utf8).write(to: config)
    let configured = try scene.check(["--config", "review/review.yml", "unit.xml"])
    #expect(
      configured.stdout.contains("[SS-TST-301]") && configured.stdout.contains("layer test-red-line: "),
      "\(configured.stdout)")
    // --layer overrides the configuration's role.
    let overridden = try scene.check([
      "--config", "review/review.yml", "--layer", "test-red-line=empty.geojson", "unit.xml",
    ])
    #expect(overridden.stdout.contains("[E613]"))

    try Data("layers:\n  test-red-line: red.geojson\n".utf8).write(
      to: scene.directory.appendingPathComponent(".shanshui.yml"))
    let ignored = try scene.check(["unit.xml"])
    #expect(ignored.stderr.contains("layers: is honoured only from --config"), "\(ignored.stderr)")
    #expect(ignored.stdout.contains("not checked: [SS-TST-301] layer test-red-line not given"))
  }

  @Test func everyWorkerSharesTheLayersAndFindsTheSame() throws {
    let scene = try Self.scene()
    defer { try? FileManager.default.removeItem(at: scene.directory) }
    var files: [String] = []
    for index in 0..<12 {
      let name = "copy-\(index).xml"
      try FileManager.default.copyItem(atPath: scene.submission, toPath: scene.path(name))
      files.append(name)
    }
    let layers = [
      "--layer", "test-red-line=red.geojson", "--layer", "test-shoreline=shore.geojson", "--format", "json",
    ]
    let one = try scene.check(layers + ["-j", "1"] + files)
    let four = try scene.check(layers + ["-j", "4"] + files)
    #expect(one.status == 1 && four.status == 1)
    func findings(_ output: String) throws -> [String] {
      let root = try #require(try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any])
      return try #require(root["files"] as? [[String: Any]]).flatMap { file in
        (file["findings"] as? [[String: Any]] ?? []).map {
          "\(file["path"] ?? ""):\($0["ruleId"] ?? ""):\($0["message"] ?? "")"
        }
      }
    }
    let serial = try findings(one.stdout)
    #expect(serial.count == 24)
    #expect(try findings(four.stdout) == serial)
  }

  @Test func explainNamesTheLayerRolesAndTheRulesReadingThem() throws {
    let scene = try Self.scene()
    defer { try? FileManager.default.removeItem(at: scene.directory) }
    let roles = try CommandRunner.run(["explain", "--layers", "--standard", scene.standard, "--lang", "en"])
    #expect(roles.status == 0, "\(roles.stderr)")
    #expect(roles.stdout.contains("test-red-line  Test red line\n  read by: SS-TST-301"), "\(roles.stdout)")
    #expect(roles.stdout.contains("test-shoreline  Test shoreline\n  field rank (required)\n  read by: SS-TST-302"))
    let rule = try CommandRunner.run(["explain", "SS-TST-301", "--standard", scene.standard, "--lang", "en"])
    #expect(
      rule.stdout.contains("Reviewer layers: test-red-line (Test red line): give with --layer ROLE=PATH"),
      "\(rule.stdout)")
    #expect(rule.stdout.contains("layer test-red-line: 1 feature"))
    // The bundled roles cite their sources (<source ref clause> on the role).
    let bundled = try CommandRunner.run(["explain", "--layers", "--lang", "en"])
    #expect(
      bundled.stdout.contains("permanent-basic-farmland  Permanent basic farmland\n  source: "), "\(bundled.stdout)")
    #expect(bundled.stdout.contains("Land Administration Law of the PRC") && bundled.stdout.contains(", 第三十五条\n"))
    let neither = try CommandRunner.run(["explain", "--standard", scene.standard])
    #expect(neither.status == 64)
  }

  @Test func aLayerInAnotherCRSIsReprojectedAndTheReportSaysSo() throws {
    let scene = try Self.scene()
    defer { try? FileManager.default.removeItem(at: scene.directory) }
    // The same red line in WGS 84 longitude, latitude (OGC CRS84): transformed to CGCS2000 by PROJ.
    let red = try String(contentsOfFile: scene.path("red.geojson"), encoding: .utf8)
      .replacingOccurrences(of: "urn:ogc:def:crs:EPSG::4490", with: "urn:ogc:def:crs:OGC:1.3:CRS84")
    try Data(red.utf8).write(to: scene.directory.appendingPathComponent("red-wgs84.geojson"))
    let json = try scene.check(["--layer", "test-red-line=red-wgs84.geojson", "--format", "json", "unit.xml"])
    let root = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
    let source = try #require((root["layers"] as? [[String: Any]])?.first)
    #expect(source["reprojected"] as? Bool == true, "\(source)")
    let crs = try #require(source["sourceCrs"] as? String)
    #expect(crs.contains("4326") || crs.contains("CRS84") || crs.contains("WGS"), "\(crs)")
    let text = try scene.check(["--layer", "test-red-line=red-wgs84.geojson", "unit.xml"])
    #expect(text.stdout.contains("layer test-red-line: red-wgs84.geojson (reprojected from "), "\(text.stdout)")
    // CGCS2000 and WGS 84 agree to centimetres here: the same overlap.
    #expect(text.stdout.contains("area 3182.59"), "\(text.stdout)")
  }
}
