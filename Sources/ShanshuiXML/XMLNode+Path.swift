internal import CLibXML2

extension XMLNode {
  /// A readable XPath to the node from the root, by local name, with a position only where siblings share a name:
  /// `/submission/units/unit[2]/area`, `/submission/investment/@total`.
  public var path: String {
    var steps: [String] = []
    var node: xmlNodePtr? = raw
    while let current = node {
      switch current.pointee.type {
      case XML_ATTRIBUTE_NODE:
        steps.append("@" + (LibXML.string(current.pointee.name) ?? ""))
      case XML_ELEMENT_NODE:
        steps.append(Self.step(for: current))
      case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
        steps.append("text()")
      default:
        break
      }
      node = current.pointee.parent
      if node?.pointee.type == XML_DOCUMENT_NODE { break }
    }
    return "/" + steps.reversed().joined(separator: "/")
  }

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

  private static func step(for element: xmlNodePtr) -> String {
    let name = LibXML.string(element.pointee.name) ?? ""
    var index = 1
    var total = 1
    var sibling = element.pointee.prev
    while let current = sibling {
      if current.pointee.type == XML_ELEMENT_NODE, xmlStrEqual(current.pointee.name, element.pointee.name) != 0 {
        index += 1
        total += 1
      }
      sibling = current.pointee.prev
    }
    sibling = element.pointee.next
    while let current = sibling {
      if current.pointee.type == XML_ELEMENT_NODE, xmlStrEqual(current.pointee.name, element.pointee.name) != 0 {
        total += 1
      }
      sibling = current.pointee.next
    }
    return total > 1 ? "\(name)[\(index)]" : name
  }
}
