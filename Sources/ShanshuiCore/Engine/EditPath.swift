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
    var parts = description.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
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
      if let open = part.firstIndex(of: "["), part.hasSuffix("]") {
        name = String(part[..<open])
        guard let value = Int(part[part.index(after: open)..<part.index(before: part.endIndex)]), value > 0 else {
          return nil
        }
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
