internal import CLibXML2

/// A parsed, well-formed XML document that owns its libxml2 tree.
///
/// Not `Sendable`: a document and everything that reads it stay on one task. Nodes handed out hold a strong
/// reference to their document, so they can never outlive the tree they point into.
public final class XMLDocument {
  let pointer: xmlDocPtr
  /// The name the document was read under (a path, or `<stdin>`), used in messages.
  public let url: String

  /// The lines of elements past line 65,535, which libxml2 does not keep (`ElementLineRecorder`); empty for most files.
  let elementLines: [xmlNodePtr: Int]

  private init(pointer: xmlDocPtr, url: String, elementLines: [xmlNodePtr: Int] = [:]) {
    self.pointer = pointer
    self.url = url
    self.elementLines = elementLines
  }

  /// The line of an element (0 when unknown): libxml2's, or past 65,535 the one recorded while parsing.
  func line(ofElement node: xmlNodePtr) -> Int {
    if node.pointee.line == 65535, let line = elementLines[node] { return line }
    return max(0, Int(xmlGetLineNo(node)))
  }

  /// Subtrees unlinked by an edit (`XMLNode.remove()`, `replace(withCopyOf:)`, `setValue(_:)`), freed with the
  /// document: an `XMLNode` copy that still points into one keeps this document, and so the subtree, alive.
  private var detached: [xmlNodePtr] = []

  deinit {
    // Disjoint trees: a node unlinked from inside an already detached subtree left that subtree before it was added.
    detached.forEach { xmlFreeNode($0) }
    xmlFreeDoc(pointer)
  }

  /// Unlinks `node` from its parent and keeps it until the document is freed; a node without a parent (already
  /// detached, or the document node) is left alone, so nothing is ever kept twice.
  func detach(_ node: xmlNodePtr) {
    guard node.pointee.parent != nil, node.pointee.type != XML_DOCUMENT_NODE else { return }
    xmlUnlinkNode(node)
    detached.append(node)
  }

  /// Parses `bytes` strictly: the document must be well-formed and namespace-well-formed.
  ///
  /// Lines are counted after XML 1.0 §2.11 end-of-line handling (`LineEnds`): a file with CR LF or CR-only line ends
  /// has the same lines as with LF. Elements past line 65,535 keep their lines (`ElementLineRecorder`).
  ///
  /// Uses `XML_PARSE_NONET | XML_PARSE_BIG_LINES` and never `RECOVER`, `NOENT`, `DTDLOAD`, `XINCLUDE` or `HUGE`:
  /// entities stay unexpanded, no DTD or external resource is read, and libxml2's default size limits hold.
  /// - parameter bytes: the raw file content; the encoding is taken from a BOM or the XML declaration.
  /// - parameter url: the name used in messages.
  /// - parameter allowDocumentType: whether a `<!DOCTYPE>` is accepted. Refused by default: submissions and rule
  ///   documents have no use for one, and the entities it declares would be expanded later, when attribute values
  ///   are read (schema validation, `attribute(_:)`), where a few kilobytes can grow to gigabytes.
  /// - parameter dropIgnorableWhitespace: whether whitespace-only text between elements is left out of the tree
  ///   (`XML_PARSE_NOBLANKS`): a submission's indentation is then never allocated, walked or freed, which makes its
  ///   tree about a third smaller. Element lines and text content are unchanged; the document no longer serializes
  ///   to its original layout, so documents that are edited and written back keep it off.
  /// - throws: `XMLParseError` with every diagnostic libxml2 raised, in order.
  public static func parse(
    _ bytes: [UInt8], url: String, allowDocumentType: Bool = false, dropIgnorableWhitespace: Bool = false
  ) throws(XMLParseError) -> XMLDocument {
    LibXML.ensureReady()
    if bytes.isEmpty {
      throw XMLParseError(diagnostics: [
        XMLDiagnostic(level: .fatal, domain: 1, code: 4, line: 1, column: 1, message: "Document is empty")
      ])
    }
    guard bytes.count <= Int(Int32.max) else {
      throw XMLParseError(diagnostics: [
        XMLDiagnostic(level: .fatal, domain: 1, code: 1, line: 0, column: 0, message: "Document is larger than 2 GiB")
      ])
    }
    let collector = ErrorCollector()
    guard let context = xmlNewParserCtxt() else {
      throw XMLParseError(diagnostics: [
        XMLDiagnostic(level: .fatal, domain: 1, code: 2, line: 0, column: 0, message: "Out of memory")
      ])
    }
    defer { xmlFreeParserCtxt(context) }
    // Only a file of at least 65,535 bytes can have an element past line 65,535.
    let recorder = bytes.count >= 65535 ? ElementLineRecorder.install(on: context) : nil
    let input = LineEnds.normalizingLoneCarriageReturns(bytes) ?? bytes
    let options = Int32(
      XML_PARSE_NONET.rawValue | XML_PARSE_BIG_LINES.rawValue
        | (dropIgnorableWhitespace ? XML_PARSE_NOBLANKS.rawValue : 0))
    // The context points at the recorder unretained: it lives until the parse is over.
    let document: xmlDocPtr? = withExtendedLifetime(recorder) {
      collector.capture {
        input.withUnsafeBufferPointer { buffer in
          // Never nil here (the bytes are not empty), but a nil base is a failed parse rather than a trap.
          buffer.baseAddress.flatMap { start in
            start.withMemoryRebound(to: CChar.self, capacity: buffer.count) { base in
              xmlCtxtReadMemory(context, base, Int32(buffer.count), url, nil, options)
            }
          }
        }
      }
    }
    let failed = collector.diagnostics.contains { $0.level != .warning }
    let wellFormed = context.pointee.wellFormed != 0 && context.pointee.nsWellFormed != 0
    guard let document, wellFormed, !failed else {
      if let document { xmlFreeDoc(document) }
      var diagnostics = collector.diagnostics
      if diagnostics.isEmpty {
        diagnostics.append(
          XMLDiagnostic(level: .fatal, domain: 1, code: 1, line: 1, column: 1, message: "Document is not well-formed"))
      }
      throw XMLParseError(diagnostics: diagnostics)
    }
    let parsed = XMLDocument(pointer: document, url: url, elementLines: recorder?.lines ?? [:])
    if !allowDocumentType, parsed.hasDocumentType {
      throw XMLParseError(diagnostics: [
        XMLDiagnostic(
          level: .fatal, domain: 1, code: Int(XML_ERR_NOT_STANDALONE.rawValue), line: documentTypeLine(input),
          column: 1,
          message: "Document type declarations (<!DOCTYPE>) are not allowed")
      ])
    }
    return parsed
  }

  /// The line of the first `<!DOCTYPE`, counting line feeds in the bytes as parsed (after `LineEnds`; 1 when it cannot
  /// be found, e.g. UTF-16).
  private static func documentTypeLine(_ bytes: [UInt8]) -> Int {
    let marker = Array("<!DOCTYPE".utf8)
    var line = 1
    var index = 0
    while index + marker.count <= bytes.count {
      if bytes[index] == 0x0A { line += 1 }
      if bytes[index] == 0x3C, Array(bytes[index..<index + marker.count]) == marker { return line }
      index += 1
    }
    return 1
  }

  /// The root element.
  public var root: XMLNode? {
    guard let node = xmlDocGetRootElement(pointer) else { return nil }
    return XMLNode(node, in: self)
  }

  /// Whether the document carries a document type declaration (`<!DOCTYPE …>`).
  public var hasDocumentType: Bool { pointer.pointee.intSubset != nil || pointer.pointee.extSubset != nil }

  /// The document serialized as UTF-8 bytes.
  public func serialized() -> [UInt8] { Self.serialize(pointer) }

  static func serialize(_ document: xmlDocPtr) -> [UInt8] {
    var buffer: UnsafeMutablePointer<xmlChar>?
    var size: Int32 = 0
    xmlDocDumpMemoryEnc(document, &buffer, &size, "UTF-8")
    guard let buffer else { return [] }
    defer { shanshui_free(buffer) }
    return Array(UnsafeBufferPointer(start: buffer, count: Int(size)))
  }
}

/// A document could not be parsed; `diagnostics` holds every problem libxml2 reported, first one first.
public struct XMLParseError: Error, Sendable {
  public var diagnostics: [XMLDiagnostic]

  public init(diagnostics: [XMLDiagnostic]) { self.diagnostics = diagnostics }
}
