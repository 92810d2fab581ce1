/// The result of an XPath evaluation.
///
/// Node results are `XMLNode` values, which keep their document alive; all other results are plain Swift values.
public enum XPathValue {
  case nodes([XMLNode])
  case boolean(Bool)
  case number(Double)
  case string(String)

  /// The XPath 1.0 `boolean()` of the value.
  public var booleanValue: Bool {
    switch self {
    case .nodes(let nodes): return !nodes.isEmpty
    case .boolean(let value): return value
    case .number(let value): return value != 0 && !value.isNaN
    case .string(let value): return !value.isEmpty
    }
  }

  /// The nodes of a node-set result; empty for any other type.
  public var nodes: [XMLNode] {
    if case .nodes(let nodes) = self { return nodes }
    return []
  }
}
