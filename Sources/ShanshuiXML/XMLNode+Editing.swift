internal import CLibXML2

/// Small in-place edits, used to derive rule examples from a base submission.
///
/// No edit frees a node: whatever an edit takes out of the tree (a removed or replaced node, an element's old
/// content) is unlinked and kept by the document until the document is freed (`XMLDocument.detach`). Every `XMLNode`
/// holds its document, so a copy of a node taken before an edit still reads valid memory afterwards: the node as it
/// was, outside the tree.
extension XMLNode {
  /// Sets the value of an attribute node, or replaces the text of an element.
  public func setValue(_ value: String) {
    switch raw.pointee.type {
    case XML_ATTRIBUTE_NODE:
      guard let owner = raw.pointee.parent else { return }
      // Replaces only the attribute's text children, which no `XMLNode` ever points to; the attribute node stays.
      xmlSetProp(owner, raw.pointee.name, value)
    case XML_ELEMENT_NODE:
      // The old children are detached, not freed (xmlNodeSetContent would free them under any node that reads them).
      while let child = raw.pointee.children { document.detach(child) }
      // Taken literally: xmlNodeAddContent makes one text node and parses no entity reference.
      xmlNodeAddContent(raw, value)
    default:
      break
    }
  }

  /// Sets (or adds) the attribute `name` (no namespace) on this element.
  public func setAttribute(_ name: String, to value: String) {
    guard raw.pointee.type == XML_ELEMENT_NODE else { return }
    xmlSetProp(raw, name, value)
  }

  /// Takes the node (with its subtree) out of the document. This value and its copies stay valid: they read the
  /// node as it was, outside the tree, until the document is freed.
  public func remove() {
    document.detach(raw)
  }

  /// Appends a deep copy of `element` (from any document) as the last child of this element.
  public func appendCopy(of element: XMLNode) {
    guard let copy = xmlDocCopyNode(element.raw, raw.pointee.doc, 1) else { return }
    xmlAddChild(raw, copy)
    xmlReconciliateNs(raw.pointee.doc, copy)
  }

  /// Replaces this element with a deep copy of `element` (from any document); this element is taken out as by
  /// `remove()`. Does nothing to a node outside the tree.
  public func replace(withCopyOf element: XMLNode) {
    guard raw.pointee.parent != nil, let copy = xmlDocCopyNode(element.raw, raw.pointee.doc, 1) else { return }
    xmlAddPrevSibling(raw, copy)
    xmlReconciliateNs(raw.pointee.doc, copy)
    document.detach(raw)
  }
}

extension XMLNode {
  /// This element as a complete document of its own (namespaces it uses declared on it), as UTF-8 bytes.
  public func standaloneDocumentBytes() -> [UInt8] {
    guard raw.pointee.type == XML_ELEMENT_NODE, let document = xmlNewDoc("1.0") else { return [] }
    defer { xmlFreeDoc(document) }
    guard let copy = xmlDocCopyNode(raw, document, 1) else { return [] }
    xmlDocSetRootElement(document, copy)
    xmlReconciliateNs(document, copy)
    return XMLDocument.serialize(document)
  }
}
