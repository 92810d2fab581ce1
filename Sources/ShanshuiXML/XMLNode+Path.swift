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
public final class XMLPathBuilder {
  private struct Position {
    var index: Int
    var total: Int
  }

  private var positions: [UnsafeMutableRawPointer: Position] = [:]
  private var indexedParents: Set<UnsafeMutableRawPointer> = []

  public init() {}

  /// The node's path from the root: `/submission/units/unit[2]/area`.
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
    guard let position = positions[UnsafeMutableRawPointer(element)], position.total > 1 else { return name }
    return "\(name)[\(position.index)]"
  }

  private func index(children parent: xmlNodePtr) {
    let key = UnsafeMutableRawPointer(parent)
    guard indexedParents.insert(key).inserted else { return }
    var counts: [String: Int] = [:]
    var children: [(UnsafeMutableRawPointer, String)] = []
    var child = parent.pointee.children
    while let current = child {
      if current.pointee.type == XML_ELEMENT_NODE {
        let name = LibXML.string(current.pointee.name) ?? ""
        counts[name, default: 0] += 1
        positions[UnsafeMutableRawPointer(current)] = Position(index: counts[name]!, total: 0)
        children.append((UnsafeMutableRawPointer(current), name))
      }
      child = current.pointee.next
    }
    for (pointer, name) in children { positions[pointer]?.total = counts[name] ?? 1 }
  }
}
