internal import CLibXML2

/// Small in-place edits, used to derive rule examples from a base submission.
extension XMLNode {
  /// Sets the value of an attribute node, or replaces the text of an element.
  public func setValue(_ value: String) {
    switch raw.pointee.type {
    case XML_ATTRIBUTE_NODE:
      guard let owner = raw.pointee.parent else { return }
      xmlSetProp(owner, raw.pointee.name, value)
    case XML_ELEMENT_NODE:
      // xmlNodeSetContent parses entity references; encode first so the text is taken literally.
      let encoded = LibXML.consume(xmlEncodeSpecialChars(raw.pointee.doc, value)) ?? ""
      xmlNodeSetContent(raw, encoded)
    default:
      break
    }
  }

  /// Sets (or adds) the attribute `name` (no namespace) on this element.
  public func setAttribute(_ name: String, to value: String) {
    guard raw.pointee.type == XML_ELEMENT_NODE else { return }
    xmlSetProp(raw, name, value)
  }

  /// Removes the node from its document and frees it. The value must not be used afterwards.
  public func remove() {
    if raw.pointee.type == XML_ATTRIBUTE_NODE {
      let attribute = UnsafeMutableRawPointer(raw).assumingMemoryBound(to: xmlAttr.self)
      xmlRemoveProp(attribute)
      return
    }
    xmlUnlinkNode(raw)
    xmlFreeNode(raw)
  }

  /// Appends a deep copy of `element` (from any document) as the last child of this element.
  public func appendCopy(of element: XMLNode) {
    guard let copy = xmlDocCopyNode(element.raw, raw.pointee.doc, 1) else { return }
    xmlAddChild(raw, copy)
    xmlReconciliateNs(raw.pointee.doc, copy)
  }

  /// Replaces this element with a deep copy of `element` (from any document).
  public func replace(withCopyOf element: XMLNode) {
    guard let copy = xmlDocCopyNode(element.raw, raw.pointee.doc, 1) else { return }
    xmlAddPrevSibling(raw, copy)
    xmlReconciliateNs(raw.pointee.doc, copy)
    xmlUnlinkNode(raw)
    xmlFreeNode(raw)
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
