import Testing

@testable import ShanshuiXML

@Suite struct XMLDocumentTests {
  private func parse(_ text: String) throws(XMLParseError) -> XMLDocument {
    try XMLDocument.parse(Array(text.utf8), url: "test.xml")
  }

  @Test func reportsEveryErrorWithLineAndColumn() {
    do {
      _ = try parse("<a>\n<b>\n</a>\n")
      Issue.record("malformed XML was accepted")
    } catch {
      let positions = error.diagnostics.map { "\($0.line):\($0.column)" }
      #expect(positions == ["3:5", "4:1"])
      #expect(error.diagnostics[0].message.contains("Opening and ending tag mismatch"))
      #expect(error.diagnostics.allSatisfy { !$0.message.hasSuffix("\n") })
    }
  }

  @Test func rejectsEmptyInput() {
    #expect(throws: XMLParseError.self) { try XMLDocument.parse([], url: "empty.xml") }
  }

  @Test func rejectsUndeclaredNamespacePrefix() {
    #expect(throws: XMLParseError.self) { try parse("<a><x:b/></a>") }
  }

  @Test func rejectsDuplicateAttributes() {
    #expect(throws: XMLParseError.self) { try parse("<a b='1' b='2'/>") }
  }

  @Test func refusesDocumentTypeDeclarationsWithTheirLine() {
    let text = """
      <?xml version="1.0"?>
      <!DOCTYPE a [<!ENTITY big "xxxxxxxxxx">]>
      <a b="&big;&big;"/>
      """
    do {
      _ = try parse(text)
      Issue.record("a DOCTYPE was accepted")
    } catch {
      #expect(error.diagnostics.map(\.line) == [2])
      #expect(error.diagnostics.first?.message.contains("DOCTYPE") == true)
    }
  }

  @Test func doesNotExpandExternalEntitiesEvenWhereDocumentTypesAreAllowed() throws {
    let text = """
      <?xml version="1.0"?>
      <!DOCTYPE a [<!ENTITY secret SYSTEM "file:///etc/hostname">]>
      <a>&secret;</a>
      """
    let document = try XMLDocument.parse(Array(text.utf8), url: "x.xml", allowDocumentType: true)
    #expect(document.hasDocumentType)
    #expect(document.root?.stringValue == "")
  }

  @Test func nodesKeepTheirDocumentAlive() throws {
    var node: XMLNode?
    do {
      let document = try parse("<a>\n  <b id='x'>text</b>\n</a>")
      node = document.root?.childElements.first
    }
    #expect(node?.stringValue == "text")
    #expect(node?.line == 2)
    #expect(node?.attribute("id") == "x")
    #expect(node?.path == "/a/b")
  }

  @Test func pathsCountOnlySameNamedSiblings() throws {
    let document = try parse("<r><u id='A'/><x/><u id='B'><area/></u></r>")
    let second = try #require(document.root?.childElements.last)
    #expect(second.path == "/r/u[2]")
    let area = try #require(second.childElements.first)
    #expect(area.path == "/r/u[2]/area")
    #expect(area.anchoredPath == "u[@id='B']/area")
  }

  @Test func readsGB18030DeclaredEncoding() throws {
    // "万州" in GB18030.
    let bytes: [UInt8] =
      Array("<?xml version=\"1.0\" encoding=\"GB18030\"?><a>".utf8) + [0xCD, 0xF2, 0xD6, 0xDD]
      + Array("</a>".utf8)
    let document = try XMLDocument.parse(bytes, url: "gb.xml")
    #expect(document.root?.stringValue == "万州")
  }

  @Test func largeLineNumbersAreExact() throws {
    let text = "<a>" + String(repeating: "\n", count: 70_000) + "<b/></a>"
    let document = try parse(text)
    #expect(document.root?.childElements.first?.line == 70_001)
  }

  @Test func editsAndSerializes() throws {
    let document = try parse("<a><b>1</b><c/></a>")
    let root = try #require(document.root)
    root.childElements[0].setValue("2 & <3>")
    root.childElements[1].setAttribute("k", to: "v")
    let other = try parse("<d><e/></d>")
    root.appendCopy(of: try #require(other.root))
    let text = String(decoding: document.serialized(), as: UTF8.self)
    #expect(text.contains("<b>2 &amp; &lt;3&gt;</b>"))
    #expect(text.contains("<c k=\"v\"/>"))
    #expect(text.contains("<d><e/></d>"))
  }
}
