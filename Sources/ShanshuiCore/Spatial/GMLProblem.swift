/// Why a `<geometry>` (or a rule example's layer feature) could not be read: a coded problem with its place.
public struct GMLProblem: Error, Sendable, Hashable {
  /// E601 (malformed), E602 (srsName not supported), E603 (legacy srsName), E605 (too many positions) or E606
  /// (an external reference).
  public var code: ErrorCode
  public var message: LocalizedText
  /// 1-based line of the offending element, attribute or coordinate.
  public var line: Int
  /// 1-based column (in characters) when the document's source text was at hand and is UTF-8; 0 otherwise.
  public var column: Int

  public init(_ code: ErrorCode, _ message: LocalizedText, line: Int, column: Int = 0) {
    self.code = code
    self.message = message
    self.line = line
    self.column = column
  }

  /// The problem as a diagnostic of `file` (the file is then not checked completely: exit status 2).
  public func diagnostic(file: String) -> Diagnostic {
    Diagnostic(code, message, at: SourceLocation(file: file, line: line, column: column))
  }
}
