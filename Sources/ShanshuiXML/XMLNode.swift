internal import CLibXML2

/// A node of an `XMLDocument`: an element, an attribute, or text.
///
/// Holds a strong reference to its document, so a node stays valid for as long as it exists.
public struct XMLNode {
  /// What kind of node this is.
  public enum Kind: Sendable { case element, attribute, text, other }

  let raw: xmlNodePtr
  /// The document that owns this node.
  public let document: XMLDocument

  init(_ raw: xmlNodePtr, in document: XMLDocument) {
    self.raw = raw
    self.document = document
  }

  public var kind: Kind {
    switch raw.pointee.type {
    case XML_ELEMENT_NODE: return .element
    case XML_ATTRIBUTE_NODE: return .attribute
    case XML_TEXT_NODE, XML_CDATA_SECTION_NODE: return .text
    default: return .other
    }
  }

  /// The local name (without prefix).
  public var localName: String { LibXML.string(raw.pointee.name) ?? "" }

  /// The namespace URI, if the node is in a namespace.
  public var namespaceURI: String? { LibXML.string(raw.pointee.ns?.pointee.href) }

  /// The 1-based line of the node (of its owner element, for an attribute); 0 if unknown.
  public var line: Int {
    // xmlGetLineNo answers -1 for nodes without a line (the document node).
    if raw.pointee.type == XML_ATTRIBUTE_NODE, let parent = raw.pointee.parent {
      return document.line(ofElement: parent)
    }
    if raw.pointee.type == XML_ELEMENT_NODE { return document.line(ofElement: raw) }
    return max(0, Int(xmlGetLineNo(raw)))
  }

  /// The XPath string value: the concatenated text of an element, the value of an attribute.
  public var stringValue: String {
    // An element or attribute holding one text node (almost every value in a submission) is read in place;
    // anything else (mixed content, entity references, CDATA) goes through libxml2's full concatenation.
    if let text = Self.singleText(raw) { return text }
    return LibXML.consume(xmlNodeGetContent(raw)) ?? ""
  }

  /// The text of `node` when it is a text node, or an element or attribute whose only child is one; else `nil`.
  private static func singleText(_ node: xmlNodePtr) -> String? {
    switch node.pointee.type {
    case XML_TEXT_NODE: return LibXML.string(node.pointee.content) ?? ""
    case XML_ELEMENT_NODE, XML_ATTRIBUTE_NODE:
      guard let child = node.pointee.children else { return "" }
      guard child.pointee.next == nil, child.pointee.type == XML_TEXT_NODE else { return nil }
      return LibXML.string(child.pointee.content) ?? ""
    default: return nil
    }
  }

  /// The parent element (the owner element, for an attribute).
  public var parent: XMLNode? {
    guard let parent = raw.pointee.parent, parent.pointee.type == XML_ELEMENT_NODE else { return nil }
    return XMLNode(parent, in: document)
  }

  /// The value of the attribute `name` that has no namespace.
  public func attribute(_ name: String) -> String? {
    guard raw.pointee.type == XML_ELEMENT_NODE else { return nil }
    // Read in place (the name converted to C once, not once per attribute compared). An attribute with a plain
    // value is returned directly; an absent one can only come from a DTD default, which libxml2 looks up when the
    // document has an internal subset (xmlGetPropNodeInternal), as it does here.
    return name.withCString { cName -> String? in
      let target = UnsafeRawPointer(cName).assumingMemoryBound(to: xmlChar.self)
      var attribute = raw.pointee.properties
      while let current = attribute {
        if current.pointee.ns == nil, let local = current.pointee.name, xmlStrEqual(local, target) != 0 {
          let node = UnsafeMutableRawPointer(current).assumingMemoryBound(to: xmlNode.self)
          return Self.singleText(node) ?? LibXML.consume(xmlGetNoNsProp(raw, target))
        }
        attribute = current.pointee.next
      }
      guard raw.pointee.doc?.pointee.intSubset != nil else { return nil }
      return LibXML.consume(xmlGetNoNsProp(raw, target))
    }
  }

  /// The attribute node `name` (no namespace), if present.
  public func attributeNode(_ name: XMLName) -> XMLNode? {
    guard raw.pointee.type == XML_ELEMENT_NODE else { return nil }
    var attribute = raw.pointee.properties
    while let current = attribute {
      if current.pointee.ns == nil, name.matchesLocalName(current.pointee.name) {
        return XMLNode(UnsafeMutableRawPointer(current).assumingMemoryBound(to: xmlNode.self), in: document)
      }
      attribute = current.pointee.next
    }
    return nil
  }

  /// The child elements, in document order.
  public var childElements: [XMLNode] { children { _ in true } }

  /// The child elements whose name is `name`, in document order.
  public func children(named name: XMLName) -> [XMLNode] {
    children { name.matches($0) }
  }

  /// Whether the node is an element named `name`.
  public func isElement(named name: XMLName) -> Bool {
    raw.pointee.type == XML_ELEMENT_NODE && name.matches(raw)
  }

  /// Calls `body` with each child element whose name is `name`, in document order, without building a list.
  public func forEachChild(named name: XMLName, _ body: (XMLNode) throws -> Void) rethrows {
    var child = raw.pointee.children
    while let current = child {
      if current.pointee.type == XML_ELEMENT_NODE, name.matches(current) { try body(XMLNode(current, in: document)) }
      child = current.pointee.next
    }
  }

  /// Calls `body` with each child element, in document order, without building a list.
  public func forEachChildElement(_ body: (XMLNode) throws -> Void) rethrows {
    var child = raw.pointee.children
    while let current = child {
      if current.pointee.type == XML_ELEMENT_NODE { try body(XMLNode(current, in: document)) }
      child = current.pointee.next
    }
  }

  /// The first child element whose name is `name`.
  public func firstChild(named name: XMLName) -> XMLNode? {
    var child = raw.pointee.children
    while let current = child {
      if current.pointee.type == XML_ELEMENT_NODE, name.matches(current) { return XMLNode(current, in: document) }
      child = current.pointee.next
    }
    return nil
  }

  private func children(where predicate: (xmlNodePtr) -> Bool) -> [XMLNode] {
    var result: [XMLNode] = []
    var child = raw.pointee.children
    while let current = child {
      if current.pointee.type == XML_ELEMENT_NODE, predicate(current) { result.append(XMLNode(current, in: document)) }
      child = current.pointee.next
    }
    return result
  }

  /// The nearest ancestor-or-self element named `name`.
  public func ancestorOrSelf(named name: XMLName) -> XMLNode? {
    var node: xmlNodePtr? = raw.pointee.type == XML_ATTRIBUTE_NODE ? raw.pointee.parent : raw
    while let current = node, current.pointee.type == XML_ELEMENT_NODE {
      if name.matches(current) { return XMLNode(current, in: document) }
      node = current.pointee.parent
    }
    return nil
  }

  /// Whether two values denote the same node.
  public func isSameNode(as other: XMLNode) -> Bool { raw == other.raw }

  /// An opaque key that is equal for values denoting the same node of one document (for grouping work by node).
  public var identity: Identity { Identity(address: Int(bitPattern: raw)) }

  /// See `identity`; meaningless across documents, and once the document is gone.
  public struct Identity: Hashable, Sendable {
    let address: Int
  }
}
