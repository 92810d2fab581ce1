import Foundation
import ShanshuiCore
import ShanshuiGeo
import ShanshuiTestSupport
import ShanshuiXML
import Testing

/// `<geometry>` in submission format 2: the last child of `location`, of each `unit` and of each `corridor/facility`,
/// one element in the GML 3.2 namespace (read by `GMLReader`); a version-1 file using it gets SS-FMT-001.
@Suite struct GeometrySchemaTests {
  static let polygon = """
    <geometry><gml:Polygon xmlns:gml="http://www.opengis.net/gml/3.2" srsName="EPSG:4490"><gml:exterior><gml:LinearRing>\
    <gml:posList>30.80 108.38 30.80 108.39 30.81 108.39 30.81 108.38 30.80 108.38</gml:posList>\
    </gml:LinearRing></gml:exterior></gml:Polygon></geometry>
    """

  /// The bundled example base with a geometry in the boundary, the first unit and a new facility.
  static func submission(version: String, geometry: String = polygon, facility: Bool = true) throws -> String {
    let standard = try BundledTestStandard.standard()
    var text = String(decoding: try #require(standard.exampleBase), as: UTF8.self)
    text = text.replacingOccurrences(of: "formatVersion=\"1\"", with: "formatVersion=\"\(version)\"")
    text = text.replacingOccurrences(of: "  </location>", with: geometry + "\n  </location>")
    let unitEnd = try #require(text.range(of: "    </unit>"))
    text.replaceSubrange(unitEnd, with: geometry + "\n    </unit>")
    if facility {
      let corridor = """
        <corridor river="yangtze"><facility kind="chemical-plant"><distanceFromBank unit="m">1500</distanceFromBank>\
        \(geometry)</facility></corridor>
        """
      text = text.replacingOccurrences(of: "</submission>", with: corridor + "\n</submission>")
    }
    return text
  }

  static func validate(_ text: String) throws -> FileResult {
    let validator = try #require(BundledTestStandard.validator)
    return validator.validate(bytes: Array(text.utf8), path: "g.xml", selection: .auto)
  }

  @Test func version2AcceptsGeometryInTheThreePlaces() throws {
    let text = try Self.submission(version: "2")
    let result = try Self.validate(text)
    #expect(result.status == .checked, "\(result.diagnostics)")
    #expect(!result.findings.contains { $0.ruleID == "SS-FMT-001" })
    // And each geometry reads.
    let document = try XMLDocument.parse(Array(text.utf8), url: "g.xml")
    let name = XMLName("geometry", namespace: Namespaces.submission)
    var geometries: [XMLNode] = []
    func collect(_ node: XMLNode) {
      if node.isElement(named: name) { geometries.append(node) }
      node.forEachChildElement(collect)
    }
    collect(try #require(document.root))
    #expect(geometries.map { $0.parent?.localName } == ["location", "unit", "facility"])
    var reader = GMLReader(source: Array(text.utf8))
    for geometry in geometries { #expect(reader.read(geometry).value?.shape.polygons.count == 1) }
  }

  @Test func version1IsAskedForVersion2ForEachGeometry() throws {
    let result = try Self.validate(try Self.submission(version: "1"))
    #expect(result.status == .checked)
    let paths = result.findings.filter { $0.ruleID == "SS-FMT-001" }.map(\.path)
    #expect(paths.count == 3, "\(paths)")
    #expect(paths.allSatisfy { $0.hasSuffix("geometry[1]") || $0.hasSuffix("geometry") })
  }

  @Test(arguments: [
    ("<geometry/>", "Missing child element"),
    ("<geometry><Polygon/></geometry>", "Polygon"),
    (
      polygon.replacingOccurrences(of: "</geometry>", with: "")
        + polygon.replacingOccurrences(of: "<geometry>", with: ""), "not expected"
    ),
  ])
  func theSchemaWantsOneGMLElement(geometry: String, mentions: String) throws {
    let result = try Self.validate(try Self.submission(version: "2", geometry: geometry, facility: false))
    #expect(result.status == .notChecked)
    #expect(result.diagnostics.map(\.code).allSatisfy { $0 == .inputSchemaInvalid })
    // libxml2's text, kept as `raw` under the rewritten message.
    #expect(result.diagnostics.contains { $0.raw?.contains(mentions) == true }, "\(result.diagnostics)")
  }

  @Test func geometryIsTheLastChild() throws {
    var text = try Self.submission(version: "2", facility: false)
    text = text.replacingOccurrences(
      of: "  </location>", with: "<planLinkage kind=\"territorial-spatial\">规划</planLinkage>\n  </location>")
    let result = try Self.validate(text)
    #expect(result.status == .notChecked)
    #expect(result.diagnostics.first?.code == .inputSchemaInvalid)
  }
}
