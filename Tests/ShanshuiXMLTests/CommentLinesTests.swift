import Foundation
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

  /// With the bytes at hand, a document whose bytes lack the marker is not walked; that shortcut must not lose a
  /// comment in an encoding where the marker is not written as its ASCII bytes (UTF-16), nor in GB18030.
  @Test func theByteSearchShortcutKeepsEveryEncoding() throws {
    let text = "<?xml version=\"1.0\" encoding=\"%@\"?>\n<r>\n<!-- 标记 mark -->\n<a/></r>"
    let units = Array(text.replacingOccurrences(of: "%@", with: "UTF-16").utf16)
    let utf16: [UInt8] = [0xFF, 0xFE] + units.flatMap { unit -> [UInt8] in [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
    let utf16Document = try XMLDocument.parse(utf16, url: "t.xml")
    #expect(utf16Document.comments(containing: "mark", source: utf16).map(\.line) == [3])
    let gb18030 = Array(
      text.replacingOccurrences(of: "%@", with: "GB18030").replacingOccurrences(of: "标记 ", with: "").utf8)
    let gbDocument = try XMLDocument.parse(gb18030, url: "t.xml")
    #expect(gbDocument.comments(containing: "mark", source: gb18030).map(\.text) == [" mark "])
    #expect(gbDocument.comments(containing: "absent", source: gb18030).isEmpty)
    let utf8 = Array(text.replacingOccurrences(of: "%@", with: "UTF-8").utf8)
    let utf8Document = try XMLDocument.parse(utf8, url: "t.xml")
    #expect(utf8Document.comments(containing: "mark", source: utf8).map(\.line) == [3])
    #expect(utf8Document.comments(containing: "标记", source: utf8).map(\.line) == [3])
    #expect(utf8Document.comments(containing: "marks", source: utf8).isEmpty)
  }
}
