internal import CLibXML2

/// An XPath 1.0 expression compiled once, evaluated many times.
///
/// Immutable from Swift after construction, but not to libxml2: the first evaluation of a function call caches the
/// function (and its namespace-URI pointer) inside the compiled expression. The loader's dry run fills those caches
/// before any submission is checked; sharing one instance across threads stays unproven until a ThreadSanitizer stress
/// test says otherwise (the CLI checks files on one thread).
public final class XPathExpression: @unchecked Sendable {
  let compiled: xmlXPathCompExprPtr
  /// The source text.
  public let source: String

  /// Compiles `source`.
  ///
  /// Unknown functions and namespace prefixes are accepted here: libxml2 finds them only at evaluation time.
  /// - throws: `XPathError` with the offset into `source` where the syntax error was found.
  public init(_ source: String) throws(XPathError) {
    let collector = ErrorCollector()
    let compiled = collector.capture { xmlXPathCompile(source) }
    guard let compiled else {
      let diagnostic = collector.diagnostics.first
      throw XPathError(
        expression: source,
        code: diagnostic?.code ?? XPathErrorText.base + 7,
        message: diagnostic?.message ?? "Invalid expression",
        offset: collector.firstXPathOffset)
    }
    self.compiled = compiled
    self.source = source
  }

  deinit { xmlXPathFreeCompExpr(compiled) }
}

/// An XPath expression failed to compile or to evaluate.
public struct XPathError: Error, Sendable, Hashable {
  /// The expression's text.
  public var expression: String
  /// The libxml2 error code (1200 + `xmlXPathError`).
  public var code: Int
  /// A readable message (libxml2 gives none for some codes; those are filled in from the code).
  public var message: String
  /// The 0-based character offset in `expression` where the error was found, when libxml2 reports one.
  public var offset: Int?

  public init(expression: String, code: Int, message: String, offset: Int?) {
    self.expression = expression
    self.code = code
    self.message = message
    self.offset = offset
  }

  /// The kind of error, from the code.
  public var isUnknownFunction: Bool { code == XPathErrorText.base + 9 }
  public var isUndefinedPrefix: Bool { code == XPathErrorText.base + 19 }
  public var isUndefinedVariable: Bool { code == XPathErrorText.base + 5 }
}
