internal import CLibXML2

extension XMLNode {
  /// The element before this node among its parent's children, if any (text and comments are skipped): a step back
  /// in constant time, where a parent's `childElements` would list them all.
  public var previousElementSibling: XMLNode? {
    var sibling = raw.pointee.prev
    while let current = sibling {
      if current.pointee.type == XML_ELEMENT_NODE { return XMLNode(current, in: document) }
      sibling = current.pointee.prev
    }
    return nil
  }
}
