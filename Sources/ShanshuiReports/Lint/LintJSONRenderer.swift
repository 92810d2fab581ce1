import ShanshuiCore

/// The lint result as versioned JSON (`formatVersion` 1): findings and file problems, each with file, line, column.
public enum LintJSONRenderer {
  struct Document: Encodable {
    var formatVersion = 1
    var tool: Tool
    var files: [String]
    var summary: Summary
    var findings: [Entry]
    var problems: [Entry]
  }

  struct Tool: Encodable {
    var name = "shanshui lint"
    var version: String
  }

  struct Summary: Encodable {
    var errors: Int
    var warnings: Int
    var problems: Int
  }

  struct Entry: Encodable {
    var id: String
    var name: String?
    var severity: String
    var message: String
    var file: String
    var line: Int
    var column: Int
  }

  public static func render(_ report: LintReport) -> String {
    let language = report.language
    let names = Dictionary(uniqueKeysWithValues: report.rules.map { ($0.id, $0.name) })
    let document = Document(
      tool: Tool(version: report.toolVersion), files: report.result.files,
      summary: Summary(
        errors: report.count(.error), warnings: report.count(.warning), problems: report.result.problems.count),
      findings: report.result.findings.map {
        Entry(
          id: $0.ruleID, name: names[$0.ruleID], severity: $0.severity.rawValue, message: $0.message.text(language),
          file: $0.location.file, line: $0.location.line, column: $0.location.column)
      },
      problems: report.result.problems.map {
        Entry(
          id: $0.code.rawValue, name: nil, severity: Severity.error.rawValue, message: $0.message.text(language),
          file: $0.location.file, line: $0.location.line, column: $0.location.column)
      })
    return JSONText.encode(document)
  }
}
