import ShanshuiXML

/// Messages for XPath problems found while loading a standard.
enum XPathMessages {
  static func syntax(_ error: XPathError) -> LocalizedText {
    let detail = withCaret(error.expression, at: characterOffset(error))
    let offset = error.offset.map { " (offset \($0))" } ?? ""
    return LocalizedText(
      zh: "XPath 语法错误：\(error.message)\(offset)\n\(detail)",
      en: "XPath syntax error: \(error.message)\(offset)\n\(detail)")
  }

  /// The expression with a caret line under the character at `offset`: right below the line of a multi-line
  /// expression that holds it, indented by that line's display width before it (a Chinese character takes two
  /// columns, a tab stays a tab), so that the caret stands under it on a terminal.
  static func withCaret(_ expression: String, at offset: Int?) -> String {
    guard let offset else { return expression }
    var lines = expression.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    var remaining = offset
    var index = 0
    while index < lines.count - 1, remaining > lines[index].count {
      remaining -= lines[index].count + 1
      index += 1
    }
    let padding = lines[index].prefix(max(0, remaining)).map {
      $0 == "\t" ? "\t" : String(repeating: " ", count: DisplayWidth.of($0))
    }
    lines.insert(padding.joined() + "^", at: index + 1)
    return lines.joined(separator: "\n")
  }

  /// The error's offset in characters: libxml2 counts bytes of UTF-8, the caret goes under the character there.
  static func characterOffset(_ error: XPathError) -> Int? {
    error.offset.map { offset in
      String(decoding: Array(error.expression.utf8.prefix(max(0, offset))), as: UTF8.self).count
    }
  }

  /// The error's offset in Unicode code points (libxml2 counts bytes of UTF-8), for a location's column: reports
  /// count columns in code points, where a `Character` may hold several (a base and its combining marks).
  static func codePointOffset(_ error: XPathError) -> Int? {
    error.offset.map { offset in
      String(decoding: Array(error.expression.utf8.prefix(max(0, offset))), as: UTF8.self).unicodeScalars.count
    }
  }
}
