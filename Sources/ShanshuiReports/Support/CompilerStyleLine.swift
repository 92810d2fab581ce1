import ShanshuiCore

/// The one compiler-style line every text output prints for a finding or a problem:
/// `file:line:column: severity: [CODE] message`, the severity in the report's language, every character of the
/// message that could forge a line or drive a terminal escaped (`TerminalText.visible`).
///
/// Used by `check`'s text report, `lint`'s text output and every command that prints a broken standard's problems on
/// standard error, so that they read the same.
public enum CompilerStyleLine {
  /// What becomes of line breaks in the message.
  public enum LineBreaks: Sendable {
    /// Our own multi-line messages (an expression with a caret under it): each further line is indented by four
    /// spaces, which cannot be mistaken for a report line, and escaped on its own.
    case continued
    /// Text that may come from a submission: shown as `\n`, so the message stays on one line.
    case escaped
  }

  /// `file:line:column: label: [code] message`, and ` [suffix]` when one is given.
  /// - parameter label: the severity as printed (`severityLabel`, coloured by the caller for a terminal).
  public static func text(
    at location: SourceLocation, label: String, code: String, message: String, lineBreaks: LineBreaks = .continued,
    suffix: String? = nil
  ) -> String {
    let body: String
    switch lineBreaks {
    case .escaped:
      body = TerminalText.visible(message)
    case .continued:
      body = message.split(separator: "\n", omittingEmptySubsequences: false)
        .map { TerminalText.visible(String($0)) }.joined(separator: "\n    ")
    }
    return "\(place(location)): \(label): [\(code)] \(body)" + (suffix.map { " [\($0)]" } ?? "")
  }

  /// A problem (a broken standard, an unreadable file) as one line, with its message's further lines below it.
  public static func text(_ diagnostic: Diagnostic, severity: Severity = .error, language: Language) -> String {
    text(
      at: diagnostic.location, label: severityLabel(severity, language), code: diagnostic.code.rawValue,
      message: diagnostic.message.text(language))
  }

  /// `file`, `file:line` or `file:line:column` (a column only with a line).
  public static func place(_ location: SourceLocation) -> String {
    var text = location.file
    if location.line > 0 { text += ":\(location.line)" }
    if location.line > 0 && location.column > 0 { text += ":\(location.column)" }
    return text
  }

  /// `错误`/`警告`/`提示` or `error`/`warning`/`info`.
  public static func severityLabel(_ severity: Severity, _ language: Language) -> String {
    severity.title.text(language)
  }
}

/// Text for a terminal or a plain-text report.
public enum TerminalText {
  /// Control characters from a submission (a newline in an attribute, an escape sequence) shown as escapes, so that
  /// text in a file can neither forge a report line nor drive the terminal.
  public static func visible(_ text: String) -> String {
    guard text.unicodeScalars.contains(where: isControl) else { return text }
    var output = ""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\n": output += "\\n"
      case "\r": output += "\\r"
      case "\t": output += "\\t"
      case _ where isControl(scalar): output += "\\u{\(String(scalar.value, radix: 16))}"
      default: output.unicodeScalars.append(scalar)
      }
    }
    return output
  }

  private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
    scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
  }
}
