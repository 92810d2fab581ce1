/// Finds unknown namespace prefixes and functions in an XPath expression by reading its text.
///
/// libxml2 accepts both at compile time and fails only when evaluation reaches them, which a dry run may never do
/// (a predicate on an element the example base lacks, the far side of an `and`). This check sees every call.
enum XPathStaticCheck {
  /// XPath 1.0 core functions, all that libxml2 registers by default.
  static let coreFunctions: Set<String> = [
    "last", "position", "count", "id", "local-name", "namespace-uri", "name", "string", "concat", "starts-with",
    "contains", "substring-before", "substring-after", "substring", "string-length", "normalize-space", "translate",
    "boolean", "not", "true", "false", "lang", "number", "sum", "floor", "ceiling", "round",
  ]
  /// XPath 2.0+ functions people often reach for: named so the message can say why they are unknown.
  static let laterFunctions: Set<String> = [
    "matches", "replace", "tokenize", "ends-with", "upper-case", "lower-case", "string-join", "exists", "empty",
    "abs", "min", "max", "avg", "distinct-values", "current-date", "current-dateTime", "format-number",
  ]
  /// Node tests that look like calls, and operator names that may be followed by a parenthesis (`or (…)`).
  static let nodeTypes: Set<String> = ["node", "text", "comment", "processing-instruction", "and", "or", "div", "mod"]

  /// Problems in `expression`, given the bound prefixes and the extension functions (prefix → local names).
  static func problems(in expression: String, prefixes: Set<String>, extensions: [String: Set<String>]) -> [String] {
    var problems: [String] = []
    let characters = Array(expression)
    var index = 0
    func isNameStart(_ character: Character) -> Bool { character.isLetter || character == "_" }
    func isNameCharacter(_ character: Character) -> Bool {
      character.isLetter || character.isNumber || "_-.".contains(character)
    }
    func readName() -> String {
      let start = index
      while index < characters.count, isNameCharacter(characters[index]) { index += 1 }
      return String(characters[start..<index])
    }
    while index < characters.count {
      let character = characters[index]
      if character == "'" || character == "\"" {
        index += 1
        while index < characters.count, characters[index] != character { index += 1 }
        index += 1
      } else if character == "$" {
        index += 1
        _ = readName()
      } else if character.isNumber {
        while index < characters.count, characters[index].isNumber || characters[index] == "." { index += 1 }
      } else if isNameStart(character) {
        var prefix: String?
        var local = readName()
        if index + 1 < characters.count, characters[index] == ":", characters[index + 1] != ":" {
          prefix = local
          index += 1
          local = index < characters.count && characters[index] == "*" ? "*" : readName()
          if characters.indices.contains(index), characters[index] == "*" { index += 1 }
        }
        var lookahead = index
        while lookahead < characters.count, characters[lookahead].isWhitespace { lookahead += 1 }
        let isCall = lookahead < characters.count && characters[lookahead] == "("
        if let prefix {
          if !prefixes.contains(prefix) {
            problems.append("undefined namespace prefix '\(prefix)'")
          } else if isCall, !(extensions[prefix]?.contains(local) ?? false) {
            problems.append("unknown function '\(prefix):\(local)()'")
          }
        } else if isCall, !coreFunctions.contains(local), !nodeTypes.contains(local) {
          let hint = laterFunctions.contains(local) ? " (an XPath 2.0 function; rules use XPath 1.0)" : ""
          problems.append("unknown function '\(local)()'\(hint)")
        }
      } else {
        index += 1
      }
    }
    return Array(Set(problems)).sorted()
  }
}
