/// A rule's context as a Schematron `rule/@context`, which is an XSLT match pattern, not any XPath expression.
enum ContextPattern {
  /// `context` itself when it is a pattern that matches exactly the nodes the expression selects from the document
  /// (absolute location paths of child and attribute steps, with any predicates); otherwise a pattern that tests
  /// membership in the expression evaluated from the root. A relative expression that is not a pattern has no
  /// such form.
  static func pattern(for context: String) throws(Unexpressible) -> String {
    let branches = topLevel(context).split(by: "|")
    if !branches.isEmpty, branches.allSatisfy(isAbsolutePattern) { return context }
    guard branches.allSatisfy({ $0.outside.trimmed.hasPrefix("/") }) else {
      throw Unexpressible(
        en: "the context is neither an absolute location path nor an XSLT pattern",
        zh: "上下文既不是绝对路径，也不是 XSLT 匹配模式")
    }
    let member = "count(. | \(context)) = count(\(context))"
    return "node()[\(member)] | @*[\(member)]"
  }

  /// A branch of a union whose top level (outside predicates, parentheses and strings) is `/step/step…` with name
  /// tests or `@name` only.
  private static func isAbsolutePattern(_ branch: Scanned) -> Bool {
    let text = branch.outside.trimmed
    guard text.hasPrefix("/") else { return false }
    if text.contains("::") || text.contains("(") || text.contains("$") { return false }
    let steps = text.split(separator: "/", omittingEmptySubsequences: true).map { String($0).trimmed }
    return steps.allSatisfy { step in
      let name = step.hasPrefix("@") ? String(step.dropFirst()) : step
      return !name.isEmpty && name != "." && name != ".."
        && name.unicodeScalars.allSatisfy { $0.properties.isAlphabetic || "0123456789_-.:*".unicodeScalars.contains($0) }
    }
  }

  /// The characters of `text` with what is inside predicates, parentheses and string literals blanked out (kept in
  /// `full`), so that top-level syntax can be read.
  struct Scanned {
    var full: String
    var outside: String

    func split(by separator: Character) -> [Scanned] {
      var result: [Scanned] = []
      var full = "", outside = ""
      for (character, blank) in zip(self.full, self.outside) {
        if blank == separator {
          result.append(Scanned(full: full, outside: outside))
          full = ""
          outside = ""
        } else {
          full.append(character)
          outside.append(blank)
        }
      }
      result.append(Scanned(full: full, outside: outside))
      return result
    }
  }

  static func topLevel(_ text: String) -> Scanned {
    var outside = ""
    var depth = 0
    var quote: Character?
    for character in text {
      if let open = quote {
        if character == open { quote = nil }
        outside.append(" ")
        continue
      }
      switch character {
      case "'", "\"":
        quote = character
        outside.append(depth == 0 ? character : " ")
      case "[":
        depth += 1
        outside.append(" ")
      case "]":
        depth -= 1
        outside.append(" ")
      case "(":
        outside.append(depth == 0 ? "(" : " ")
        depth += 1
      case ")":
        depth -= 1
        outside.append(" ")
      default:
        outside.append(depth == 0 ? character : " ")
      }
    }
    return Scanned(full: text, outside: outside)
  }
}

extension ContextPattern {
  /// For each character of `text`: whether it belongs to a string literal (quotes included).
  static func topLevelStrings(_ text: String) -> [Bool] {
    var flags: [Bool] = []
    var quote: Character?
    for character in text {
      if let open = quote {
        flags.append(true)
        if character == open { quote = nil }
      } else if character == "'" || character == "\"" {
        quote = character
        flags.append(true)
      } else {
        flags.append(false)
      }
    }
    return flags
  }
}
