import ShanshuiXML
import Testing

@testable import ShanshuiCore

/// Lint columns count Unicode code points (a CJK character once, an Extension B character once, a combining mark
/// once), and lines end at LF, CR LF or a lone CR, as the parser numbers them.
@Suite struct LintColumnTests {
  /// Before `k`: `<r x="` (6), then 汉, 𠀀, e and a combining acute accent (4 code points, 3 characters), `" ` (2).
  static let text = "<?xml version=\"1.0\"?>\n<r x=\"汉𠀀e\u{301}\" k=\"1\">\n  <c>  汉𠀀 &lt; b</c>\n</r>\n"

  static func file(_ text: String) throws -> LintFile {
    let bytes = Array(text.utf8)
    let document = try XMLDocument.parse(bytes, url: "t.xml")
    return LintFile(path: "t.xml", isManifest: false, document: document, schemaProblems: [], bytes: bytes)
  }

  @Test(arguments: ["\n", "\r\n", "\r"])
  func columnsAreCodePointsWithEveryLineEnd(lineEnd: String) throws {
    let file = try Self.file(Self.text.replacingOccurrences(of: "\n", with: lineEnd))
    let root = try #require(file.root)
    #expect(file.location(ofAttribute: "k", of: root) == SourceLocation(file: "t.xml", line: 2, column: 13))
    // Offset 3 of the decoded value "汉𠀀é" (4 code points) is the combining accent, column 10.
    #expect(
      file.location(ofAttribute: "x", of: root, valueOffset: 3) == SourceLocation(file: "t.xml", line: 2, column: 10))
    let text = try #require(root.childElements.first)
    #expect(file.location(ofText: text) == SourceLocation(file: "t.xml", line: 3, column: 8))
    // "汉𠀀 < b": offset 3 is "<", written as "&lt;" after "汉𠀀 ".
    #expect(file.location(ofText: text, offset: 3) == SourceLocation(file: "t.xml", line: 3, column: 11))
    #expect(file.location(line: 3) == SourceLocation(file: "t.xml", line: 3, column: 3))
  }

  @Test func xpathErrorOffsetsBecomeCodePoints() throws {
    // libxml2 reports a byte offset in the UTF-8 expression; the location needs code points, the caret characters.
    let error = try #require(XPathSyntax.syntaxError("'汉𠀀e\u{301}' = ]"))
    // ' 汉 𠀀 e ◌́ ' then " = ": 15 bytes, 9 code points, 8 characters (e and its accent are one) before the "]".
    #expect(error.offset == 15)
    #expect(XPathMessages.codePointOffset(error) == 9)
    #expect(XPathMessages.characterOffset(error) == 8)
  }
}
