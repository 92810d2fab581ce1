import ShanshuiXML
import Testing

/// Comment lines past 65,535, where libxml2 keeps none, come from the document's bytes.
@Suite struct CommentLinesTests {
  @Test func linesPastTheLibxml2LimitComeFromTheBytes() throws {
    let padding = String(repeating: "\n", count: 70_000)
    let text = """
      <r><?pi <!-- not a comment ?><![CDATA[ <!-- nor this ]]><!-- first -->\(padding)<a/>
        <!-- mark one
        wrapped -->
        <b/><!-- mark two --></r>
      """
    let bytes = Array(text.utf8)
    let document = try XMLDocument.parse(bytes, url: "t.xml")
    let comments = document.comments(containing: "mark", source: bytes)
    #expect(comments.map(\.line) == [70_002, 70_004])
    #expect(comments.map(\.endLine) == [70_003, 70_004])
    #expect(comments.map(\.text) == [" mark one\n  wrapped ", " mark two "])
  }

  @Test func withoutTheBytesOrBelowTheLimitLibxml2sLinesStand() throws {
    let bytes = Array("<r>\n<!-- mark -->\n<a/>\n<!-- mark\n two --></r>".utf8)
    let document = try XMLDocument.parse(bytes, url: "t.xml")
    #expect(document.comments(containing: "mark").map(\.line) == [2, 4])
    #expect(document.comments(containing: "mark", source: bytes).map(\.line) == [2, 4])
  }
}
