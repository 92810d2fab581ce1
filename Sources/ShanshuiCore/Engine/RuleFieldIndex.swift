import Foundation

/// Which rules read which submission fields, keyed `parent/name` or `parent/@attribute` by local names.
///
/// Derived from each rule's context (its element steps and the names its predicates mention) and its check's simple
/// paths; names an `assert` mentions match under any parent. Used to tell submitters which rules read a field.
public struct RuleFieldIndex: Sendable {
  private var keys: [String: Set<String>] = [:]

  public init(standard: Standard) {
    for rule in standard.rules {
      for key in Self.keys(of: rule) { keys[key, default: []].insert(rule.id) }
    }
  }

  /// Ids of the rules that read `name` (an element name, or `@attribute`) under the element `parent`, sorted.
  public func rules(reading name: String, under parent: String) -> [String] {
    keys["\(parent)/\(name)", default: []].union(keys["*/\(name)", default: []]).sorted()
  }

  static func keys(of rule: Rule) -> Set<String> {
    var keys: Set<String> = []
    let (steps, predicates, _) = contextSteps(rule.context.source)
    for (index, step) in steps.enumerated() {
      if index > 0 { keys.insert("\(steps[index - 1])/\(step)") }
      for name in predicates[index] { keys.insert("\(step)/\(name)") }
    }
    let contextName = steps.last ?? "submission"
    let contextParent = steps.count > 1 ? steps[steps.count - 2] : "*"
    for path in rule.check.readPaths {
      var chain = [contextName] + path.elements.map(\.localName)
      if let attribute = path.attribute { chain.append("@" + attribute.localName) }
      if chain.count == 1 { keys.insert("\(contextParent)/\(contextName)") }
      for index in chain.indices.dropFirst() { keys.insert("\(chain[index - 1])/\(chain[index])") }
    }
    if let assert = rule.check as? AssertCheck {
      // An assert is a whole expression, not one path: its element steps match under any parent, attributes in a
      // step's predicate belong to that step, and bare attributes to the context node.
      let (steps, predicates, attributes) = contextSteps(assert.test.source)
      for (index, step) in steps.enumerated() {
        keys.insert("*/\(step)")
        for name in predicates[index] { keys.insert("\(step)/\(name)") }
      }
      for attribute in attributes { keys.insert("\(contextName)/\(attribute)") }
    }
    return keys
  }

  /// The element steps of an XPath (predicates removed), per step the names its predicates mention, and the
  /// attributes named outside any predicate.
  static func contextSteps(_ xpath: String) -> ([String], [[String]], [String]) {
    var steps: [String] = []
    var predicates: [[String]] = []
    var attributes: [String] = []
    var depth = 0
    var predicate = ""
    var token = ""
    func flushToken() {
      if token.hasPrefix("s:") {
        steps.append(String(token.dropFirst(2)))
        predicates.append([])
      } else if token.hasPrefix("@"), token.count > 1 {
        attributes.append(token)
      }
      token = ""
    }
    for character in xpath {
      if character == "[" {
        if depth == 0 { flushToken() }
        depth += 1
        if depth == 1 { predicate = ""; continue }
      } else if character == "]" {
        depth -= 1
        if depth == 0 {
          if !predicates.isEmpty { predicates[predicates.count - 1] += mentionedNames(predicate) }
          continue
        }
      }
      if depth > 0 {
        predicate.append(character)
      } else if character.isLetter || character.isNumber || ":-_@".contains(character) {
        token.append(character)
      } else {
        flushToken()
      }
    }
    flushToken()
    return (steps, predicates, attributes)
  }

  /// `s:name` and `@name` tokens of an expression, outside string literals.
  static func mentionedNames(_ expression: String) -> [String] {
    var names: [String] = []
    let pattern = #/(s:|@)([A-Za-z_][A-Za-z0-9_\-]*)/#
    var quote: Character?
    var outside = ""
    for character in expression {
      if let open = quote {
        if character == open { quote = nil }
        outside.append(" ")
      } else if character == "'" || character == "\"" {
        quote = character
        outside.append(" ")
      } else {
        outside.append(character)
      }
    }
    for match in outside.matches(of: pattern) {
      names.append((match.output.1 == "@" ? "@" : "") + String(match.output.2))
    }
    return names
  }
}
