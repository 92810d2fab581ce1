import ShanshuiCore

/// Compiler-style lines (`CompilerStyleLine`), `file:line:column: error: [SL003] message`, with further message lines
/// (an expression and its caret) indented below, then a summary.
public enum LintTextRenderer {
  public static func render(_ report: LintReport) -> String {
    let language = report.language
    var output = ""
    for problem in report.result.problems {
      output += line(problem.location, Severity.error, problem.code.rawValue, problem.message.text(language), language)
    }
    for finding in report.result.findings {
      output += line(finding.location, finding.severity, finding.ruleID, finding.message.text(language), language)
    }
    let files = report.result.files.count
    let (errors, warnings) = (report.count(.error), report.count(.warning))
    let problems = report.result.problems.count
    output +=
      language == .zh
      ? "检查标准文件 \(files) 个：错误 \(errors)，警告 \(warnings)" + (problems > 0 ? "，无法读取或解析的文件问题 \(problems)" : "") + "\n"
      : "linted \(files) \(EnglishPlural.word(files, "file")): \(errors) \(EnglishPlural.word(errors, "error")), "
        + "\(warnings) \(EnglishPlural.word(warnings, "warning"))"
        + (problems > 0 ? ", \(problems) \(EnglishPlural.word(problems, "problem")) reading files" : "") + "\n"
    return output
  }

  private static func line(
    _ location: SourceLocation, _ severity: Severity, _ id: String, _ message: String, _ language: Language
  ) -> String {
    CompilerStyleLine.text(
      at: location, label: CompilerStyleLine.severityLabel(severity, language), code: id, message: message) + "\n"
  }
}
