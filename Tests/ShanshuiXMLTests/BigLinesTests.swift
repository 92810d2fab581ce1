import Testing

@testable import ShanshuiXML

/// Elements past line 65,535 (libxml2 2.9 keeps 16 bits of an element's line) keep their own lines.
@Suite struct BigLinesTests {
  /// 70,000 comment lines, then elements whose lines libxml2 alone gets wrong: an empty element (it borrows its next
  /// sibling's), one whose first child is an element, and one whose text was dropped as blank.
  private static let text: String = {
    var text = "<r>\n"
    for index in 0..<70_000 { text += "<!-- \(index) -->\n" }
    // Lines 70,002 to 70,007.
    return text + "<b x=\"1\"/>\n<c>t</c>\n<d>\n<e/>\n</d>\n<f/></r>\n"
  }()

  @Test(arguments: [false, true])
  func elementsPastTheLimitKeepTheirLines(dropIgnorableWhitespace: Bool) throws {
    let document = try XMLDocument.parse(
      Array(Self.text.utf8), url: "big.xml", dropIgnorableWhitespace: dropIgnorableWhitespace)
    let root = try #require(document.root)
    let elements = root.childElements
    #expect(elements.map(\.localName) == ["b", "c", "d", "f"])
    #expect(elements.map(\.line) == [70_002, 70_003, 70_004, 70_007])
    #expect(elements[2].childElements.map(\.line) == [70_005])
    #expect(elements[0].attributeNode(XMLName("x"))?.line == 70_002)
    #expect(root.line == 1)
  }

  @Test func crOnlyLinesPastTheLimit() throws {
    let bytes = Array(Self.text.replacingOccurrences(of: "\n", with: "\r").utf8)
    let document = try XMLDocument.parse(bytes, url: "big.xml", dropIgnorableWhitespace: true)
    #expect(try #require(document.root).childElements.map(\.line) == [70_002, 70_003, 70_004, 70_007])
  }

  @Test func schemaErrorsPastTheLimitNameTheElementsLine() throws {
    let xsd = """
      <xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema">
        <xs:element name="r"><xs:complexType><xs:sequence>
          <xs:element name="n" maxOccurs="unbounded"><xs:complexType>
            <xs:attribute name="v" type="xs:integer"/>
          </xs:complexType></xs:element>
        </xs:sequence></xs:complexType></xs:element>
      </xs:schema>
      """
    let schema = try XMLSchema(bytes: Array(xsd.utf8), url: "r.xsd")
    let padding = String(repeating: "<n v=\"1\"/>\n", count: 70_000)
    // Lines 70,002 and 70,003: an invalid attribute, then an unexpected element.
    let text = "<r>\n" + padding + "<n v=\"x\"/>\n<m/>\n<n/></r>\n"
    let document = try XMLDocument.parse(Array(text.utf8), url: "big.xml", dropIgnorableWhitespace: true)
    #expect(schema.validate(document).map(\.line) == [70_002, 70_003])
  }

  @Test func parseErrorsPastTheLimit() throws {
    let text = "<r>\n" + String(repeating: "<a/>\r", count: 70_000) + "<b>&</b></r>"
    let error = #expect(throws: XMLParseError.self) { try XMLDocument.parse(Array(text.utf8), url: "big.xml") }
    #expect(error?.diagnostics.first?.line == 70_002)
  }

  /// Elements parsed from an entity's text (libxml2 gives the entity its own parser context, sharing the wrapped
  /// callback) are built as before; the document is refused for its DOCTYPE, or read when that is allowed.
  @Test func entityContentPastTheLimit() throws {
    let text =
      "<!DOCTYPE r [<!ENTITY e \"<x/><y>t</y>\">]>\n<r>" + String(repeating: "\n", count: 70_000)
      + "<z/>&e;&e;</r>"
    let bytes = Array(text.utf8)
    #expect(throws: XMLParseError.self) { try XMLDocument.parse(bytes, url: "e.xml") }
    let document = try XMLDocument.parse(bytes, url: "e.xml", allowDocumentType: true)
    #expect(try #require(document.root).childElements.map(\.line) == [70_002])
  }
}
