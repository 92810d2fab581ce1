import Foundation
import ShanshuiCore
import ShanshuiFrontend
import ShanshuiGeo
import ShanshuiReports
import ShanshuiTestSupport
import Testing

/// Maps of spatial findings are computed only when the HTML report is requested: every spatial finding then carries
/// one and the page draws one per finding, while the JSON, SARIF, JUnit and text reports stay byte for byte what they
/// are without it. The spatial fixtures are checked with their (synthetic) layers, as `check --layer` loads them.
@Suite struct SpatialMapRunTests {
  static func spatialFixtures() throws -> [String] {
    try Repository.fixtures().filter { !(try layers(of: $0)).isEmpty }
  }

  static func layers(of name: String) throws -> FixtureLayers {
    FixtureLayers(text: String(decoding: try Repository.bytes("fixtures/\(name)"), as: UTF8.self))
  }

  static func run(_ name: String, formats: [String], language: Language = .en) throws -> CheckOutcome {
    var request = CheckRunTests.request(["fixtures/\(name)"], formats: formats)
    request.language = language
    request.layers = try layers(of: name).paths.map { (role: $0.role, path: Repository.url($0.path).path) }
    request.timestamp = "2026-12-06T00:00:00"
    request.hostname = "test"
    var outcome = CheckRun.run(request)
    // Wall times differ between two runs; nothing else may.
    for index in outcome.report.files.indices { outcome.report.files[index].seconds = nil }
    return outcome
  }

  @Test(arguments: (try? SpatialMapRunTests.spatialFixtures()) ?? [])
  func otherReportsAreByteIdenticalWhetherOrNotMapsAreDrawn(name: String) throws {
    let others = ["text", "json", "sarif", "junit"]
    let plain = try Self.run(name, formats: others)
    let drawn = try Self.run(name, formats: others + ["html"])
    for format in others {
      let renderer = try #require(Renderers.named(format))
      #expect(renderer.render(plain.report) == renderer.render(drawn.report), "\(name): \(format) differs")
    }
    let findings = { (outcome: CheckOutcome) in outcome.report.files.flatMap(\.findings).filter { $0.spatial != nil } }
    let expectations = FixtureExpectations(
      text: String(decoding: try Repository.bytes("fixtures/\(name)"), as: UTF8.self))
    let expectsSpatial = expectations.expectations.contains { $0.ruleID.hasPrefix("SS-GEO-") }
    #expect(findings(drawn).isEmpty == !expectsSpatial, "\(name)")
    #expect(findings(plain).allSatisfy { $0.spatial?.sketch == nil }, "a run without HTML computed maps")
    #expect(findings(drawn).allSatisfy { $0.spatial?.sketch != nil }, "\(name): a spatial finding without its map")
    // One map per spatial finding in the page, named by rule and unit.
    let html = HTMLReporter.render(drawn.report)
    #expect(html.components(separatedBy: "<figure class=\"map\"").count - 1 == findings(drawn).count)
    for finding in findings(drawn) {
      #expect(html.contains("data-rule=\"\(finding.ruleID)\" data-unit=\"\(finding.spatial?.unitID ?? "")\""))
    }
  }

  /// A file with thousands of overlaps must not write thousands of maps into one page: at most
  /// `LayerSet.sketchesPerFile` are drawn per file, and each spatial finding past them says it has no map. The
  /// 万州 fixture's WZ-5 (on the synthetic red line) copied 30 times gives 532 spatial findings.
  @Test func atMostAHundredMapsAreDrawnPerFile() throws {
    let name = "cq-spatial-wanzhou-declarations-contradicted.xml"
    var text = String(decoding: try Repository.bytes("fixtures/\(name)"), as: UTF8.self)
    let unit = try #require(text.firstMatch(of: #/    <unit id="WZ-5"[\s\S]*?</unit>\n/#)).output
    let copies = (1...30).map { unit.replacingOccurrences(of: "WZ-5", with: "WZ-5-\($0)") }.joined()
    text = text.replacingOccurrences(of: String(unit), with: String(unit) + copies)
    let directory = try TemporaryDirectory.make("map-cap")
    defer { try? FileManager.default.removeItem(at: directory) }
    let path = directory.appendingPathComponent(name).path
    try Data(text.utf8).write(to: URL(fileURLWithPath: path))
    var request = CheckRunTests.request([path], formats: ["html"])
    request.layers = [
      (role: "ecological-red-line", path: Repository.url("fixtures/layers/synthetic-ecological-red-line.gpkg").path)
    ]
    let report = CheckRun.run(request).report
    let spatial = report.files.flatMap(\.findings).filter { $0.spatial != nil }
    #expect(spatial.count == 532)
    #expect(spatial.filter { $0.spatial?.sketch != nil }.count == LayerSet.sketchesPerFile)
    let html = HTMLReporter.render(report)
    #expect(html.components(separatedBy: "<figure class=\"map\"").count - 1 == LayerSet.sketchesPerFile)
    #expect(
      html.components(separatedBy: "No map: at most 100 are drawn per file").count - 1
        == spatial.count - LayerSet.sketchesPerFile)
  }

  @Test func theHTMLReportIsDeterministic() throws {
    let name = "cq-spatial-wanzhou-declarations-contradicted.xml"
    let first = HTMLReporter.render(try Self.run(name, formats: ["html"], language: .zh).report)
    let second = HTMLReporter.render(try Self.run(name, formats: ["html"], language: .zh).report)
    #expect(first == second)
    // Each kind of map is drawn on this fixture: overlaps with the layers and between units, the part outside the
    // boundary, an invalid ring's mark, a declared area's unit.
    for kind in ["layer-overlap", "unit-overlap", "outside-boundary", "invalid", "area"] {
      #expect(first.contains("data-kind=\"\(kind)\""), "\(kind)")
    }
  }

  /// A 200,000-vertex layer polygon with 45 m teeth (no simplification at one pixel removes them), around a unit of
  /// the 万州 fixture, whose name attribute is hostile: the map keeps at most `sketchVertexCap` vertices of it and
  /// escapes the name.
  @Test func aHugeLayerPolygonDoesNotBloatTheReport() throws {
    let name = "cq-spatial-wanzhou-declarations-contradicted.xml"
    // Where WZ-4 lies (its SS-GEO-013 overlap with the urban development boundary).
    let located = try Self.run(name, formats: ["json"])
    let point = try #require(
      located.report.files.flatMap(\.findings).first { $0.ruleID == "SS-GEO-013" }?.spatial?.point)
    let count = 200_000
    var coordinates: [String] = []
    coordinates.reserveCapacity(count + 1)
    for index in 0...count {
      let angle = Double(index % count) / Double(count) * 2 * .pi
      let radius = 0.03 + ((index % count).isMultiple(of: 2) ? 0.0004 : -0.0004)
      let lon = point.longitude + 0.03 + radius * cos(angle)
      let lat = point.latitude + radius * sin(angle)
      coordinates.append(String(format: "[%.9f,%.9f]", lon, lat))
    }
    let hostile = "<img src=x onerror=alert(1)> 城镇 & \\\"U\\\""
    let geojson = """
      {"type":"FeatureCollection","features":[{"type":"Feature","properties":{"id":"UDB-HUGE","name":"\(hostile)"},\
      "geometry":{"type":"Polygon","coordinates":[[\(coordinates.joined(separator: ","))]]}}]}
      """
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("shanshui-map-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    let layer = directory.appendingPathComponent("synthetic-huge-udb.geojson")
    try Data(geojson.utf8).write(to: layer)
    var request = CheckRunTests.request(["fixtures/\(name)"], formats: ["html"])
    request.layers = [(role: "urban-development-boundary", path: layer.path)]
    let outcome = CheckRun.run(request)
    #expect(outcome.report.layerDiagnostics.isEmpty, "\(outcome.report.layerDiagnostics)")
    let finding = try #require(
      outcome.report.files.flatMap(\.findings).first {
        $0.ruleID == "SS-GEO-013" && $0.spatial?.feature?.id == "UDB-HUGE"
      })
    let sketch = try #require(finding.spatial?.sketch)
    #expect(!sketch.context.isEmpty && sketch.context.vertexCount <= GeoWorker.sketchVertexCap)
    let html = HTMLReporter.render(outcome.report)
    let figures = html.components(separatedBy: "<figure class=\"map\"").dropFirst().map {
      $0.components(separatedBy: "</figure>")[0]
    }
    let figure = try #require(figures.first { $0.contains("UDB-HUGE") })
    print("the layer file: \(geojson.utf8.count) bytes; its map: \(figure.utf8.count) bytes")
    #expect(figure.utf8.count < 60_000)
    #expect(!html.contains("<img src=x"))
    #expect(figure.contains("&lt;img src=x onerror=alert(1)&gt; 城镇"))
  }
}
