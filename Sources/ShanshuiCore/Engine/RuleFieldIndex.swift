/// Which rules read which submission fields, keyed `parent/name` or `parent/@attribute` by local names.
///
/// Derived from each rule's context (its element steps and the names its predicates mention) and its check's simple
/// paths; names an `assert` mentions match under any parent. Used to tell submitters which rules read a field.
public struct RuleFieldIndex: Sendable {
  private var keys: [String: Set<String>] = [:]

  public init(standard: Standard) {
    for rule in standard.rules {
      for key in Self.keys(of: rule, namespaces: standard.namespaces) { keys[key, default: []].insert(rule.id) }
    }
  }

  /// Ids of the rules that read `name` (an element name, or `@attribute`) under the element `parent`, sorted.
  public func rules(reading name: String, under parent: String) -> [String] {
    keys["\(parent)/\(name)", default: []].union(keys["*/\(name)", default: []]).sorted()
  }

  static func keys(of rule: Rule, namespaces: [String: String] = ["s": Namespaces.submission]) -> Set<String> {
    var keys: Set<String> = []
    let (steps, predicates, _) = contextSteps(rule.context.source, namespaces: namespaces)
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
    for test in rule.check.xpathTests {
      // A test is a whole expression, not one path: its element steps match under any parent, attributes in a
      // step's predicate belong to that step, and bare attributes to the context node.
      let (steps, predicates, attributes) = contextSteps(test.source, namespaces: namespaces)
      for (index, step) in steps.enumerated() {
        keys.insert("*/\(step)")
        for name in predicates[index] { keys.insert("\(step)/\(name)") }
      }
      for attribute in attributes { keys.insert("\(contextName)/\(attribute)") }
    }
    return keys
  }

  /// The submission's element steps of an XPath outside predicates (by local name, whatever prefix the standard
  /// binds to the submission namespace), per step the names its predicates mention (`name`, `@attribute`), and the
  /// attributes named outside any predicate (`@name`). Read with `XPathLexer`: names inside string literals, function
  /// names and operator names are not steps.
  static func contextSteps(_ xpath: String, namespaces: [String: String]) -> ([String], [[String]], [String]) {
    var steps: [String] = []
    var predicates: [[String]] = []
    var attributes: [String] = []
    var depth = 0
    let tokens = XPathLexer.tokens(xpath, lenient: true) ?? []
    for (index, token) in tokens.enumerated() {
      if token.isSymbol("[") {
        depth += 1
        continue
      }
      if token.isSymbol("]") {
        depth -= 1
        continue
      }
      guard case .nameTest(let prefix, let local) = token.kind, local != "*" else { continue }
      let isAttribute = index > 0 && tokens[index - 1].isSymbol("@")
      if isAttribute {
        if depth == 0 {
          attributes.append("@" + local)
        } else if !predicates.isEmpty {
          predicates[predicates.count - 1].append("@" + local)
        }
        continue
      }
      guard let prefix, namespaces[prefix] == Namespaces.submission else { continue }
      if depth == 0 {
        steps.append(local)
        predicates.append([])
      } else if !predicates.isEmpty {
        predicates[predicates.count - 1].append(local)
      }
    }
    return (steps, predicates, attributes)
  }
}
