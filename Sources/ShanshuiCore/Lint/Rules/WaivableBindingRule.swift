import ShanshuiXML

/// SL019: a rule marked `waivable="true"` cites no law or regulation (`<document kind="law|regulation">`).
struct WaivableBindingRule: LintRule {
  let id = "SL019"
  let name = "waivable-binding-rule"
  // A warning: the loader need not refuse the document, since a binding source wins over the mark (Rule.isWaivable).
  let severity = Severity.warning
  let title = LocalizedText(zh: "引用法律法规的规则被标为可豁免", en: "A rule citing a law or regulation is marked waivable")
  let rationale = LocalizedText(
    zh: "法律与法规（如长江保护法的岸线距离）对每个项目都有约束力，申报人不能在自己的文件里豁免；shanshui 无论 waivable 写什么都不会豁免这类规则，标记与实际不符会误导标准的读者。",
    en:
      "A law or regulation (such as the Yangtze River Protection Law's distances) binds every project, and an applicant cannot waive it in their own file; shanshui never waives such a rule whatever waivable says, so the mark misleads the standard's readers."
  )
  let triggering = [
    LintExample(
      rules: LintExample.rule(sources: #"<source ref="test-law" clause="第二十六条"/>"#).replacingOccurrences(
        of: #"severity="error">"#, with: #"severity="error" waivable="true">"#),
      sources: Self.law)
  ]
  let nonTriggering = [
    LintExample(rules: LintExample.rule(sources: #"<source ref="test-law" clause="第二十六条"/>"#), sources: Self.law),
    LintExample(
      rules: LintExample.rule().replacingOccurrences(
        of: #"severity="error">"#, with: #"severity="error" waivable="true">"#)),
  ]

  static let law =
    #"<document id="test-law" kind="law" confidence="H"><title lang="zh">某法</title><title lang="en">A law</title></document>"#

  func check(_ standard: LintedStandard) -> [LintFinding] {
    var binding: [String: String] = [:]
    for file in standard.ruleDocuments {
      for document in file.root?.element("sources")?.elements("document") ?? [] {
        if let kind = document.attribute("kind").flatMap(SourceKind.init(rawValue:)), kind.isBinding {
          binding[document.attribute("id") ?? ""] = kind.rawValue
        }
      }
    }
    return standard.rules.compactMap { rule in
      guard let flag = rule.node.attribute("waivable"), flag == "true" || flag == "1" else { return nil }
      let refs = rule.node.elements("source").compactMap { $0.attribute("ref") }
      guard let ref = refs.first(where: { binding[$0] != nil }), let kind = binding[ref] else { return nil }
      return finding(
        "规则 \(rule.id) 标为可豁免，但引用了\(kind == "law" ? "法律" : "法规") \(ref)（此类规则永不豁免）",
        "rule \(rule.id) is marked waivable but cites the \(kind) \(ref) (such a rule is never waived)",
        at: rule.file.location(ofAttribute: "waivable", of: rule.node))
    }
  }
}
