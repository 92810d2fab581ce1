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

/// What reports need of a node, copied out of libxml2: a plain value that holds no reference to the document.
public struct XMLNodeInfo: Sendable, Hashable, Codable {
  public var localName: String
  public var line: Int
  public var path: String
  public var stringValue: String
}

extension XMLNode {
  /// Copies the node's name, line, path and string value.
  public var info: XMLNodeInfo {
    XMLNodeInfo(localName: localName, line: line, path: path, stringValue: stringValue)
  }
}
