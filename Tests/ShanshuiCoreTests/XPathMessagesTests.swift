import Foundation
import ShanshuiXML
import Testing

@testable import ShanshuiCore

/// The caret of an XPath syntax error stands under the character libxml2 stopped at, as a terminal shows it: on the
/// line of a multi-line expression where the error is, counting a Chinese character as two columns.
@Suite struct XPathMessagesTests {
  static func lines(_ expression: String) throws -> [String] {
    let error = try #require(XPathSyntax.syntaxError(expression))
    return XPathMessages.syntax(error).text(.en).components(separatedBy: "\n")
  }

  @Test func theCaretGoesUnderTheErrorOnItsLine() throws {
    let lines = try Self.lines("/s:submission/s:units\n    /s:unit[@kind = 'x' ]]\n    /s:area")
    // Heading, the expression's first two lines, the caret, then the rest of the expression.
    #expect(lines.count == 5, "\(lines)")
    #expect(
      lines[1] == "/s:submission/s:units" && lines[2] == "    /s:unit[@kind = 'x' ]]" && lines[4] == "    /s:area")
    let bracket = try #require(lines[2].lastIndex(of: "]")).utf16Offset(in: lines[2])
    let caret = try #require(lines[3].firstIndex(of: "^")).utf16Offset(in: lines[3])
    // libxml2 reports the offset at the stray bracket or just after it.
    #expect((bracket...bracket + 1).contains(caret), "\(lines)")
  }

  @Test func aChineseCharacterTakesTwoColumns() throws {
    let lines = try Self.lines("s:unit[@kind = '坡地' ]]")
    #expect(lines.count == 3, "\(lines)")
    let bracket = DisplayWidth.of(String(lines[1].prefix { $0 != "]" })) + 2
    let caret = try #require(lines[2].firstIndex(of: "^")).utf16Offset(in: lines[2])
    #expect((bracket - 1...bracket + 1).contains(caret), "\(lines)")
    #expect(lines[2].trimmingCharacters(in: .whitespaces) == "^")
  }

  @Test func aSingleLineExpressionKeepsItsShape() throws {
    let lines = try Self.lines("count(s:area) >= ")
    #expect(lines.count == 3 && lines[1] == "count(s:area) >= " && lines[2].hasSuffix("^"), "\(lines)")
  }
}
