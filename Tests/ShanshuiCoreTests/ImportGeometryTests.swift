import Foundation
import ShanshuiGeo
import ShanshuiTestSupport
import ShanshuiXML
import Testing

@testable import ShanshuiCore

/// `GeometryImport`: features placed into a submission's bytes without touching any other byte (comments, attribute
/// order and quotes, entities, CRLF), existing geometry replaced, the GML read back by shanshui's own reader, keys
/// matched both ways, duplicates merged or refused, and submissions that cannot take geometry refused.
@Suite struct ImportGeometryTests {
  static let target = "Tests/Fixtures/import/wanzhou-no-geometry.xml"

  static func schema() throws -> XMLSchema { try BundledTestStandard.standard().submissionSchema }

  static func square(_ lat: Double, _ lon: Double, _ side: Double = 0.01, crs: GeoCRS = .cgcs2000) -> GeoPolygon {
    GeoPolygon(exterior: [
      GeoPosition(lat, lon), GeoPosition(lat + side, lon), GeoPosition(lat + side, lon + side),
      GeoPosition(lat, lon + side), GeoPosition(lat, lon),
    ])
  }

  static func source(_ features: [(Int64, String?, [GeoPolygon]?)]) -> ImportSource {
    ImportSource(
      layerName: "units", sourceCRS: "EPSG:4490", targetCRS: .cgcs2000, reprojected: false,
      features: features.map { fid, key, polygons in
        ImportedFeature(fid: fid, key: key, shape: polygons.map { GeoShape(crs: .cgcs2000, polygons: $0) })
      })
  }

  static let sixUnits = source(
    (1...6).map { index in (Int64(index), "WZ-\(index)", [square(30.65 + Double(index) * 0.01, 108.30)]) })

  static func apply(
    _ source: ImportSource, to bytes: [UInt8], options: GeometryImportOptions = GeometryImportOptions()
  ) throws -> GeometryImportOutcome {
    try GeometryImport.apply(
      source, sourcePath: "units.gpkg", keyField: "unit_id", to: bytes, path: "submission.xml", schema: schema(),
      schemaFacts: (try? BundledTestStandard.standard())?.submissionSchemaFacts ?? .empty, options: options)
  }

  static func failure(_ body: () throws -> GeometryImportOutcome) -> [Diagnostic] {
    do {
      _ = try body()
      return []
    } catch let failure as GeometryImportFailure {
      return failure.diagnostics
    } catch {
      return [Diagnostic(.inputUnreadable, LocalizedText("\(error)"), at: SourceLocation(file: "", line: 0))]
    }
  }

  /// The bytes with every `<geometry>…</geometry>` element and the line it was put on (indent and line ending) removed.
  static func withoutGeometry(_ text: String) -> String {
    text.replacingOccurrences(
      of: #"[ \t]*<(s:)?geometry>.*?</(s:)?geometry>(\r\n|\n)"#, with: "", options: .regularExpression)
  }

  @Test func everyByteOutsideTheGeometryIsKept() throws {
    var text = String(decoding: try Repository.bytes(Self.target), as: UTF8.self)
    // Comments, an entity and character references, single quotes and an unusual attribute order, CRLF.
    text = text.replacingOccurrences(
      of: #"<unit id="WZ-2" division="500101" mode="protection">"#,
      with: "<!-- 单元 2 & <注释> -->\n    <unit mode='protection'  division=\"500101\" id='WZ-2'>")
    text = text.replacingOccurrences(of: "<name>长江右岸消落带及岸坡植被恢复单元</name>", with: "<name>长江右岸 &amp; &#x6D88;落带</name>")
    text = text.replacingOccurrences(of: "\n", with: "\r\n")
    let bytes = Array(text.utf8)
    let outcome = try Self.apply(Self.sixUnits, to: bytes)
    #expect(outcome.written.count == 6 && outcome.unmatched.isEmpty)
    #expect(outcome.written.allSatisfy { !$0.replaced && $0.polygonCount == 1 })
    let result = String(decoding: outcome.bytes, as: UTF8.self)
    #expect(result.components(separatedBy: "<geometry><gml:").count == 7)
    #expect(Self.withoutGeometry(result) == text)
    // Each on its own line, indented like the unit's other children, with the file's CRLF, last in the unit.
    #expect(result.contains("</subproject>\r\n      <geometry><gml:Polygon srsName=\"urn:ogc:def:crs:EPSG::4490\">"))
    #expect(result.contains("</gml:Polygon></geometry>\r\n    </unit>"))
    #expect(!result.contains("xmlns:gml=\"http://www.opengis.net/gml/3.2\"><gml:exterior"))
  }

  @Test func anExistingGeometryIsReplacedWhereItStands() throws {
    let original = try Repository.bytes("fixtures/cq-spatial-wanzhou-declarations-contradicted.xml")
    let outcome = try Self.apply(Self.sixUnits, to: original)
    #expect(outcome.written.count == 6 && outcome.written.allSatisfy(\.replaced))
    let before = String(decoding: original, as: UTF8.self)
    let after = String(decoding: outcome.bytes, as: UTF8.self)
    let pattern = #"<geometry>.*?</geometry>"#
    let strip = { (text: String) in text.replacingOccurrences(of: pattern, with: "", options: .regularExpression) }
    #expect(strip(before) == strip(after))
    #expect(after.contains("<gml:posList>30.66 108.3 30.67 108.3 30.67 108.31 30.66 108.31 30.66 108.3</gml:posList>"))
    // The boundary's geometry (not imported) is untouched.
    #expect(after.contains("30.614899 108.304254 30.692840 108.390901"))
  }

  @Test func theWrittenGMLReadsBackAsTheShape() throws {
    let hole = [
      GeoPosition(30.702, 108.302), GeoPosition(30.704, 108.302), GeoPosition(30.704, 108.304),
      GeoPosition(30.702, 108.304), GeoPosition(30.702, 108.302),
    ]
    var polygon = Self.square(30.70, 108.30)
    polygon.interiors = [hole]
    let precise = GeoPolygon(exterior: [
      GeoPosition(30.123456789012345, 108.98765432109876), GeoPosition(30.2, 108.98765432109876),
      GeoPosition(30.2, 109.1), GeoPosition(30.123456789012345, 108.98765432109876),
    ])
    let source = Self.source([(1, "WZ-1", [polygon]), (2, "WZ-2", [precise, Self.square(30.5, 108.5)])])
    let outcome = try Self.apply(source, to: try Repository.bytes(Self.target))
    let document = try XMLDocument.parse(outcome.bytes, url: "result.xml")
    let units = try #require(document.root?.firstChild(named: XMLName("units", namespace: Namespaces.submission)))
      .children(named: XMLName("unit", namespace: Namespaces.submission))
    var reader = GMLReader()
    let first = try reader.read(try #require(units[0].childElements.last)).get()
    #expect(
      first.shape == GeoShape(crs: .cgcs2000, polygons: [polygon]) && first.srsName == "urn:ogc:def:crs:EPSG::4490")
    let second = try reader.read(try #require(units[1].childElements.last)).get()
    #expect(second.shape.polygons == [precise, Self.square(30.5, 108.5)])
    let text = String(decoding: outcome.bytes, as: UTF8.self)
    #expect(text.contains("<gml:interior><gml:LinearRing><gml:posList>30.702 108.302"))
    #expect(
      text.contains(
        "<geometry><gml:MultiSurface srsName=\"urn:ogc:def:crs:EPSG::4490\"><gml:surfaceMember><gml:Polygon>"))
    // Shortest round-tripping decimals: 17 significant digits where a double needs them, none added elsewhere.
    #expect(text.contains("30.5 108.5 30.51 108.5"))
    // Units 3–6 got nothing: E629 at each unit's line.
    #expect(outcome.unmatched.map(\.code) == Array(repeating: .importUnitWithoutFeature, count: 4))
    #expect(outcome.unmatched.allSatisfy { $0.location.file == "submission.xml" && $0.location.line > 0 })
  }

  @Test func keysAreMatchedBothWaysAndDuplicatesMergedOrRefused() throws {
    let source = Self.source([
      (1, "WZ-1", [Self.square(30.6, 108.3)]), (2, "WZ-1", [Self.square(30.7, 108.3)]),
      (3, "WZ-99", [Self.square(30.6, 108.4)]),
      (4, nil, [Self.square(30.6, 108.5)]), (5, "WZ-2", nil), (6, "WZ-3", [Self.square(30.8, 108.3)]),
    ])
    let bytes = try Repository.bytes(Self.target)
    let outcome = try Self.apply(source, to: bytes)
    #expect(outcome.written.map(\.unitID) == ["WZ-1", "WZ-3"])
    #expect(outcome.written[0].fids == [1, 2] && outcome.written[0].polygonCount == 2)
    let messages = outcome.unmatched.map { "\($0.code.rawValue) \($0.location.file) \($0.message.text(.en))" }
    #expect(messages.contains("E628 units.gpkg feature 3 (unit_id=WZ-99) matches no unit (unit/@id): not written"))
    #expect(messages.contains("E628 units.gpkg feature 4 has no value in unit_id: not written"))
    #expect(messages.contains("E628 units.gpkg feature 5 (unit_id=WZ-2) has no geometry (or an empty one): skipped"))
    #expect(messages.filter { $0.hasPrefix("E629 submission.xml unit WZ-") }.count == 4)
    let refused = Self.failure {
      try Self.apply(source, to: bytes, options: GeometryImportOptions(duplicateKeys: .error))
    }
    #expect(refused.map(\.code) == [.importDuplicateKey])
    #expect(refused.first?.message.text(.en) == "2 features (1, 2) have unit_id=WZ-1 (--on-duplicate error)")
  }

  @Test func theBoundaryTakesEveryFeature() throws {
    let source = Self.source([(1, nil, [Self.square(30.6, 108.2, 0.2)]), (2, nil, [Self.square(30.9, 108.2)])])
    let outcome = try Self.apply(
      source, to: try Repository.bytes(Self.target), options: GeometryImportOptions(boundary: true))
    #expect(outcome.written.count == 1 && outcome.written[0].unitID == nil && outcome.written[0].polygonCount == 2)
    let text = String(decoding: outcome.bytes, as: UTF8.self)
    #expect(text.contains("</planLinkage>\n    <geometry><gml:MultiSurface srsName=\"urn:ogc:def:crs:EPSG::4490\">"))
    #expect(text.contains("</gml:MultiSurface></geometry>\n  </location>"))
  }

  @Test func severalFeaturesSharingAnEdgeAreDissolvedIntoOnePolygon() throws {
    // Two townships of one project boundary, side by side: a MultiSurface of them would be invalid (SS-GEO-001).
    let source = Self.source([(1, nil, [Self.square(30.6, 108.2, 0.1)]), (2, nil, [Self.square(30.7, 108.2, 0.1)])])
    let outcome = try Self.apply(
      source, to: try Repository.bytes(Self.target), options: GeometryImportOptions(boundary: true))
    #expect(outcome.written.count == 1 && outcome.written[0].dissolved && outcome.written[0].polygonCount == 1)
    let text = String(decoding: outcome.bytes, as: UTF8.self)
    #expect(
      text.contains("<geometry><gml:Polygon srsName=\"urn:ogc:def:crs:EPSG::4490\">")
        && !text.contains("gml:MultiSurface"))
    // A single feature is never dissolved: written as the file has it.
    let single = try Self.apply(Self.sixUnits, to: try Repository.bytes(Self.target))
    #expect(single.written.allSatisfy { !$0.dissolved })
  }

  @Test func aPrefixedSubmissionGetsPrefixedGeometryAndAGMLDeclaration() throws {
    var text = String(decoding: try Repository.bytes(Self.target), as: UTF8.self)
    text = text.replacingOccurrences(of: #"<(/?)([a-zA-Z]+)([ >/])"#, with: "<$1s:$2$3", options: .regularExpression)
    text = text.replacingOccurrences(
      of: #"<s:submission xmlns="urn:shanshui:submission:1" xmlns:gml="http://www.opengis.net/gml/3.2""#,
      with: #"<s:submission xmlns:s="urn:shanshui:submission:1""#)
    let outcome = try Self.apply(Self.sixUnits, to: Array(text.utf8))
    let result = String(decoding: outcome.bytes, as: UTF8.self)
    #expect(
      result.contains(
        "<s:geometry><gml:Polygon xmlns:gml=\"http://www.opengis.net/gml/3.2\" srsName=\"urn:ogc:def:crs:EPSG::4490\">")
    )
    #expect(Self.withoutGeometry(result) == text)
  }

  /// The byte scanner that places the geometry finds the same elements as libxml2 in every fixture and rule-example
  /// base (CDATA, comments, processing instructions, `>` inside attribute values, prefixes).
  @Test func theByteScannerAgreesWithLibxml2OnEveryFixture() throws {
    var files = try Repository.fixtures().map { "fixtures/\($0)" }
    files.append("standards/examples/base-submission.xml")
    var checked = 0
    for file in files {
      let bytes = try Repository.bytes(file)
      guard let document = try? XMLDocument.parse(bytes, url: file) else { continue }
      #expect(GeometryImportEdit(bytes: bytes, document: document) != nil, "\(file)")
      checked += 1
    }
    #expect(checked >= 50)
    let tricky = Array(
      """
      <?xml version="1.0"?><?pi a>b?><!-- <unit> --><submission xmlns="urn:shanshui:submission:1" a='x>y' b="&lt;/units>">\
      <![CDATA[<unit>]]><units><unit id="U"/></units></submission>
      """.utf8)
    let document = try XMLDocument.parse(tricky, url: "tricky.xml")
    let markup = try #require(MarkupElements(tricky))
    #expect(markup.elements.map(\.name) == ["submission", "units", "unit"] && markup.elements[2].isEmpty)
    #expect(GeometryImportEdit(bytes: tricky, document: document) != nil)
  }

  @Test func submissionsThatCannotTakeGeometryAreRefused() throws {
    let v1 = try Repository.bytes("standards/examples/base-submission.xml")
    let refused = Self.failure { try Self.apply(Self.sixUnits, to: v1) }
    #expect(refused.map(\.code) == [.importSubmissionUnusable])
    #expect(refused.first?.message.text(.en).contains("set formatVersion=\"2\"") == true)
    let broken = Self.failure { try Self.apply(Self.sixUnits, to: Array("<submission>".utf8)) }
    #expect(!broken.isEmpty && broken.allSatisfy { $0.code == .importSubmissionUnusable })
    var text = String(decoding: try Repository.bytes(Self.target), as: UTF8.self)
    text = text.replacingOccurrences(of: "<period ", with: "<perio ")
    text = text.replacingOccurrences(of: "</period>", with: "</perio>")
    let invalid = Self.failure { try Self.apply(Self.sixUnits, to: Array(text.utf8)) }
    #expect(!invalid.isEmpty && invalid.allSatisfy { $0.code == .importSubmissionUnusable && $0.location.line > 0 })
    // Worded as `check` words E102, with libxml2's text kept.
    #expect(invalid.first?.message.text(.zh).hasSuffix("是否应为 <period>？") == true, "\(invalid)")
    #expect(invalid.first?.raw?.contains("This element is not expected") == true)
  }
}
