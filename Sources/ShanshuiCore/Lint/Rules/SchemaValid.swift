/// SL001: every file is valid against `rules.xsd` (the loader refuses it otherwise, E202).
struct SchemaValid: LintRule {
  let id = "SL001"
  let name = "schema-valid"
  let severity = Severity.error
  let title = LocalizedText(zh: "文件不符合规则文档 XSD", en: "A file is not valid against the rule-document schema")
  let rationale = LocalizedText(
    zh: "加载器拒绝不符合 standards/schema/rules.xsd 的文件（E202）；lint 列出每一处，并继续检查其余内容。",
    en:
      "The loader refuses a file that breaks standards/schema/rules.xsd (E202); lint lists every violation and goes on checking the rest."
  )
  let triggering = [LintExample(rules: LintExample.rule(check: #"<required path="area" min="1"/>"#))]
  let nonTriggering = [LintExample(rules: LintExample.rule(check: #"<required path="area"/>"#))]

  func check(_ standard: LintedStandard) -> [LintFinding] {
    // "Element 'rule'" reads better than "Element '{urn:shanshui:standard:1}rule'".
    let namespace = "{\(Namespaces.standard)}"
    return standard.files.flatMap { file in
      file.schemaProblems.map { problem in
        let location =
          problem.column > 0
          ? SourceLocation(file: file.path, line: problem.line, column: problem.column)
          : file.location(line: problem.line)
        return finding(LocalizedText(problem.message.replacingOccurrences(of: namespace, with: "")), at: location)
      }
    }
  }
}
