import ShanshuiXML

/// SL026: an example's description, when it has one, comes in Chinese and English.
///
/// Separate from SL013 (titles, messages, reasons): a description is optional, so only an example that has one in a
/// single language is reported, at that description, naming the example by its number as `explain` shows it.
struct ExampleDescriptionLanguage: LintRule {
  let id = "SL026"
  let name = "example-description-language"
  let severity = Severity.warning
  let title = LocalizedText(
    zh: "示例说明只有一种语言", en: "An example's description is in one language only")
  let rationale = LocalizedText(
    zh: "explain 和标准文档按 --lang 显示示例说明；只有一种语言时，另一种语言的读者看到的是夹杂的语言。",
    en:
      "explain and the standard's documentation show an example's description in the --lang chosen; with one language only, readers of the other get a mix."
  )
  let triggering = [
    LintExample(
      rules: LintExample.rule(
        examples:
          #"<example outcome="pass" profile="chongqing"><description lang="en">The base states the area.</description></example><example outcome="fail" profile="chongqing"><remove path="units/unit[1]/area"/></example>"#
      ))
  ]
  let nonTriggering = [
    LintExample(
      rules: LintExample.rule(
        examples:
          #"<example outcome="pass" profile="chongqing"><description lang="zh">基础文件写明了面积。</description><description lang="en">The base states the area.</description></example><example outcome="fail" profile="chongqing"><remove path="units/unit[1]/area"/></example>"#
      ))
  ]

  func check(_ standard: LintedStandard) -> [LintFinding] {
    standard.rules.flatMap { rule in
      rule.node.elements("example").enumerated().flatMap { index, example in
        findings(example, number: index + 1, of: rule)
      }
    }
  }

  private func findings(_ example: XMLNode, number: Int, of rule: LintRuleElement) -> [LintFinding] {
    let descriptions = example.elements("description")
    guard let first = descriptions.first else { return [] }
    let languages = Set(descriptions.compactMap { $0.attribute("lang") })
    return Language.allCases.filter { !languages.contains($0.rawValue) }.map { missing in
      finding(
        "规则 \(rule.id) 的第 \(number) 个示例的说明缺少 lang=\"\(missing.rawValue)\" 文本",
        "example \(number) of rule \(rule.id) has no lang=\"\(missing.rawValue)\" description",
        at: rule.file.location(of: first))
    }
  }
}
