import ShanshuiXML

/// A rule context that is a plain absolute path of child steps with simple predicates, selected by direct tree
/// access instead of XPath: `/s:submission/s:units/s:unit[@damage = 'light' or s:measure/@kind = 'planting']`.
///
/// On a large submission each XPath context costs a pass through libxml2's evaluator over every unit (node-set
/// allocations, a string copy per comparison); this reads the tree in place. It selects exactly the nodes XPath 1.0
/// selects, in document order. Anything outside the grammar below is left to XPath (`init` returns `nil`):
///
///     context   := path ('|' path)*   (a union: the nodes any path selects, once each, in document order)
///     path      := ('/' step)+ ('/@' name)?
///     step      := prefix ':' name ('[' or ']')*
///     or        := and ('or' and)*
///     and       := term ('and' term)*
///     term      := 'not(' or ')' | '(' or ')' | 'starts-with(' relative ',' literal ')'
///                | relative ('=' (literal | absolute))? | number ('<' | '<=' | '>' | '>=' | '=' | '!=') number
///     absolute  := '/' relative (its first step names the root element; read once per test, from the root)
///     number    := ss:quantity(relative, 'unit'), number(.), number(relative), literals, $parameters,
///                  + - * div mod, unary -, ( )
///     relative  := (prefix ':' name ('[' or ']')* '/')* (prefix ':' name ('[' or ']')* | '@' name)
///
/// No positions, axes, `..`, other functions or numbers: the predicates never depend on the context position. No
/// `$parameter` inside a predicate either: predicates are evaluated without variables, so those stay with XPath.
/// `Condition` alone (the `or` rule) also serves `assert` tests of that form (`ContextPath.condition`).
struct ContextPath: Sendable {
  /// A child step: name and predicates.
  struct Step: Sendable {
    var name: XMLName
    var predicates: [Condition]
  }

  /// A child path relative to a step's node, ending in an element or an attribute.
  struct Relative: Sendable {
    var elements: [Step]
    var attribute: XMLName?

    /// The selected nodes, in document order.
    func select(from node: XMLNode) -> [XMLNode] {
      var nodes: [XMLNode] = []
      _ = contains(from: node) {
        nodes.append($0)
        return false
      }
      return nodes
    }

    /// The string values of the nodes this path selects read as an absolute path (`/` + the path) in the document
    /// of `node`: its first step must match the root element.
    func absoluteValues(in node: XMLNode) -> [String] {
      guard let root = node.document.root, let first = elements.first, root.isElement(named: first.name),
        first.predicates.allSatisfy({ $0.holds(at: root) })
      else { return [] }
      var values: [String] = []
      _ = contains(from: root, step: 1) {
        values.append($0.stringValue)
        return false
      }
      return values
    }

    /// Calls `visit` with each selected node in document order until it returns `true`; returns whether one did.
    func contains(from node: XMLNode, step: Int = 0, where visit: (XMLNode) -> Bool) -> Bool {
      guard step < elements.count else {
        guard let attribute else { return visit(node) }
        return node.attributeNode(attribute).map(visit) ?? false
      }
      var found = false
      node.forEachChild(named: elements[step].name) { child in
        if !found, elements[step].predicates.allSatisfy({ $0.holds(at: child) }),
          contains(from: child, step: step + 1, where: visit)
        {
          found = true
        }
      }
      return found
    }
  }

  /// A test on one node: what a predicate, or an `assert` of this grammar, says.
  indirect enum Condition: Sendable {
    case exists(Relative)
    /// XPath `nodes = 'literal'`: some selected node's string value equals the literal.
    case equals(Relative, String)
    /// XPath `nodes = /absolute/path`: some selected node's string value equals some string value of the nodes the
    /// absolute path selects (node-set against node-set; `SS-BAS-005`'s `@division = /s:submission/…/@code`).
    case equalsAbsolute(Relative, Relative)
    /// XPath `starts-with(nodes, 'literal')`: the first selected node's string value ("" when none) starts with it.
    case startsWith(Relative, String)
    /// A comparison of two numbers (`ss:quantity(…) - ss:quantity(…) <= 0.001`, `1 <= $class`).
    case compare(Numeric, ComparisonOperator, Numeric)
    case not(Condition)
    case and([Condition])
    case or([Condition])

    /// The XPath boolean value of the test with `node` as the context node and `parameters` as its variables
    /// (every one it reads must be there: see `parameterIDs`).
    func holds(at node: XMLNode, parameters: [String: ResolvedParameter] = [:]) -> Bool {
      switch self {
      case .compare(let left, let operation, let right):
        return operation.holds(
          left.value(at: node, parameters: parameters), right.value(at: node, parameters: parameters))
      case .exists(let path): return path.contains(from: node) { _ in true }
      // Code points, as XPath compares: Swift's `==` would also equate canonically equivalent strings.
      case .equals(let path, let literal):
        return path.contains(from: node) { $0.stringValue.hasSameCodePoints(as: literal) }
      case .equalsAbsolute(let path, let absolute):
        let values = absolute.absoluteValues(in: node)
        guard !values.isEmpty else { return false }
        return path.contains(from: node) { selected in
          let value = selected.stringValue
          return values.contains { $0.hasSameCodePoints(as: value) }
        }
      case .startsWith(let path, let literal):
        var first = ""
        _ = path.contains(from: node) {
          first = $0.stringValue
          return true
        }
        return first.utf8.starts(with: literal.utf8)
      case .not(let condition): return !condition.holds(at: node, parameters: parameters)
      case .and(let conditions): return conditions.allSatisfy { $0.holds(at: node, parameters: parameters) }
      case .or(let conditions): return conditions.contains { $0.holds(at: node, parameters: parameters) }
      }
    }

    /// The parameters (`$id`) the test reads.
    var parameterIDs: Set<String> {
      switch self {
      case .exists, .equals, .equalsAbsolute, .startsWith: return []
      case .compare(let left, _, let right): return left.parameterIDs.union(right.parameterIDs)
      case .not(let condition): return condition.parameterIDs
      case .and(let conditions), .or(let conditions):
        return conditions.reduce(into: []) { $0.formUnion($1.parameterIDs) }
      }
    }
  }

  /// One path of a union: child steps from the document, and perhaps a last attribute step.
  struct Alternative: Sendable {
    var steps: [Step]
    var attribute: XMLName?
  }

  /// The paths of a union (`/s:submission/s:location[s:geometry] | /s:submission/s:units/s:unit[s:geometry]`); one
  /// path for a plain context. Left to libxml2, a union over every unit of a large submission costs a node-set merge
  /// that compares each node with those already merged: quadratic, about 2 s for SS-FMT-001's context on 10,000 units.
  let alternatives: [Alternative]
  /// The XPath text this path was read from.
  let source: String

  /// Reads `xpath` with `namespaces` (prefix → URI); `nil` when it is outside the grammar.
  init?(_ xpath: String, namespaces: [String: String]) {
    var parser = ContextPathParser(xpath, namespaces: namespaces)
    guard let alternatives = parser.union() else { return nil }
    self.alternatives = alternatives
    source = xpath
  }

  /// Reads an XPath boolean test (`@mode = 'protection' or s:target[@indicator = 'x']`); `nil` outside the grammar.
  static func condition(_ xpath: String, namespaces: [String: String]) -> Condition? {
    condition(xpath, namespaces: namespaces, fault: nil)
  }

  /// The same, with a test's injected fault (`FastPathFault.parametersInPredicates`) when one is given.
  static func condition(_ xpath: String, namespaces: [String: String], fault: FastPathFault?) -> Condition? {
    var parser = ContextPathParser(xpath, namespaces: namespaces)
    parser.acceptsParametersInPredicates = fault == .parametersInPredicates
    return parser.condition()
  }

  /// The nodes the path selects in the document of `root`, in document order.
  func select(root: XMLNode) -> [XMLNode] { Self.select([self], root: root)[0] }

  /// The nodes each path selects, in document order, from one walk down the tree: a node on the way of several
  /// paths (every `unit` of a large submission, for a dozen unit-level contexts) is visited once, while it is in
  /// the CPU cache, rather than once per path.
  static func select(_ paths: [ContextPath], root: XMLNode) -> [[XMLNode]] {
    var selected = Array(repeating: [XMLNode](), count: paths.count)
    // (path, alternative, step) triples whose steps so far matched the node being visited.
    var active: [Position] = []
    for (index, path) in paths.enumerated() {
      var matched: [Int] = []
      for (number, alternative) in path.alternatives.enumerated() where path.matches(root, number, step: 0) {
        if alternative.steps.count == 1 {
          matched.append(number)
        } else {
          active.append(Position(path: index, alternative: number, step: 1))
        }
      }
      path.append(root, matchedBy: matched, to: &selected[index])
    }
    walk(root, active: active, paths: paths, into: &selected)
    return selected
  }

  /// Where a walk is in one alternative of one path.
  private struct Position {
    var path: Int
    var alternative: Int
    var step: Int
  }

  /// Visits `node`'s children in document order, each before its attributes and its descendants: the order XPath
  /// returns.
  private static func walk(
    _ node: XMLNode, active: [Position], paths: [ContextPath], into selected: inout [[XMLNode]]
  ) {
    guard !active.isEmpty else { return }
    node.forEachChildElement { child in
      var next: [Position] = []
      // Alternatives whose last step `child` matched, by path.
      var ended: [(path: Int, alternatives: [Int])] = []
      for position in active where paths[position.path].matches(child, position.alternative, step: position.step) {
        if position.step + 1 == paths[position.path].alternatives[position.alternative].steps.count {
          if let last = ended.indices.last, ended[last].path == position.path {
            ended[last].alternatives.append(position.alternative)
          } else {
            ended.append((position.path, [position.alternative]))
          }
        } else {
          next.append(Position(path: position.path, alternative: position.alternative, step: position.step + 1))
        }
      }
      for (path, alternatives) in ended { paths[path].append(child, matchedBy: alternatives, to: &selected[path]) }
      walk(child, active: next, paths: paths, into: &selected)
    }
  }

  /// Appends what the alternatives whose steps all matched `element` select there: the element (once, however many
  /// alternatives end on it), then the attribute an alternative ends with (the parser allows one attribute name per
  /// element path, so no two attributes of one element need ordering).
  private func append(_ element: XMLNode, matchedBy matched: [Int], to selected: inout [XMLNode]) {
    guard !matched.isEmpty else { return }
    if matched.contains(where: { alternatives[$0].attribute == nil }) { selected.append(element) }
    if let name = matched.lazy.compactMap({ self.alternatives[$0].attribute }).first,
      let attribute = element.attributeNode(name)
    {
      selected.append(attribute)
    }
  }

  private func matches(_ node: XMLNode, _ alternative: Int, step: Int) -> Bool {
    let step = alternatives[alternative].steps[step]
    return node.isElement(named: step.name) && step.predicates.allSatisfy { $0.holds(at: node) }
  }
}

/// A recursive-descent reader of the `ContextPath` grammar over the expression's bytes (all of its syntax is ASCII).
struct ContextPathParser {
  let bytes: [UInt8]
  var index = 0
  let namespaces: [String: String]
  /// How many step predicates (`[…]`) enclose the reader's position. A predicate is evaluated by node-set walks
  /// that have no variables in scope, so a `$parameter` inside one is refused (left to XPath) rather than read as
  /// NaN: `not(s:units/s:unit[ss:quantity(s:area, 'km2') > $limit])` would otherwise always hold (issue 13).
  var predicateDepth = 0
  /// Set only by a test's injected fault (`FastPathFault.parametersInPredicates`): the defect verify mode must catch.
  var acceptsParametersInPredicates = false

  init(_ text: String, namespaces: [String: String]) {
    bytes = Array(text.utf8)
    self.namespaces = namespaces
  }

  /// A whole expression that is one condition.
  mutating func condition() -> ContextPath.Condition? {
    guard let condition = or() else { return nil }
    skipSpace()
    return index == bytes.count ? condition : nil
  }

  /// One or more absolute paths joined by `|`, the whole expression. Two alternatives that end in different
  /// attributes of elements reached by the same names are refused: their attributes' document order would be the
  /// order within the element, which a walk by alternative does not know.
  mutating func union() -> [ContextPath.Alternative]? {
    var alternatives: [ContextPath.Alternative] = []
    repeat {
      guard let alternative = path() else { return nil }
      alternatives.append(alternative)
    } while take("|")
    guard index == bytes.count else { return nil }
    let ending = alternatives.filter { $0.attribute != nil }
    for (position, one) in ending.enumerated() {
      for other in ending[(position + 1)...]
      where one.attribute != other.attribute && one.steps.map(\.name) == other.steps.map(\.name) {
        return nil
      }
    }
    return alternatives
  }

  /// An absolute path of child steps, perhaps ending in an attribute, up to the end of the expression or a `|`.
  mutating func path() -> ContextPath.Alternative? {
    var steps: [ContextPath.Step] = []
    skipSpace()
    while take("/") {
      if peek("/") { return nil }
      if take("@") {
        guard !steps.isEmpty, let name = ncName() else { return nil }
        skipSpace()
        return ContextPath.Alternative(steps: steps, attribute: XMLName(name))
      }
      guard let step = step() else { return nil }
      steps.append(step)
      skipSpace()
    }
    return steps.isEmpty ? nil : ContextPath.Alternative(steps: steps, attribute: nil)
  }

  /// `prefix:name` followed by any predicates.
  private mutating func step() -> ContextPath.Step? {
    guard let name = qualifiedName() else { return nil }
    var predicates: [ContextPath.Condition] = []
    while take("[") {
      predicateDepth += 1
      defer { predicateDepth -= 1 }
      guard let condition = or(), take("]") else { return nil }
      predicates.append(condition)
    }
    return ContextPath.Step(name: name, predicates: predicates)
  }

  private mutating func or() -> ContextPath.Condition? {
    operands(joinedBy: "or", { $0.and() }, combined: ContextPath.Condition.or)
  }

  private mutating func and() -> ContextPath.Condition? {
    operands(joinedBy: "and", { $0.term() }, combined: ContextPath.Condition.and)
  }

  /// One or more operands joined by an operator keyword; a single operand stands for itself.
  private mutating func operands(
    joinedBy word: String, _ operand: (inout Self) -> ContextPath.Condition?,
    combined: ([ContextPath.Condition]) -> ContextPath.Condition
  ) -> ContextPath.Condition? {
    var terms: [ContextPath.Condition] = []
    repeat {
      guard let term = operand(&self) else { return nil }
      terms.append(term)
    } while keyword(word)
    return terms.count == 1 ? terms[0] : combined(terms)
  }

  private mutating func term() -> ContextPath.Condition? {
    skipSpace()
    if let comparison = numericComparison() { return comparison }
    if call("not") {
      guard let inner = or(), take(")") else { return nil }
      return .not(inner)
    }
    if call("starts-with") {
      guard let path = relative(), take(","), let literal = literal(), take(")") else { return nil }
      return .startsWith(path, literal)
    }
    if take("(") {
      guard let inner = or(), take(")") else { return nil }
      return inner
    }
    guard let path = relative() else { return nil }
    skipSpace()
    if take("=") {
      skipSpace()
      if peek("/") {
        guard let absolute = absolute() else { return nil }
        return .equalsAbsolute(path, absolute)
      }
      guard let literal = literal() else { return nil }
      return .equals(path, literal)
    }
    return .exists(path)
  }

  mutating func relative() -> ContextPath.Relative? {
    skipSpace()
    var elements: [ContextPath.Step] = []
    while true {
      if take("@") {
        guard let name = ncName() else { return nil }
        return ContextPath.Relative(elements: elements, attribute: XMLName(name))
      }
      guard let step = step() else { return nil }
      elements.append(step)
      guard take("/") else { return ContextPath.Relative(elements: elements, attribute: nil) }
      if peek("/") { return nil }
    }
  }

  /// `/step/…/(step | @name)`, as the relative path from the document node (the first step is the root element's).
  mutating func absolute() -> ContextPath.Relative? {
    guard take("/"), !peek("/"), let path = relative(), !path.elements.isEmpty else { return nil }
    return path
  }

  mutating func literal() -> String? {
    skipSpace()
    guard index < bytes.count, bytes[index] == UInt8(ascii: "'") || bytes[index] == UInt8(ascii: "\"") else {
      return nil
    }
    let quote = bytes[index]
    guard let end = bytes[(index + 1)...].firstIndex(of: quote) else { return nil }
    let text = String(decoding: bytes[(index + 1)..<end], as: UTF8.self)
    index = end + 1
    return text
  }

  /// `prefix:name` with a bound prefix, as an expanded name.
  private mutating func qualifiedName() -> XMLName? {
    skipSpace()
    guard let prefix = ncName(), take(":"), let local = ncName(), let uri = namespaces[prefix] else { return nil }
    return XMLName(local, namespace: uri)
  }

  /// An ASCII name (letters, digits, `_`, `-`, `.`, not starting with a digit, `-` or `.`).
  mutating func ncName() -> String? {
    let start = index
    while index < bytes.count, Self.isNameByte(bytes[index], first: index == start) { index += 1 }
    return index > start ? String(decoding: bytes[start..<index], as: UTF8.self) : nil
  }

  static func isNameByte(_ byte: UInt8, first: Bool) -> Bool {
    switch byte {
    case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "_"): return true
    case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."): return !first
    default: return false
    }
  }

  /// A function name followed by `(`; consumes both only when they are there.
  mutating func call(_ name: String) -> Bool {
    let start = index
    guard ncName() == name else {
      index = start
      return false
    }
    skipSpace()
    guard take("(") else {
      index = start
      return false
    }
    return true
  }

  /// An operator name standing alone (not the start of a longer name).
  mutating func keyword(_ word: String) -> Bool {
    skipSpace()
    let start = index
    guard ncName() == word else {
      index = start
      return false
    }
    return true
  }

  mutating func take(_ character: Unicode.Scalar) -> Bool {
    skipSpace()
    guard peek(character) else { return false }
    index += 1
    return true
  }

  func peek(_ character: Unicode.Scalar) -> Bool {
    index < bytes.count && bytes[index] == UInt8(ascii: character)
  }

  mutating func skipSpace() {
    while index < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[index]) { index += 1 }
  }
}

extension String {
  /// Equality by code points (XPath's string comparison), not by canonical equivalence as `==` compares: the UTF-8
  /// bytes in place (the generic `utf8.elementsEqual` walks an iterator, ≈ 5 % of a batch's instructions).
  func hasSameCodePoints(as other: String) -> Bool {
    var left = self
    var right = other
    return left.withUTF8 { leftBytes in
      right.withUTF8 { rightBytes in leftBytes.count == rightBytes.count && leftBytes.elementsEqual(rightBytes) }
    }
  }
}
