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
