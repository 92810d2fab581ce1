/// Writes values into XPath 1.0 source text, so that libxml2 and any other XPath 1.0 engine read them back exactly.
enum XPathText {
  /// A string literal: XPath 1.0 has no escapes, so a text with both quote kinds becomes a `concat(…)`.
  static func literal(_ text: String) -> String {
    if !text.contains("'") { return "'\(text)'" }
    if !text.contains("\"") { return "\"\(text)\"" }
    let pieces = text.split(separator: "'", omittingEmptySubsequences: false).map { "'\($0)'" }
    return "concat(" + pieces.joined(separator: ", \"'\", ") + ")"
  }

  /// A number that evaluates to exactly `value`: an integer, or a quotient of two integers (one IEEE division, so
  /// correctly rounded like Swift's own parsing of the decimal); `nil` for a value that has neither form.
  static func number(_ value: Double) -> String? {
    guard value.isFinite else { return nil }
    let limit = 9_007_199_254_740_992.0  // 2^53: integers below it are exact doubles
    if value == value.rounded(), abs(value) < limit { return String(Int64(value)) }
    var denominators: [Double] = (1...17).map { exponent in (0..<exponent).reduce(1.0) { result, _ in result * 10 } }
    denominators += (2...1000).map(Double.init)
    for denominator in denominators {
      let numerator = (value * denominator).rounded()
      if abs(numerator) < limit, numerator / denominator == value {
        return "(\(Int64(numerator)) div \(Int64(denominator)))"
      }
    }
    return nil
  }

  /// Every character Swift's `Character.isWhitespace` trims that may occur in XML 1.0 text (Unicode White_Space).
  static let whitespace =
    "\t\n\r \u{85}\u{A0}\u{1680}\u{2000}\u{2001}\u{2002}\u{2003}\u{2004}\u{2005}\u{2006}"
    + "\u{2007}\u{2008}\u{2009}\u{200A}\u{2028}\u{2029}\u{202F}\u{205F}\u{3000}"

  /// Global variables the expressions below use: every whitespace character, and as many spaces.
  static let globals = [
    SchematronLet(name: "_ss-whitespace", value: literal(whitespace)),
    SchematronLet(name: "_ss-spaces", value: literal(String(repeating: " ", count: whitespace.unicodeScalars.count))),
  ]

  /// `node`'s string value with every Unicode whitespace character removed.
  static func withoutWhitespace(_ node: String) -> String {
    "translate(\(node), $_ss-whitespace, '')"
  }

  /// `node`'s string value trimmed the way shanshui trims (any Unicode whitespace at either end); inner runs of
  /// whitespace collapse to one space, which no caller can tell apart (they reject inner whitespace either way).
  static func trimmed(_ node: String) -> String {
    "normalize-space(translate(\(node), $_ss-whitespace, $_ss-spaces))"
  }

  /// Chooses between strings without branching: `substring(s, 1 div true())` is `s`, with `false()` it is empty.
  static func choose(_ branches: [(text: String, condition: String)]) -> String {
    let parts = branches.map { "substring(\($0.text), 1 div (\($0.condition)))" }
    return parts.count == 1 ? parts[0] : "concat(\(parts.joined(separator: ", ")))"
  }

  /// `a or b or …`, `false()` when empty.
  static func any(_ conditions: [String]) -> String {
    conditions.isEmpty
      ? "false()" : conditions.count == 1 ? conditions[0] : conditions.map { "(\($0))" }.joined(separator: " or ")
  }

  /// `a and b and …`, `true()` when empty.
  static func all(_ conditions: [String]) -> String {
    conditions.isEmpty
      ? "true()" : conditions.count == 1 ? conditions[0] : conditions.map { "(\($0))" }.joined(separator: " and ")
  }
}
