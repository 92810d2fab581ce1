import ShanshuiXML

/// XPath extension functions in the `ss` namespace (`urn:shanshui:functions:1`).
enum ShanshuiFunctions {
  /// The local names of the functions in the `ss` namespace.
  static let names: Set<String> = ["quantity"]

  static func register(in evaluator: XPathEvaluator) {
    evaluator.register(function: "quantity", namespace: Namespaces.functions, quantity)
  }

  /// `ss:quantity(nodes, 'unit')`: the sum of the nodes' quantities, each converted from its own `@unit`; NaN when
  /// one has no unit, an unknown one or a non-numeric value.
  static func quantity(_ arguments: [XPathValue]) -> XPathValue? {
    guard arguments.count == 2, case .string(let unitID) = arguments[1], let target = QuantityUnit.named(unitID) else {
      return nil
    }
    guard case .nodes(let nodes) = arguments[0] else { return nil }
    var total = 0.0
    for node in nodes {
      let quantity = Quantity(node, fallback: nil)
      guard let value = quantity.value, let unit = quantity.unit, let converted = unit.convert(value, to: target) else {
        return .number(.nan)
      }
      total += converted
    }
    return .number(total)
  }
}
