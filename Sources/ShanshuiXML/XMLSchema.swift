internal import CLibXML2

/// A compiled W3C XML Schema (XSD 1.0) that validates documents.
///
/// Why sharing is safe (`@unchecked Sendable`): libxml2 only reads a compiled `xmlSchema` while validating (the
/// content models' automata run in per-validation execution contexts); everything a validation writes lives in the
/// validation context `validate` makes for that call alone. The built-in type tables it reads are built once at start-up
/// (`LibXML.ready`), not lazily by the first validation. The source document is only kept alive. Tested by
/// `XPathConcurrencyTests.oneSchemaValidatesOnEightThreads` and `ConcurrentCheckingTests` (same answers on 8 threads
/// as on one); ThreadSanitizer (scripts/sanitize) does not see inside libxml2, which is not instrumented, so that the
/// schema is only read rests on libxml2's design, stated above.
public final class XMLSchema: @unchecked Sendable {
  private let schema: xmlSchemaPtr
  /// Kept alive with the schema: a schema compiled from a document may point into it.
  private let source: XMLDocument

  /// Compiles a schema from the bytes of an XSD file.
  /// - throws: `XMLParseError` with every problem in the schema itself.
  public init(bytes: [UInt8], url: String) throws(XMLParseError) {
    let document = try XMLDocument.parse(bytes, url: url)
    let collector = ErrorCollector()
    let compiled: xmlSchemaPtr? = collector.capture {
      guard let parser = xmlSchemaNewDocParserCtxt(document.pointer) else { return nil }
      defer { xmlSchemaFreeParserCtxt(parser) }
      return xmlSchemaParse(parser)
    }
    guard let compiled else {
      throw XMLParseError(
        diagnostics: collector.diagnostics.isEmpty
          ? [
            XMLDiagnostic(
              level: .fatal, domain: 16, code: 1, line: 0, column: 0, message: "Schema could not be compiled")
          ]
          : collector.diagnostics)
    }
    schema = compiled
    source = document
  }

  deinit { xmlSchemaFree(schema) }

  /// Validates `document`; returns every violation (empty when the document is valid).
  public func validate(_ document: XMLDocument) -> [XMLDiagnostic] {
    let collector = ErrorCollector()
    collector.elementLines = document.elementLines
    let result: Int32 = collector.capture {
      guard let context = xmlSchemaNewValidCtxt(schema) else { return -1 }
      defer { xmlSchemaFreeValidCtxt(context) }
      return xmlSchemaValidateDoc(context, document.pointer)
    }
    if result != 0 && collector.diagnostics.isEmpty {
      return [
        XMLDiagnostic(
          level: .error, domain: 17, code: Int(result), line: 0, column: 0,
          message: result < 0 ? "Internal error during schema validation" : "Document is not valid")
      ]
    }
    return collector.diagnostics.filter { $0.level != .warning }
  }
}
