import Testing

@testable import ShanshuiXML

/// Parse errors give their column in Unicode code points: a CJK character counts once, and so does an Extension B
/// character (four bytes of UTF-8, two UTF-16 code units). libxml2 2.9 counts the characters of its UTF-8 input
/// (`xmlNextChar`), not bytes; these tests hold it to that on every kind of text before the error.
@Suite struct ParseErrorColumnTests {
  private func firstError(_ text: String) throws -> XMLDiagnostic? {
    let error = #expect(throws: XMLParseError.self) { try XMLDocument.parse(Array(text.utf8), url: "t.xml") }
    return error?.diagnostics.first
  }

  /// `X` stands for one character: an ASCII one, a CJK one (3 bytes), an Extension B one (4 bytes), é (2 bytes).
  @Test(arguments: [
    ("<r>\n<b>XX &</b></r>", 8),  // text, then an entity reference without a name: after the `&`
    ("<r>\n<b x=\"XX<\"/></r>", 9),  // attribute value, then a `<` in it: at the `<`
    ("<r>\n<b x=\"XX\" y/></r>", 12),  // attribute without a value
    ("<r>\n<XX ==/></r>", 5),  // element name
    ("<r>\nXXXX</b></r>", 9),  // mismatched end tag
    ("<r>\n<b x='XX' x='1'/></r>", 16),  // duplicate attribute
    ("<r>\n<b>XX</b>&#xFFFE;</r>", 18),  // a character reference to a non-character
  ])
  func columnsCountCodePoints(template: String, column: Int) throws {
    for character in ["a", "汉", "𠀀", "é"] {
      let error = try firstError(template.replacingOccurrences(of: "X", with: character))
      #expect(error.map { [$0.line, $0.column] } == [2, column], "\(template) with \(character)")
    }
  }

  @Test func aLineOfCJKAndExtensionBCharacters() throws {
    // 汉字 (two CJK characters), 𠀀 and 𠁁 (Extension B), a space, then `&` at column 9: libxml2 reports the column
    // after it. In bytes it would be 3 + 6 + 8 + 1 + 1 + 1 = 20; in UTF-16 code units, 12.
    let error = try firstError("<r>\n<b>汉字𠀀𠁁 &</b></r>")
    #expect(error?.line == 2)
    #expect(error?.column == 10)
  }
}
