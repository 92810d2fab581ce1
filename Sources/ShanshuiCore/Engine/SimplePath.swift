import ShanshuiXML

/// A path of child-element steps and at most one final attribute step, read by direct tree access (no XPath).
///
/// `investment/total`, `source/@kind`, `@mode`, `.`. Element steps are in the submission namespace.
public struct SimplePath: Sendable, Hashable, CustomStringConvertible {
  public let elements: [XMLName]
  public let attribute: XMLName?
  public let description: String

  /// Parses `text`; `nil` when it is not a simple path.
  public init?(_ text: String) {
    let trimmed = text.trimmed
    description = trimmed
    if trimmed == "." {
      elements = []
      attribute = nil
      return
    }
    var steps = trimmed.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
    var attribute: XMLName?
    if let last = steps.last, last.hasPrefix("@") {
      let name = String(last.dropFirst())
      guard name.isXMLName else { return nil }
      attribute = XMLName(name)
      steps.removeLast()
    }
    guard steps.allSatisfy({ $0.isXMLName }) else { return nil }
    elements = steps.map { XMLName($0, namespace: Namespaces.submission) }
    self.attribute = attribute
  }

  /// The nodes the path selects from `node`, in document order.
  public func select(from node: XMLNode) -> [XMLNode] {
    var selected: [XMLNode] = []
    forEach(from: node) { selected.append($0) }
    return selected
  }

  /// Calls `body` with each node the path selects from `node`, in document order, building no intermediate lists
  /// (a path like `units/unit/subproject/budget` on a large submission would otherwise build one per step).
  public func forEach(from node: XMLNode, _ body: (XMLNode) throws -> Void) rethrows {
    try visit(node, step: 0, body)
  }

  private func visit(_ node: XMLNode, step: Int, _ body: (XMLNode) throws -> Void) rethrows {
    guard step < elements.count else {
      if let attribute {
        if let selected = node.attributeNode(attribute) { try body(selected) }
      } else {
        try body(node)
      }
      return
    }
    try node.forEachChild(named: elements[step]) { try visit($0, step: step + 1, body) }
  }

  /// The deepest node along the path's first branch that exists: `node` when the first step is missing, the element
  /// that lacks the next step otherwise, the target itself when it exists (empty). Where a missing target is added.
  func deepestPresent(from node: XMLNode) -> XMLNode {
    var current = node
    for step in elements {
      guard let child = current.firstChild(named: step) else { return current }
      current = child
    }
    if let attribute, let present = current.attributeNode(attribute) { return present }
    return current
  }

  /// The first node the path selects, without building the whole list.
  public func first(from node: XMLNode) -> XMLNode? {
    if elements.count <= 1 {
      var current = node
      if let step = elements.first {
        guard let child = node.firstChild(named: step) else { return nil }
        current = child
      }
      guard let attribute else { return current }
      return current.attributeNode(attribute)
    }
    return select(from: node).first
  }
}

extension String {
  /// Whether the string is an XML NCName made of ASCII letters, digits, `_`, `-` and `.`.
  var isXMLName: Bool {
    guard let first = unicodeScalars.first, Self.isNameStart(first) else { return false }
    return unicodeScalars.allSatisfy {
      Self.isNameStart($0) || ("0"..."9").contains($0) || $0 == "-" || $0 == "."
    }
  }

  /// A letter or `_`. ASCII is settled without the Unicode property lookup, which was most of the cost of reading
  /// the bundled standard's example paths at start-up.
  private static func isNameStart(_ scalar: Unicode.Scalar) -> Bool {
    guard scalar.isASCII else { return scalar.properties.isAlphabetic }
    return ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || scalar == "_"
  }

  var trimmed: String {
    // Most values read from a submission have nothing to trim: an ASCII non-space at both ends settles it without
    // the Unicode property lookups of `Character.isWhitespace` (a hot path when checking large files).
    if let first = utf8.first, let last = utf8.last, first < 0x80, last < 0x80,
      !Self.isASCIIWhitespace(first), !Self.isASCIIWhitespace(last)
    {
      return self
    }
    var slice = Substring(self)
    while let first = slice.first, first.isWhitespace { slice = slice.dropFirst() }
    while let last = slice.last, last.isWhitespace { slice = slice.dropLast() }
    return String(slice)
  }

  /// The ASCII characters `Character.isWhitespace` accepts: tab, line feed, vertical tab, form feed, carriage
  /// return, space.
  private static func isASCIIWhitespace(_ byte: UInt8) -> Bool { byte == 0x20 || (0x09...0x0D).contains(byte) }
}
