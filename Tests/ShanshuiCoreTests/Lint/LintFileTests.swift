import ShanshuiXML
import Testing

@testable import ShanshuiCore

/// Columns that libxml2 does not record, found in the text: start tags, attributes, values and element text.
@Suite struct LintFileTests {
  static let text = """
    <?xml version="1.0"?>
    <r:root xmlns:r="urn:x"
            id="a" note="x &lt; y">
      <r:item k="1"/><r:item k="2"/>  <r:items/>
      <r:text>  a &amp; b</r:text>
      <r:long first="1"
              second="2"/>
    </r:root>
    """

  static func file() throws -> LintFile {
    let bytes = Array(text.utf8)
    let document = try XMLDocument.parse(bytes, url: "t.xml")
    return LintFile(path: "t.xml", isManifest: false, document: document, schemaProblems: [], bytes: bytes)
  }

  @Test func startTagsIncludingSiblingsOnOneLineAndMultiLineTags() throws {
    let file = try Self.file()
    let root = try #require(file.root)
    #expect(file.location(of: root) == SourceLocation(file: "t.xml", line: 2, column: 1))
    let items = root.childElements.filter { $0.localName == "item" }
    #expect(items.map { file.location(of: $0).column } == [3, 18])
    let long = try #require(root.childElements.first { $0.localName == "long" })
    #expect(file.location(of: long) == SourceLocation(file: "t.xml", line: 6, column: 3))
    #expect(file.location(ofAttribute: "second", of: long) == SourceLocation(file: "t.xml", line: 7, column: 11))
  }

  @Test func attributesAndValueOffsetsCountAnEntityAsOneCharacter() throws {
    let file = try Self.file()
    let root = try #require(file.root)
    #expect(file.location(ofAttribute: "id", of: root) == SourceLocation(file: "t.xml", line: 3, column: 9))
    // "x < y": the decoded offset 4 is "y", written after "&lt; ".
    #expect(
      file.location(ofAttribute: "note", of: root, valueOffset: 4) == SourceLocation(file: "t.xml", line: 3, column: 29)
    )
    #expect(file.location(ofAttribute: "missing", of: root) == file.location(of: root))
  }

  @Test func elementTextSkipsLeadingBlanks() throws {
    let file = try Self.file()
    let text = try #require(file.root?.childElements.first { $0.localName == "text" })
    #expect(file.location(ofText: text) == SourceLocation(file: "t.xml", line: 5, column: 13))
    #expect(file.location(ofText: text, offset: 4) == SourceLocation(file: "t.xml", line: 5, column: 21))
  }
}
