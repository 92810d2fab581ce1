import ShanshuiXML

/// SL021: a `range` with both `min` and `max` says which bound was crossed (`<message bound="min|max">`).
struct RangeBoundMessages: LintRule {
  let id = "SL021"
  let name = "range-bound-messages"
  // A warning: without its own messages a finding still names the bound it crossed (a note the engine adds).
  let severity = Severity.warning
  let title = LocalizedText(zh: "有上下限的范围检查须按界限分设消息", en: "A range with min and max has a message per bound")
  let rationale = LocalizedText(
    zh:
      "同一条消息无法同时正确描述“低于下限”和“超过上限”：超过上限却读作“低于下限”。为 min 与 max 各写一对 <message bound=\"min|max\">。在此之前，引擎会在发现项上附注越过的是哪个界限。",
    en:
      "One message cannot describe both \"below the minimum\" and \"above the maximum\": exceeding the maximum read \"below the minimum\". Write a <message bound=\"min|max\"> pair for each. Meanwhile the engine adds a note naming the bound crossed."
  )
  let triggering = [LintExample(rules: LintExample.rule(check: #"<range path="area" min="1" max="100" unit="ha"/>"#))]
  let nonTriggering = [
    LintExample(
      rules: LintExample.rule(
        messages: Self.boundMessages, check: #"<range path="area" min="1" max="100" unit="ha"/>"#)),
    LintExample(rules: LintExample.rule(check: #"<range path="area" min="1" unit="ha"/>"#)),
  ]

  static let boundMessages =
    #"<message lang="zh">单元面积超出范围</message><message lang="en">Unit area out of range</message><message lang="zh" bound="min">单元面积过小</message><message lang="en" bound="min">Unit area too small</message><message lang="zh" bound="max">单元面积过大</message><message lang="en" bound="max">Unit area too large</message>"#

  func check(_ standard: LintedStandard) -> [LintFinding] {
    standard.rules.compactMap { rule in
      guard let checkNode = rule.checkNode, case .success(let check) = rule.check, check.boundSides.count > 1 else {
        return nil
      }
      let messages = rule.node.boundMessages()
      let missing = BoundSide.allCases.filter { side in
        messages[side].map { $0.zh == nil || $0.en == nil } ?? true
      }
      guard !missing.isEmpty else { return nil }
      let names = missing.map(\.rawValue).joined(separator: ", ")
      return finding(
        "规则 \(rule.id)：range 同时有 min 与 max，缺少 <message bound=\"…\"> 的界限：\(names)（中英文各一条）",
        "rule \(rule.id): the range has both min and max but lacks <message bound=\"…\"> for: \(names) (zh and en)",
        at: rule.file.location(of: checkNode))
    }
  }
}
