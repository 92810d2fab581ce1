/// The regular-expression dialect of `pattern`: the subset that Swift's `Regex` (on Unicode scalars) and Python's
/// `re` (lxml's EXSLT `regexp:test`, used by the Schematron export) read identically.
///
/// Literal characters; `\` before ASCII punctuation for a literal; `[…]` and `[^…]` classes of literal characters
/// and ranges `a-z`; groups `(…)` and `(?:…)`; `|`; quantifiers `?`, `*`, `+`, `{n}`, `{n,}`, `{n,m}`. The whole
/// value must match, so there are no anchors. Left out because the engines differ: `.` (which line breaks it skips),
/// `\d`, `\w`, `\s` and `\b` (Swift's `\d` matches 五, Python's does not), back-references, look-around, inline flags,
/// possessive and lazy quantifiers, and set operations in classes (`&&`, `--`, nested `[`).
public enum RegexDialect {
  /// The largest count of a quantifier `{n,m}`.
  public static let maximumCount = 1000
  /// The deepest nesting of groups (Python's parser recurses per group; this keeps both parsers' stacks small).
  public static let maximumGroupDepth = 100
  /// The longest expression, in Unicode scalars (checked before it is parsed, so a huge attribute costs no tree).
  public static let maximumLength = 100_000

  /// The first construct outside the dialect, as a message; `nil` when `pattern` is inside it.
  public static func violation(in pattern: String) -> String? {
    if pattern.unicodeScalars.count > maximumLength { return "longer than \(maximumLength) characters" }
    var scanner = Scanner(characters: Array(pattern.unicodeScalars))
    return scanner.alternation(depth: 0) ?? (scanner.atEnd ? nil : "unbalanced ')'")
  }

  private struct Scanner {
    let characters: [Unicode.Scalar]
    var index = 0

    var atEnd: Bool { index >= characters.count }
    var current: Unicode.Scalar? { atEnd ? nil : characters[index] }

    static let special: Set<Unicode.Scalar> = ["\\", "^", "$", ".", "|", "?", "*", "+", "(", ")", "[", "]", "{", "}"]

    mutating func alternation(depth: Int) -> String? {
      while let character = current {
        if character == ")" { return depth > 0 ? nil : "unbalanced ')'" }
        if character == "|" {
          index += 1
          continue
        }
        if let problem = atom(depth: depth) { return problem }
        if let problem = quantifier() { return problem }
      }
      return depth > 0 ? "unclosed group" : nil
    }

    mutating func atom(depth: Int) -> String? {
      guard let character = current else { return nil }
      switch character {
      case "(":
        guard depth < RegexDialect.maximumGroupDepth else {
          return "groups nested more than \(RegexDialect.maximumGroupDepth) deep"
        }
        index += 1
        if current == "?" {
          guard index + 1 < characters.count, characters[index + 1] == ":" else {
            return "only (?:…) groups are allowed (no look-around, named groups or flags)"
          }
          index += 2
        }
        if let problem = alternation(depth: depth + 1) { return problem }
        guard current == ")" else { return "unclosed group" }
        index += 1
        return nil
      case "[":
        return characterClass()
      case "\\":
        return escape()
      case "?", "*", "+", "{":
        return "a quantifier needs something to repeat"
      case ".", "^", "$", "]", "}":
        return "'\(character)' is not allowed; escape it for the literal character (the whole value always matches)"
      default:
        index += 1
        return nil
      }
    }

    /// `\` followed by ASCII punctuation: that character, literally.
    mutating func escape() -> String? {
      index += 1
      guard let next = current, next.isASCII, next.properties.isPatternSyntax else {
        return "only escapes of punctuation are allowed (no \\d, \\w, \\s, \\b or back-references)"
      }
      index += 1
      return nil
    }

    mutating func characterClass() -> String? {
      index += 1
      if current == "^" { index += 1 }
      var members = 0
      while let character = current, character != "]" {
        guard let low = classMember() else { return classProblem(character) }
        members += 1
        if current == "-", index + 1 < characters.count, characters[index + 1] != "]" {
          index += 1
          guard let high = classMember() else { return classProblem(current ?? "-") }
          if high < low { return "range \(low)-\(high) is reversed" }
        }
      }
      guard current == "]" else { return "unclosed character class" }
      guard members > 0 else { return "empty character class" }
      index += 1
      return nil
    }

    /// One literal member of a class: a plain character or an escaped punctuation character.
    mutating func classMember() -> Unicode.Scalar? {
      guard let character = current else { return nil }
      if character == "\\" {
        guard index + 1 < characters.count else { return nil }
        let next = characters[index + 1]
        guard next.isASCII, next.properties.isPatternSyntax else { return nil }
        index += 2
        return next
      }
      if ["[", "]", "-", "^", "&", "~"].contains(character) { return nil }
      index += 1
      return character
    }

    func classProblem(_ character: Unicode.Scalar) -> String {
      "'\(character)' in a character class must be escaped (no set operations, nested classes or \\d-style escapes)"
    }

    /// An optional greedy quantifier after an atom.
    mutating func quantifier() -> String? {
      guard let character = current else { return nil }
      switch character {
      case "?", "*", "+":
        index += 1
      case "{":
        index += 1
        guard let low = digits() else {
          return "'{' starts a quantifier {n}, {n,} or {n,m}; escape it for the literal"
        }
        if low > RegexDialect.maximumCount { return "a count above \(RegexDialect.maximumCount)" }
        if current == "," {
          index += 1
          let high = digits()
          if let high, high > RegexDialect.maximumCount { return "a count above \(RegexDialect.maximumCount)" }
          if let high, high < low { return "quantifier {\(low),\(high)} is reversed" }
        }
        guard current == "}" else { return "unclosed quantifier" }
        index += 1
      default:
        return nil
      }
      if let next = current, ["?", "*", "+", "{"].contains(next) {
        return "a quantifier cannot follow a quantifier (no lazy or possessive forms)"
      }
      return nil
    }

    /// Decimal digits; a number above `maximumCount` is returned as soon as it is seen to be one.
    mutating func digits() -> Int? {
      var value: Int?
      while let character = current, ("0"..."9").contains(character) {
        let next = (value ?? 0) * 10 + Int(character.value - 48)
        value = next
        if next > RegexDialect.maximumCount { return next }
        index += 1
      }
      return value
    }
  }
}
