/// SL004: every parameter a check (`$id` in a bound or an `assert`) or a message (`{param:id}`) names is declared.
struct UnknownParameter: LintRule {
  let id = "SL004"
  let name = "unknown-parameter"
  let severity = Severity.error
  let title = LocalizedText(zh: "引用了未定义的参数", en: "Reference to an undefined parameter")
  let rationale = LocalizedText(
    zh: "未定义的参数没有取值，规则无法判定；加载器拒绝标准（E204）。",
    en:
      "An undefined parameter has no value, so the rule cannot judge anything; the loader refuses the standard (E204).")
  let triggering = [
    LintExample(rules: LintExample.rule(check: #"<range path="area" min="$unit-min-area" unit="ha"/>"#)),
    LintExample(
      rules: LintExample.rule(
        messages:
          #"<message lang="zh">面积低于 {param:unit-min-area}</message><message lang="en">The area is below {param:unit-min-area}</message>"#
      )),
  ]
  let nonTriggering = [
    LintExample(
      rules: LintExample.rule(check: #"<range path="area" min="$unit-min-area" unit="ha"/>"#),
      parameters: """
        <parameter id="unit-min-area" unit="ha" stricter="higher">
          <title lang="zh">单元最小面积</title><title lang="en">Smallest unit area</title>
          <value profile="chongqing" status="adopted" value="1"><source ref="test-source" clause="3"/></value>
        </parameter>
        """)
  ]

  func check(_ standard: LintedStandard) -> [LintFinding] {
    standard.rules.flatMap { rule in
      let fromCheck = rule.builtCheck?.parameterIDs ?? []
      let fromMessage = MessageTemplate.parameterIDs(in: rule.message).sorted()
      return (fromCheck + fromMessage).reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
        .filter { standard.parameters[$0] == nil }
        .map { id in
          finding(
            "规则 \(rule.id) 引用了未定义的参数 \(id)", "rule \(rule.id) refers to unknown parameter \(id)",
            at: Self.reference(to: id, in: rule))
        }
    }
  }

  /// Where `id` is named: the check attribute holding `$id`, else the message holding `{param:id}`.
  static func reference(to id: String, in rule: LintRuleElement) -> SourceLocation {
    if let check = rule.checkNode {
      for attribute in ["min", "max", "maxDuration", "tolerance", "test"]
      where check.attribute(attribute)?.contains("$" + id) == true {
        return rule.file.location(ofAttribute: attribute, of: check)
      }
    }
    if let message = rule.node.elements("message").first(where: { $0.stringValue.contains("{param:\(id)}") }) {
      return rule.file.location(of: message)
    }
    return rule.location
  }
}
