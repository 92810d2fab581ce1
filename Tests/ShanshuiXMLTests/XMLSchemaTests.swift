import Testing

@testable import ShanshuiXML

@Suite struct XMLSchemaTests {
  private let xsd = """
    <xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema">
      <xs:element name="a"><xs:complexType><xs:sequence>
        <xs:element name="n" type="xs:decimal" maxOccurs="unbounded"/>
      </xs:sequence></xs:complexType></xs:element>
    </xs:schema>
    """

  @Test func validDocumentHasNoErrors() throws {
    let schema = try XMLSchema(bytes: Array(xsd.utf8), url: "a.xsd")
    let document = try XMLDocument.parse(Array("<a><n>1.5</n></a>".utf8), url: "ok.xml")
    #expect(schema.validate(document).isEmpty)
  }

  @Test func invalidDocumentReportsLines() throws {
    let schema = try XMLSchema(bytes: Array(xsd.utf8), url: "a.xsd")
    let document = try XMLDocument.parse(Array("<a>\n<n>x</n>\n<m/>\n</a>".utf8), url: "bad.xml")
    let errors = schema.validate(document)
    #expect(errors.map(\.line) == [2, 3])
    #expect(errors[0].message.contains("'x' is not a valid value"))
  }

  @Test func brokenSchemaIsRejected() {
    #expect(throws: XMLParseError.self) {
      try XMLSchema(
        bytes: Array("<xs:schema xmlns:xs='http://www.w3.org/2001/XMLSchema'><xs:element/></xs:schema>".utf8),
        url: "b.xsd")
    }
  }
}
