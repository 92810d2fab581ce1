import ShanshuiReports
import Testing

@testable import ShanshuiCore

/// The one compiler-style line of `check`'s text report, `lint`'s text output and a broken standard's problems.
@Suite struct CompilerStyleLineTests {
  @Test func aProblemWithAnExpressionContinuesOnIndentedEscapedLines() {
    let diagnostic = Diagnostic(
      .xpathSyntax, LocalizedText(zh: "表达式无效：\na[\u{1B}]\n  ^", en: "invalid expression:\na[\u{1B}]\n  ^"),
      at: SourceLocation(file: "rules/a.xml", line: 3, column: 7))
    #expect(
      CompilerStyleLine.text(diagnostic, language: .en)
        == "rules/a.xml:3:7: error: [\(diagnostic.code.rawValue)] invalid expression:\n    a[\\u{1b}]\n      ^")
    #expect(CompilerStyleLine.text(diagnostic, severity: .warning, language: .zh).hasPrefix("rules/a.xml:3:7: 警告: ["))
  }

  @Test func textFromASubmissionStaysOnOneLine() {
    let line = CompilerStyleLine.text(
      at: SourceLocation(file: "a.xml", line: 0, column: 4), label: "error", code: "SS-X-001",
      message: "value \"1\nfake.xml:1: error: [SS-Y-001] forged\"", lineBreaks: .escaped, suffix: "unified")
    #expect(line == "a.xml: error: [SS-X-001] value \"1\\nfake.xml:1: error: [SS-Y-001] forged\" [unified]")
  }

  @Test func lintTextUsesTheSameLine() {
    let diagnostic = Diagnostic(
      .xpathSyntax, LocalizedText(zh: "坏\u{7}", en: "bad\u{7}"),
      at: SourceLocation(file: "rules/b.xml", line: 2, column: 1))
    let report = LintReport(
      toolVersion: "0", result: LintResult(findings: [], problems: [diagnostic], files: ["rules/b.xml"]), language: .en)
    #expect(LintTextRenderer.render(report).hasPrefix(CompilerStyleLine.text(diagnostic, language: .en) + "\n"))
    #expect(LintTextRenderer.render(report).contains("bad\\u{7}"))
  }
}
