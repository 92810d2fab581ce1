import ShanshuiCore

/// One compiler-style line for a problem of the standard, as `check`'s text report prints it:
/// `file:line:column: 错误|error: [CODE] message`, the severity in the chosen language.
public enum DiagnosticText {
  public static func line(_ diagnostic: Diagnostic, language: Language, severity: Severity = .error) -> String {
    var location = diagnostic.location.file
    if diagnostic.location.line > 0 { location += ":\(diagnostic.location.line)" }
    if diagnostic.location.line > 0 && diagnostic.location.column > 0 { location += ":\(diagnostic.location.column)" }
    let label = language == .zh ? severity.title.text(.zh) : severity.rawValue
    return "\(location): \(label): [\(diagnostic.code.rawValue)] \(diagnostic.message.text(language))"
  }
}
