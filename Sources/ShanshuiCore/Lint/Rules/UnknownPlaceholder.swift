/// SL012: a message uses only placeholders its check kind fills in (plus `{profile}`, `{path}`, `{param:ID}`).
struct UnknownPlaceholder: LintRule {
  let id = "SL012"
  let name = "unknown-placeholder"
  let severity = Severity.error
  let title = LocalizedText(zh: "消息使用了不存在的占位符", en: "A message uses a placeholder that does not exist")
  let rationale = LocalizedText(
    zh: "检查种类不提供的占位符会原样出现在报告中（如“{limit}”）；加载器拒绝标准（E210）。",
    en:
      "A placeholder the check kind does not fill in would show up verbatim in reports (\"{limit}\"); the loader refuses the standard (E210)."
  )
  let triggering = [
    LintExample(
      rules: LintExample.rule(
        messages:
          #"<message lang="zh">单元面积 {actual} 未填写</message><message lang="en">The unit's area {actual} is missing</message>"#
      ))
  ]
  let nonTriggering = [
    LintExample(
      rules: LintExample.rule(
        messages: #"<message lang="zh">单元未填写 {target}</message><message lang="en">The unit lacks {target}</message>"#))
  ]

  func check(_ standard: LintedStandard) -> [LintFinding] {
    standard.rules.flatMap { rule -> [LintFinding] in
      guard let kind = rule.checkNode.flatMap({ CheckKinds.named($0.localName) }) else { return [] }
      return rule.node.elements("message").flatMap { message in
        MessageTemplate.unknownPlaceholders(in: LocalizedText(zh: message.stringValue), for: kind).map { name in
          finding(
            "规则 \(rule.id) 的消息使用了 \(kind.description.name) 检查不提供的占位符 {\(name)}",
            "rule \(rule.id): message placeholder {\(name)} does not exist for \(kind.description.name)",
            at: rule.file.location(of: message))
        }
      }
    }
  }
}
