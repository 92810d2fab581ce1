internal import CLibXML2

extension XMLNode {
  /// The first child element, if any (text and comments are skipped).
  public var firstChildElement: XMLNode? {
    var child = raw.pointee.children
    while let current = child {
      if current.pointee.type == XML_ELEMENT_NODE { return XMLNode(current, in: document) }
      child = current.pointee.next
    }
    return nil
  }

  /// The element after this node among its parent's children, if any: a step forward in constant time.
  public var nextElementSibling: XMLNode? {
    var sibling = raw.pointee.next
    while let current = sibling {
      if current.pointee.type == XML_ELEMENT_NODE { return XMLNode(current, in: document) }
      sibling = current.pointee.next
    }
    return nil
  }

  /// The next element in document order (pre-order: a first child, else the next sibling of this element or of its
  /// nearest ancestor that has one), or nil at the end of the document.
  public var followingElement: XMLNode? {
    if let child = firstChildElement { return child }
    var node: XMLNode? = self
    while let current = node {
      if let sibling = current.nextElementSibling { return sibling }
      node = current.parent
    }
    return nil
  }
}
