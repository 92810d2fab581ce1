/// A rule's context as a Schematron `rule/@context`, which is an XSLT match pattern, not any XPath expression.
enum ContextPattern {
  /// `context` itself when it is a pattern that matches exactly the nodes the expression selects from the document
  /// (absolute location paths of child and attribute steps, with any predicates); otherwise a pattern that tests
  /// membership in the expression evaluated from the root. A relative location path is evaluated from the document
  /// node, so it gains a leading `/`; a branch that starts with a function call or a parenthesis has no such form.
  static func pattern(for context: String) throws(Unexpressible) -> String {
    var branches: [Scanned] = []
    for branch in topLevel(context).split(by: "|") {
      let outside = branch.outside.trimmed
      if outside.hasPrefix("/") {
        branches.append(branch)
      } else if let first = outside.unicodeScalars.first,
        first.properties.isAlphabetic || "_@.*".unicodeScalars.contains(first),
        !outside.contains("(")
      {
        branches.append(Scanned(full: "/" + branch.full.trimmed, outside: "/" + outside))
      } else {
        throw Unexpressible(
          en: "the context starts with a function call or a parenthesis, which no XSLT pattern can match",
          zh: "上下文以函数调用或括号开头，无法写成 XSLT 匹配模式")
      }
    }
    let rewritten = zip(branches, topLevel(context).split(by: "|")).contains { $0.full != $1.full }
    let absolute = rewritten ? branches.map { $0.full.trimmed }.joined(separator: " | ") : context
    if branches.allSatisfy(isAbsolutePattern) { return absolute }
    let member = "count(. | \(absolute)) = count(\(absolute))"
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
        && name.unicodeScalars.allSatisfy {
          $0.properties.isAlphabetic || "0123456789_-.:*".unicodeScalars.contains($0)
        }
    }
  }

  /// The characters of `text` with what is inside predicates, parentheses and string literals blanked out (kept in
  /// `full`), so that top-level syntax can be read.
  struct Scanned {
    var full: String
    var outside: String

    func split(by separator: Character) -> [Scanned] {
      var result: [Scanned] = []
      var full = ""
      var outside = ""
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
