internal import CLibXML2

/// One problem that libxml2 reported, copied into a Swift value.
public struct XMLDiagnostic: Sendable, Hashable, Codable {
  /// How serious libxml2 considers the problem.
  public enum Level: String, Sendable, Codable { case warning, error, fatal }

  public var level: Level
  /// libxml2's error domain (parser, namespace, schemas, XPath, …) as a number.
  public var domain: Int
  /// libxml2's error code (`xmlParserErrors`).
  public var code: Int
  /// 1-based line, or 0 when libxml2 knows none.
  public var line: Int
  /// 1-based column, or 0 when libxml2 knows none (element nodes carry no column).
  public var column: Int
  /// The message without its trailing newline.
  public var message: String
  /// libxml2's extra strings (`str1`…`str3`: for a schema error, the offending value or a type's name; for a parser
  /// error, an element or entity name), as libxml2 filled them.
  public var strings: [String?] = [nil, nil, nil]
  /// libxml2's extra number (`int1`; for a parser error, often a line or a character).
  public var number: Int = 0
  /// The node the error is about (schema validation sets it; parser errors mostly do not), copied out.
  public var node: NodeFacts?

  /// What a diagnostic says about its node, as Swift values (no pointer escapes the error handler).
  public struct NodeFacts: Sendable, Hashable, Codable {
    /// The element's or attribute's local name.
    public var name: String
    /// True when the node is an attribute.
    public var isAttribute: Bool
    /// The node's namespace URI, if any.
    public var namespaceURI: String?
    /// The local name of the parent element (the owner element, for an attribute), if any.
    public var parentName: String?
    /// The node's text content (an attribute's value, a leaf element's text), at most 200 characters.
    public var value: String?
    /// The local names of the element's child elements, in order (for an attribute: none).
    public var childNames: [String]
    /// An element's attributes without namespace, by name (values of at most 200 characters): libxml2 2.9 reports
    /// an attribute's error on its owner element, naming the attribute only in the message.
    public var attributes: [String: String]
    /// libxml2's path of the node (`/s:submission/s:units/s:unit[2]/s:area`), when it can make one.
    public var path: String?

    public init(
      name: String, isAttribute: Bool, namespaceURI: String? = nil, parentName: String?, value: String?,
      childNames: [String], attributes: [String: String] = [:], path: String?
    ) {
      self.attributes = attributes
      self.name = name
      self.namespaceURI = namespaceURI
      self.isAttribute = isAttribute
      self.parentName = parentName
      self.value = value
      self.childNames = childNames
      self.path = path
    }
  }

  public init(level: Level, domain: Int, code: Int, line: Int, column: Int, message: String) {
    self.level = level
    self.domain = domain
    self.code = code
    self.line = line
    self.column = column
    self.message = message
  }

  init(_ error: xmlError) {
    switch error.level {
    case XML_ERR_WARNING: level = .warning
    case XML_ERR_FATAL: level = .fatal
    default: level = .error
    }
    domain = Int(error.domain)
    code = Int(error.code)
    line = Int(error.line)
    column = Int(error.int2)
    let text = error.message.map { String(cString: $0) } ?? XPathErrorText.describe(code: Int(error.code))
    message = text.trimmingCharacters(in: .whitespacesAndNewlines)
    strings = [error.str1, error.str2, error.str3].map { $0.map { String(cString: $0) } }
    number = Int(error.int1)
    // Only schema validation hands over a tree node; other domains' `node` may be a parser context or NULL.
    if error.domain == Int32(XML_FROM_SCHEMASV.rawValue), let raw = error.node {
      node = NodeFacts(raw.assumingMemoryBound(to: xmlNode.self))
    }
  }
}

extension XMLDiagnostic.NodeFacts {
  /// Copies what the rewriting of messages needs from an element or attribute node; nil for other nodes.
  init?(_ node: xmlNodePtr) {
    let type = node.pointee.type
    guard type == XML_ELEMENT_NODE || type == XML_ATTRIBUTE_NODE, let name = LibXML.string(node.pointee.name) else {
      return nil
    }
    let parent = node.pointee.parent
    let parentName = parent.flatMap { $0.pointee.type == XML_ELEMENT_NODE ? LibXML.string($0.pointee.name) : nil }
    var children: [String] = []
    var hasElementChild = false
    if type == XML_ELEMENT_NODE {
      var child = node.pointee.children
      while let current = child, children.count < 100 {
        if current.pointee.type == XML_ELEMENT_NODE, let childName = LibXML.string(current.pointee.name) {
          children.append(childName)
          hasElementChild = true
        }
        child = current.pointee.next
      }
    }
    var attributes: [String: String] = [:]
    var attribute = type == XML_ELEMENT_NODE ? node.pointee.properties : nil
    while let current = attribute, attributes.count < 50 {
      if current.pointee.ns == nil, let attributeName = LibXML.string(current.pointee.name) {
        let attributeNode = UnsafeMutableRawPointer(current).assumingMemoryBound(to: xmlNode.self)
        attributes[attributeName] = LibXML.consume(xmlNodeGetContent(attributeNode)).map { String($0.prefix(200)) }
      }
      attribute = current.pointee.next
    }
    let content = hasElementChild ? nil : LibXML.consume(xmlNodeGetContent(node))
    self.init(
      name: name, isAttribute: type == XML_ATTRIBUTE_NODE, namespaceURI: LibXML.string(node.pointee.ns?.pointee.href),
      parentName: parentName,
      value: content.map { String($0.prefix(200)) }, childNames: children, attributes: attributes,
      path: LibXML.consume(xmlGetNodePath(node)))
  }
}

extension String {
  func trimmingCharacters(in set: Set<Character>) -> String {
    var slice = Substring(self)
    while let first = slice.first, set.contains(first) { slice = slice.dropFirst() }
    while let last = slice.last, set.contains(last) { slice = slice.dropLast() }
    return String(slice)
  }
}

extension Set where Element == Character {
  static let whitespacesAndNewlines: Set<Character> = [" ", "\t", "\n", "\r"]
}
