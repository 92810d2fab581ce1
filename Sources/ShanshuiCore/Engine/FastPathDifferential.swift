import ShanshuiXML

/// The fast path against libxml2 on any expression and document, for the differential fuzz target (`shanshui-fuzz`,
/// `scripts/fuzz … fast-path`) and tests: what verify mode does for a standard's own rules, for generated rule shapes.
///
/// A test is decided at every element of the document, both by direct tree access (when `ContextPath` accepts it and
/// every parameter it reads has a value, as `AssertCheck` decides) and by libxml2 with the profile's parameters bound;
/// a context path is selected both ways. Not `Sendable`: one per document and thread.
public struct FastPathDifferential {
  let namespaces: [String: String]
  let parameters: [String: ResolvedParameter]
  let evaluator: XPathEvaluator
  let elements: [XMLNode]
  let paths = XMLPathBuilder()
  /// A test's injected fast-path defect, to prove the differential finds it.
  let fault: FastPathFault?

  /// Prepares `document` with `standard`'s namespaces, functions and parameters under `profile`.
  public init(document: XMLDocument, standard: Standard, profile: Profile) {
    self.init(document: document, standard: standard, profile: profile, fault: nil)
  }

  init(document: XMLDocument, standard: Standard, profile: Profile, fault: FastPathFault?) {
    self.fault = fault
    namespaces = standard.namespaces
    parameters = standard.parameters.compactMapValues { $0.resolved(for: profile) }
    // As `Validator.makeEvaluator`, without building a validator per document.
    evaluator = XPathEvaluator(document: document, namespaces: standard.namespaces)
    evaluator.operationLimit = Limits().maxXPathOperations
    ShanshuiFunctions.register(in: evaluator)
    for (id, parameter) in parameters { evaluator.setVariable(id, to: parameter.number) }
    var elements: [XMLNode] = []
    if let root = document.root { Self.collect(root, into: &elements) }
    self.elements = elements
  }

  /// The elements of the document, at each of which a test is decided.
  public var elementCount: Int { elements.count }

  /// The disagreements on `test` (one line each: node, both verdicts), or `nil` when the fast path leaves the test to
  /// libxml2 (outside its grammar, or reading a parameter without a value).
  public func condition(_ test: String) -> [String]? {
    guard let condition = ContextPath.condition(test, namespaces: namespaces, fault: fault),
      condition.parameterIDs.allSatisfy({ parameters[$0] != nil })
    else { return nil }
    let expression: XPathExpression
    do {
      expression = try XPathExpression(test)
    } catch {
      return ["\(test): the fast path accepts it, libxml2 does not compile it (\(error.message))"]
    }
    var differences: [String] = []
    for node in elements {
      let fast = condition.holds(at: node, parameters: parameters)
      do {
        let libxml2 = try evaluator.evaluate(expression, at: node).booleanValue
        if fast != libxml2 {
          differences.append("\(test) at \(paths.path(of: node)): fast path \(fast), libxml2 \(libxml2)")
        }
      } catch {
        differences.append("\(test) at \(paths.path(of: node)): fast path \(fast), libxml2 fails (\(error.message))")
      }
    }
    return differences
  }

  /// The disagreement on the nodes the absolute `path` selects, or `nil` when the fast path leaves it to libxml2.
  public func context(_ path: String) -> [String]? {
    guard let fast = ContextPath(path, namespaces: namespaces), let root = elements.first else { return nil }
    var selected = fast.select(root: root)
    if fault == .dropLastContextNode, !selected.isEmpty { selected.removeLast() }
    do {
      let expected = try evaluator.evaluate(XPathExpression(path)).nodes
      guard selected.map(\.identity) != expected.map(\.identity) else { return [] }
      return [
        "\(path): fast path \(selected.map { paths.path(of: $0) }), libxml2 \(expected.map { paths.path(of: $0) })"
      ]
    } catch {
      return ["\(path): the fast path selects \(selected.count) nodes, libxml2 fails (\(error.message))"]
    }
  }

  private static func collect(_ node: XMLNode, into elements: inout [XMLNode]) {
    elements.append(node)
    node.forEachChildElement { collect($0, into: &elements) }
  }
}
