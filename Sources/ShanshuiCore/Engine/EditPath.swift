import ShanshuiXML

/// A simple path from the submission root whose element steps may carry a 1-based position: `units/unit[2]/area`.
/// Used only by rule examples to say which node of the base submission to edit.
public struct EditPath: Sendable, Hashable, CustomStringConvertible {
  struct Step: Sendable, Hashable {
    var name: XMLName
    var position: Int?
  }

  let steps: [Step]
  let attribute: XMLName?
  /// The attribute's plain name, for adding one that is absent.
  let attributeName: String?
  public let description: String

  public init?(_ text: String) {
    description = text.trimmed
    // Split and searched as UTF-8: `/`, `[` and `]` are ASCII, and the grapheme breaking of a `String` split was
    // most of the cost of reading the bundled standard's 954 example paths at every start-up.
    var parts = description.utf8.split(separator: UInt8(ascii: "/"), omittingEmptySubsequences: false).map {
      String(Substring($0))
    }
    if description == "." { parts = [] }
    var attribute: String?
    if let last = parts.last, last.hasPrefix("@") {
      attribute = String(last.dropFirst())
      parts.removeLast()
    }
    var steps: [Step] = []
    for part in parts {
      var name = part
      var position: Int?
      let bytes = part.utf8
      if let open = bytes.firstIndex(of: UInt8(ascii: "[")), bytes.last == UInt8(ascii: "]") {
        name = String(Substring(bytes[..<open]))
        let digits = Substring(bytes[bytes.index(after: open)..<bytes.index(before: bytes.endIndex)])
        guard let value = Int(digits), value > 0 else { return nil }
        position = value
      }
      guard name.isXMLName else { return nil }
      steps.append(Step(name: XMLName(name, namespace: Namespaces.submission), position: position))
    }
    if let attribute, !attribute.isXMLName { return nil }
    self.steps = steps
    self.attribute = attribute.map { XMLName($0) }
    attributeName = attribute
  }

  /// Whether the path selects the root element itself (`.`).
  var isRoot: Bool { steps.isEmpty && attribute == nil }

  /// The elements the element steps select from `root`.
  func selectElements(from root: XMLNode) -> [XMLNode] {
    var current = [root]
    for step in steps {
      current = current.flatMap { node -> [XMLNode] in
        let children = node.children(named: step.name)
        guard let position = step.position else { return children }
        return position <= children.count ? [children[position - 1]] : []
      }
    }
    return current
  }
}
