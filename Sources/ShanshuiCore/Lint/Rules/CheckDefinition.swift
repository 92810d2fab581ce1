/// SL017: a check's attributes make a check: simple paths, numbers or `$parameters` as bounds, a `range` with a
/// bound, a `pattern` whose regular expression compiles.
struct CheckDefinition: LintRule {
  let id = "SL017"
  let name = "check-definition"
  let severity = Severity.error
  let title = LocalizedText(zh: "检查的属性无效", en: "A check's attributes do not make a valid check")
  let rationale = LocalizedText(
    zh: "模式检查的正则表达式无法编译、range 没有界限等，规则无法运行；加载器拒绝标准（E202、E208）。",
    en:
      "A pattern whose regular expression does not compile, a range without a bound and the like cannot run; the loader refuses the standard (E202, E208)."
  )
  let triggering = [LintExample(rules: LintExample.rule(check: #"<pattern path="@id" regex="[0-9"/>"#))]
  let nonTriggering = [LintExample(rules: LintExample.rule(check: #"<pattern path="@id" regex="[0-9A-Za-z]+"/>"#))]

  func check(_ standard: LintedStandard) -> [LintFinding] {
    standard.rules.compactMap { rule in
      guard case .failure(let diagnostic) = rule.check, let checkNode = rule.checkNode,
        diagnostic.code != .xpathSyntax, diagnostic.code != .unitMismatch
      else { return nil }
      return finding(diagnostic.message.map { text, _ in "\(rule.id): \(text)" }, at: rule.file.location(of: checkNode))
    }
  }
}
