internal import CLibXML2

/// Evaluates compiled expressions against one document, through one libxml2 XPath context.
///
/// Not `Sendable`: the context is per document and per task, as the libxml2 maintainers advise.
public final class XPathEvaluator {
  let context: xmlXPathContextPtr
  /// The document evaluated against.
  public let document: XMLDocument
  let functionTable: XPathFunctionTable

  /// The most XPath steps one evaluation may take (libxml2's `opLimit`; 0 for none): an expensive expression in a
  /// third-party rule fails with "Operation limit exceeded" instead of running for hours.
  public var operationLimit: Int {
    get { Int(context.pointee.opLimit) }
    set { context.pointee.opLimit = UInt(clamping: max(0, newValue)) }
  }

  /// Creates an evaluator with `namespaces` (prefix → URI) registered.
  public init(document: XMLDocument, namespaces: [String: String]) {
    LibXML.ensureReady()
    self.document = document
    context = xmlXPathNewContext(document.pointer)
    functionTable = XPathFunctionTable(document: document)
    context.pointee.userData = Unmanaged.passUnretained(functionTable).toOpaque()
    for (prefix, uri) in namespaces.sorted(by: { $0.key < $1.key }) {
      xmlXPathRegisterNs(context, prefix, uri)
    }
  }

  deinit { xmlXPathFreeContext(context) }

  /// Binds `$name` to a number for later evaluations (replacing an earlier binding).
  public func setVariable(_ name: String, to value: Double) {
    xmlXPathRegisterVariable(context, name, xmlXPathNewFloat(value))
  }

  /// Removes every variable binding.
  public func removeAllVariables() {
    xmlXPathRegisteredVariablesCleanup(context)
  }

  /// Evaluates `expression` with `node` as the context node (the document root node when `nil`).
  /// - throws: `XPathError` for errors found only at evaluation: unknown function, prefix or variable, type errors.
  public func evaluate(_ expression: XPathExpression, at node: XMLNode? = nil) throws(XPathError) -> XPathValue {
    let collector = ErrorCollector()
    context.pointee.node = node?.raw ?? UnsafeMutableRawPointer(document.pointer).assumingMemoryBound(to: xmlNode.self)
    context.pointee.opCount = 0
    context.pointee.contextSize = -1
    context.pointee.proximityPosition = -1
    let result = collector.capture { expression.withExclusiveCopy { xmlXPathCompiledEval($0, context) } ?? nil }
    guard let result else {
      let diagnostic = collector.diagnostics.first
      throw XPathError(
        expression: expression.source,
        code: diagnostic?.code ?? XPathErrorText.base + 7,
        message: diagnostic?.message ?? "XPath evaluation failed",
        offset: nil)
    }
    defer { xmlXPathFreeObject(result) }
    return Self.value(of: result, in: document)
  }

  static func value(of object: xmlXPathObjectPtr, in document: XMLDocument) -> XPathValue {
    switch object.pointee.type {
    case XPATH_NODESET:
      guard let set = object.pointee.nodesetval, set.pointee.nodeNr > 0, let table = set.pointee.nodeTab else {
        return .nodes([])
      }
      var nodes: [XMLNode] = []
      nodes.reserveCapacity(Int(set.pointee.nodeNr))
      for index in 0..<Int(set.pointee.nodeNr) {
        guard let node = table[index] else { continue }
        // Namespace nodes in a node-set are copies owned by the object; they are not tree nodes.
        if node.pointee.type == XML_NAMESPACE_DECL { continue }
        nodes.append(XMLNode(node, in: document))
      }
      return .nodes(nodes)
    case XPATH_BOOLEAN:
      return .boolean(object.pointee.boolval != 0)
    case XPATH_NUMBER:
      return .number(object.pointee.floatval)
    case XPATH_STRING:
      return .string(LibXML.string(object.pointee.stringval) ?? "")
    default:
      return .boolean(xmlXPathCastToBoolean(object) != 0)
    }
  }
}
