internal import CLibXML2

extension XMLNode {
  /// A readable XPath to the node from the root, by local name, with a position only where siblings share a name:
  /// `/submission/units/unit[2]/area`, `/submission/investment/@total`.
  ///
  /// For the paths of many nodes of one document, use one `XMLPathBuilder`: it counts each parent's children once.
  public var path: String { XMLPathBuilder().path(of: self) }

  /// The path of the nearest ancestor-or-self element with an `id` attribute, followed by the name-only steps below it:
  /// stable under insertions elsewhere in the file (`unit[@id='U3']/area`), unlike positions or line numbers.
  public var anchoredPath: String {
    var steps: [String] = []
    var node: xmlNodePtr? = raw
    while let current = node, current.pointee.type != XML_DOCUMENT_NODE {
      let name = LibXML.string(current.pointee.name) ?? ""
      if current.pointee.type == XML_ATTRIBUTE_NODE {
        steps.append("@" + name)
      } else if current.pointee.type == XML_ELEMENT_NODE {
        if let id = LibXML.consume(xmlGetNoNsProp(current, "id")) {
          steps.append("\(name)[@id='\(id)']")
          return steps.reversed().joined(separator: "/")
        }
        steps.append(name)
      }
      node = current.pointee.parent
    }
    return "/" + steps.reversed().joined(separator: "/")
  }
}

/// Builds readable paths for many nodes of one document. Sibling positions are computed once per parent, so a
/// thousand findings among a thousand siblings cost a thousand steps, not a million.
///
/// With `namingByID`, an element with an `id` attribute that no same-named sibling shares is named by it rather than
/// by its position (`unit[@id='CQ-U1']`, not `unit[1]`): a submitter finds it by the id they wrote, and the step stays
/// an XPath that selects the same node. Elements named in `identifiedByID` are named so even without a sibling.
public final class XMLPathBuilder {
  private struct Position {
    var index: Int
    var total: Int
    /// The element's `id`, when it is unique among its same-named siblings and can be quoted.
    var id: String?
  }

  private var positions: [UnsafeMutableRawPointer: Position] = [:]
  private var indexedParents: Set<UnsafeMutableRawPointer> = []
  private let namingByID: Bool
  private let identifiedByID: Set<String>

  /// Positions only (`unit[2]`) by default; `namingByID`: ids where they tell siblings apart, and always for the
  /// local names in `identifiedByID`.
  public init(namingByID: Bool = false, identifiedByID: Set<String> = []) {
    self.namingByID = namingByID
    self.identifiedByID = namingByID ? identifiedByID : []
  }

  /// The node's path from the root: `/submission/units/unit[2]/area` (`unit[@id='U2']` when naming by id).
  public func path(of node: XMLNode) -> String {
    var steps: [String] = []
    var current: xmlNodePtr? = node.raw
    while let item = current, item.pointee.type != XML_DOCUMENT_NODE {
      switch item.pointee.type {
      case XML_ATTRIBUTE_NODE: steps.append("@" + (LibXML.string(item.pointee.name) ?? ""))
      case XML_ELEMENT_NODE: steps.append(step(for: item))
      case XML_TEXT_NODE, XML_CDATA_SECTION_NODE: steps.append("text()")
      default: break
      }
      current = item.pointee.parent
    }
    return "/" + steps.reversed().joined(separator: "/")
  }

  private func step(for element: xmlNodePtr) -> String {
    let name = LibXML.string(element.pointee.name) ?? ""
    if let parent = element.pointee.parent {
      index(children: parent)
    }
    guard let position = positions[UnsafeMutableRawPointer(element)] else { return name }
    if namingByID, let id = position.id, position.total > 1 || identifiedByID.contains(name) {
      return "\(name)[@id=\(id)]"
    }
    guard position.total > 1 else { return name }
    return "\(name)[\(position.index)]"
  }

  private func index(children parent: xmlNodePtr) {
    let key = UnsafeMutableRawPointer(parent)
    guard indexedParents.insert(key).inserted else { return }
    var counts: [String: Int] = [:]
    var idCounts: [String: Int] = [:]
    var children: [(UnsafeMutableRawPointer, String, String?)] = []
    var child = parent.pointee.children
    while let current = child {
      if current.pointee.type == XML_ELEMENT_NODE {
        let name = LibXML.string(current.pointee.name) ?? ""
        let id = LibXML.consume(xmlGetNoNsProp(current, "id"))
        counts[name, default: 0] += 1
        if let id { idCounts[name + "\u{0}" + id, default: 0] += 1 }
        positions[UnsafeMutableRawPointer(current)] = Position(index: counts[name, default: 1], total: 0)
        children.append((UnsafeMutableRawPointer(current), name, id))
      }
      child = current.pointee.next
    }
    for (pointer, name, id) in children {
      positions[pointer]?.total = counts[name] ?? 1
      if let id, idCounts[name + "\u{0}" + id] == 1 { positions[pointer]?.id = Self.literal(id) }
    }
  }

  /// `id` as an XPath 1.0 string literal, or `nil` when it holds both kinds of quote (XPath 1.0 has no escape).
  private static func literal(_ id: String) -> String? {
    if !id.contains("'") { return "'\(id)'" }
    if !id.contains("\"") { return "\"\(id)\"" }
    return nil
  }
}
