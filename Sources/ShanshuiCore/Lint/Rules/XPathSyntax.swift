import ShanshuiXML

/// SL009: every context and `assert` test compiles as XPath 1.0. The message shows the expression with a caret
/// under the offset libxml2 reports, and the location points at that character in the file.
struct XPathSyntax: LintRule {
  let id = "SL009"
  let name = "xpath-syntax"
  let severity = Severity.error
  let title = LocalizedText(zh: "XPath 语法错误", en: "XPath syntax error")
  let rationale = LocalizedText(
    zh: "无法编译的表达式使规则无法运行；加载器拒绝标准（E205）。",
    en: "An expression that does not compile cannot run; the loader refuses the standard (E205).")
  let triggering = [
    LintExample(rules: LintExample.rule(context: "<context>/s:submission/s:units/s:unit[</context>")),
    LintExample(rules: LintExample.rule(check: #"<assert test="count(s:area) &gt;= "/>"#)),
  ]
  let nonTriggering = [LintExample(rules: LintExample.rule(check: #"<assert test="count(s:area) &gt;= 1"/>"#))]

  func check(_ standard: LintedStandard) -> [LintFinding] {
    standard.rules.flatMap { rule -> [LintFinding] in
      var findings: [LintFinding] = []
      if let context = rule.context, let error = Self.syntaxError(rule.contextText ?? "") {
        findings.append(
          finding(
            Self.message(error, rule: rule.id),
            at: rule.file.location(ofText: context, offset: XPathMessages.codePointOffset(error) ?? 0)))
      }
      for (attribute, test) in rule.checkXPaths {
        guard let checkNode = rule.checkNode, var error = Self.syntaxError(test) else { continue }
        // Shown on the lines it is written on (XML made its line breaks spaces; one code point each, so the offset holds).
        let breaks = rule.file.lineBreaks(inAttribute: attribute, of: checkNode)
        var shown = ""
        for (offset, scalar) in test.unicodeScalars.enumerated() {
          shown.unicodeScalars.append(breaks.contains(offset) && scalar == " " ? "\n" : scalar)
        }
        error.expression = shown
        findings.append(
          finding(
            Self.message(error, rule: rule.id),
            at: rule.file.location(
              ofAttribute: attribute, of: checkNode, valueOffset: XPathMessages.codePointOffset(error) ?? 0)))
      }
      return findings
    }
  }

  static func syntaxError(_ expression: String) -> XPathError? {
    do {
      _ = try XPathExpression(expression)
      return nil
    } catch {
      return error
    }
  }

  private static func message(_ error: XPathError, rule: String) -> LocalizedText {
    XPathMessages.syntax(error).map { text, _ in "\(rule): \(text)" }
  }
}
