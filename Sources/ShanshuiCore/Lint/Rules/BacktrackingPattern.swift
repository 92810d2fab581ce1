/// SL022: a `pattern` expression that a backtracking engine may take exponential time on (BacktrackingRisk).
struct BacktrackingPattern: LintRule {
  let id = "SL022"
  let name = "backtracking-pattern"
  // A warning: shanshui matches in linear time whatever the expression; the risk is the exported Schematron's.
  let severity = Severity.warning
  let title = LocalizedText(
    zh: "正则表达式会使回溯引擎耗时呈指数增长", en: "A regular expression a backtracking engine takes exponential time on")
  let rationale = LocalizedText(
    zh:
      "shanshui 以线性时间匹配 pattern，但导出的 Schematron 由 Python re（lxml 的 EXSLT regexp:test）等回溯引擎执行：(a+)+b、(a|aa)*c 这类表达式在几十个字符的值上即可运行数分钟。本规则提示两种形状：重复的分组内含无界量词，且其字符可出现在分组的开头与结尾（嵌套量词，如 (a+)+、([a-z]+)*）；被重复的分支选择中有两个分支可以同一字符开头（如 (a|aa)*）。以分隔字符界定每次重复（[A-Z]+(-[A-Z0-9]+)*）或合并分支即可。",
    en:
      "shanshui matches a pattern in linear time, but the exported Schematron runs under a backtracking engine such as Python's re (lxml's EXSLT regexp:test): expressions like (a+)+b or (a|aa)*c can run for minutes on a value of a few dozen characters. The rule flags two shapes: a repeated group holding a quantifier of variable count (?, *, +, {n,}, {n,m}) whose characters the group can start and end with (a nested quantifier, as in (a+)+, ([a-z]+)* or (x?y?)+), and a repeated alternation two of whose branches can start with the same character (as in (a|aa)*). Delimit each repetition with a character the inner run cannot match ([A-Z]+(-[A-Z0-9]+)*), or merge the branches."
  )
  let triggering = [
    LintExample(rules: LintExample.rule(check: #"<pattern path="@id" regex="(a+)+b"/>"#)),
    LintExample(rules: LintExample.rule(check: #"<pattern path="@id" regex="(a|aa)*c"/>"#)),
    LintExample(rules: LintExample.rule(check: #"<pattern path="@id" regex="([A-Z]+[0-9]*)*"/>"#)),
  ]
  let nonTriggering = [
    LintExample(rules: LintExample.rule(check: #"<pattern path="@id" regex="[A-Z]+(-[A-Z0-9]+)*"/>"#)),
    LintExample(rules: LintExample.rule(check: #"<pattern path="@id" regex="(50|51)[0-9]{4}"/>"#)),
    LintExample(rules: LintExample.rule(check: #"<pattern path="@id" regex="(ab|c)*[0-9]+"/>"#)),
  ]

  func check(_ standard: LintedStandard) -> [LintFinding] {
    standard.rules.compactMap { rule in
      guard let checkNode = rule.checkNode, case .success(let check) = rule.check,
        let risk = check.backtrackingRisk, let regex = checkNode.attribute("regex")
      else { return nil }
      return finding(
        risk.message.map { text, language in
          language == .zh
            ? "规则 \(rule.id)：\(text)：\(regex)（导出的 Schematron 可能在 lxml 下挂起）"
            : "rule \(rule.id): \(text): \(regex) (the exported Schematron may hang under lxml)"
        }, at: rule.file.location(ofAttribute: "regex", of: checkNode))
    }
  }
}
