internal import CLibXML2

/// Records, while a document is parsed, the line of every element that starts past line 65,535.
///
/// libxml2 2.9 keeps a node's line in 16 bits. `XML_PARSE_BIG_LINES` keeps larger lines for text nodes only, and
/// `xmlGetLineNo` then gives an element the line of its first child or of a sibling: on a generated 70,007-line file
/// an empty element on line 70,002 read 70,003, and with blank text left out (`XML_PARSE_NOBLANKS`, as submissions are
/// parsed) an element, its child and its next sibling all read 65,535. The parser's start-element callback is wrapped:
/// once libxml2's own has built the element, the parser's current line (the line libxml2 stores for an element below
/// 65,535: where its start tag ends) is kept here, so that an element's line means the same on either side of 65,535.
final class ElementLineRecorder {
  /// Elements past line 65,535 and their lines.
  private(set) var lines: [xmlNodePtr: Int] = [:]
  /// libxml2's own start-element handler (`xmlSAX2StartElementNs`), which builds the tree.
  private let build: startElementNsSAX2Func

  private init(build: startElementNsSAX2Func) { self.build = build }

  /// Installs a recorder on `context` (until the context is freed); nil when the context has no SAX2 handler to wrap.
  /// The context keeps an unretained pointer: the caller keeps the recorder alive for as long as it parses.
  static func install(on context: xmlParserCtxtPtr) -> ElementLineRecorder? {
    guard let handler = context.pointee.sax, let build = handler.pointee.startElementNs else { return nil }
    let recorder = ElementLineRecorder(build: build)
    context.pointee._private = Unmanaged.passUnretained(recorder).toOpaque()
    handler.pointee.startElementNs = {
      userData, localName, prefix, uri, namespaceCount, namespaces, attributeCount, defaultedCount, attributes in
      guard let userData else { return }
      let parser = userData.assumingMemoryBound(to: xmlParserCtxt.self)
      guard let opaque = parser.pointee._private else {
        // Never expected (libxml2 keeps `_private` for the application and copies it to the contexts it makes for
        // entity content), but the tree must still be built.
        xmlSAX2StartElementNs(
          userData, localName, prefix, uri, namespaceCount, namespaces, attributeCount, defaultedCount, attributes)
        return
      }
      let recorder = Unmanaged<ElementLineRecorder>.fromOpaque(opaque).takeUnretainedValue()
      let depth = parser.pointee.nodeNr
      recorder.build(
        userData, localName, prefix, uri, namespaceCount, namespaces, attributeCount, defaultedCount, attributes)
      // Only when an element was built and pushed (not on an out-of-memory failure, where the node is the parent).
      if parser.pointee.nodeNr > depth { recorder.record(parser) }
    }
    return recorder
  }

  /// Keeps the line of the element just built, when it is past 65,535 (replacing what a freed node at the same
  /// address left, should libxml2 have freed one during the parse).
  private func record(_ parser: xmlParserCtxtPtr) {
    guard let input = parser.pointee.input, input.pointee.line >= 65535, let node = parser.pointee.node,
      node.pointee.type == XML_ELEMENT_NODE
    else { return }
    lines[node] = Int(input.pointee.line)
  }
}
