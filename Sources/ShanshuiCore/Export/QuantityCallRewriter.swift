/// Rewrites the calls of shanshui's XPath functions (`ss:quantity(nodes, 'unit')`) in an expression into plain
/// XPath 1.0, which any Schematron engine can evaluate.
struct QuantityCallRewriter {
  /// Prefixes bound to the functions namespace.
  let prefixes: [String]

  init(namespaces: [String: String]) {
    prefixes = namespaces.filter { $0.value == Namespaces.functions }.map(\.key).sorted()
  }

  func rewrite(_ expression: String) throws(Unexpressible) -> String {
    let characters = Array(expression)
    let scanned = Array(ContextPattern.topLevelStrings(expression))
    var output = ""
    var index = 0
    while index < characters.count {
      if !scanned[index], let (prefix, length) = call(at: index, in: characters) {
        let open = index + length
        guard let close = Self.closingParenthesis(from: open, in: characters, strings: scanned) else {
          throw unexpressible("unbalanced parentheses")
        }
        let arguments = Self.splitArguments(Array(characters[(open + 1)..<close]))
        guard prefix.local == "quantity", arguments.count == 2 else {
          throw unexpressible("\(prefix.name)() cannot be written in XPath 1.0")
        }
        let unitText = arguments[1].trimmed
        guard unitText.count >= 2, let first = unitText.first, first == "'" || first == "\"", unitText.last == first,
          let unit = QuantityUnit.named(String(unitText.dropFirst().dropLast()))
        else { throw unexpressible("ss:quantity() needs a unit name as a string literal") }
        output += try QuantityXPath.quantity(of: try rewrite(arguments[0]), in: unit)
        index = close + 1
        continue
      }
      output.append(characters[index])
      index += 1
    }
    return output
  }

  private func unexpressible(_ what: String) -> Unexpressible {
    Unexpressible(en: "assert test: \(what)", zh: "assert 表达式：\(what)")
  }

  /// A `prefix:name(` call starting at `index` (not in the middle of a longer name): the names and its length up
  /// to the parenthesis.
  private func call(at index: Int, in characters: [Character]) -> ((name: String, local: String), Int)? {
    if index > 0, Self.isNameCharacter(characters[index - 1]) { return nil }
    for prefix in prefixes {
      let start = Array(prefix + ":")
      guard characters.count > index + start.count, Array(characters[index..<(index + start.count)]) == start else {
        continue
      }
      var end = index + start.count
      while end < characters.count, Self.isNameCharacter(characters[end]) { end += 1 }
      let local = String(characters[(index + start.count)..<end])
      var open = end
      while open < characters.count, characters[open].isWhitespace { open += 1 }
      guard !local.isEmpty, open < characters.count, characters[open] == "(" else { continue }
      return ((prefix + ":" + local, local), open - index)
    }
    return nil
  }

  private static func isNameCharacter(_ character: Character) -> Bool {
    character.isLetter || character.isNumber || "_-.".contains(character)
  }

  private static func closingParenthesis(from open: Int, in characters: [Character], strings: [Bool]) -> Int? {
    var depth = 0
    for index in open..<characters.count where !strings[index] {
      if characters[index] == "(" { depth += 1 }
      if characters[index] == ")" {
        depth -= 1
        if depth == 0 { return index }
      }
    }
    return nil
  }

  /// Arguments split at top-level commas (outside parentheses, brackets and strings).
  private static func splitArguments(_ characters: [Character]) -> [String] {
    let strings = ContextPattern.topLevelStrings(String(characters))
    var arguments: [String] = []
    var current = ""
    var depth = 0
    for (character, inString) in zip(characters, strings) {
      if !inString {
        if character == "(" || character == "[" { depth += 1 }
        if character == ")" || character == "]" { depth -= 1 }
        if character == ",", depth == 0 {
          arguments.append(current)
          current = ""
          continue
        }
      }
      current.append(character)
    }
    arguments.append(current)
    return arguments
  }
}
