/// SL014: every rule has at least one passing and one failing example.
struct ExamplePair: LintRule {
  let id = "SL014"
  let name = "example-pair"
  let severity = Severity.error
  let title = LocalizedText(zh: "规则缺少通过示例或失败示例", en: "A rule lacks a passing or a failing example")
  let rationale = LocalizedText(
    zh: "只有一对示例才能证明规则既会报告违规、也不会误报；加载器拒绝没有示例对的规则（E211），因此这是错误而非警告。",
    en:
      "Only a pair shows that a rule reports a violation and stays quiet otherwise; the loader refuses a rule without the pair (E211), so this is an error, not a warning."
  )
  let triggering = [
    LintExample(
      rules: LintExample.rule(
        examples: #"<example outcome="pass" profile="chongqing"/><example outcome="pass" profile="sichuan"/>"#))
  ]
  let nonTriggering = [LintExample()]

  func check(_ standard: LintedStandard) -> [LintFinding] {
    standard.rules.flatMap { rule -> [LintFinding] in
      let outcomes = Set(rule.node.elements("example").compactMap { $0.attribute("outcome") })
      return ["pass", "fail"].filter { !outcomes.contains($0) }.map { outcome in
        finding(
          "规则 \(rule.id) 没有\(outcome == "pass" ? "通过" : "失败")示例",
          "rule \(rule.id) has no \(outcome == "pass" ? "passing" : "failing") example", at: rule.location)
      }
    }
  }
}
