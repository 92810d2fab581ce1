internal import CLibXML2

extension XMLNode {
  /// Every attribute node of an element, in document order, whatever its namespace (empty for other nodes): for
  /// readers that must refuse attributes they do not know, such as an `xlink:href` in GML.
  public var attributeNodes: [XMLNode] {
    guard raw.pointee.type == XML_ELEMENT_NODE else { return [] }
    var result: [XMLNode] = []
    var attribute = raw.pointee.properties
    while let current = attribute {
      result.append(XMLNode(UnsafeMutableRawPointer(current).assumingMemoryBound(to: xmlNode.self), in: document))
      attribute = current.pointee.next
    }
    return result
  }

  /// The prefix the node's name was written with (`gml` in `gml:Polygon`), if any.
  public var prefix: String? { LibXML.string(raw.pointee.ns?.pointee.prefix) }
}
