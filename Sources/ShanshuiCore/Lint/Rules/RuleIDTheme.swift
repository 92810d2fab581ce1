/// SL002: the rule ids of one document share one theme code (`SS-RIV-…` in corridors.xml).
struct RuleIDTheme: LintRule {
  let id = "SL002"
  let name = "rule-id-theme"
  let severity = Severity.warning
  let title = LocalizedText(
    zh: "规则编号的主题代码与文档中其他规则不同", en: "A rule id's theme code differs from the other rules of its document")
  let rationale = LocalizedText(
    zh: "规则编号为 SS-主题代码-序号，一个规则文档只用一个主题代码；混用说明编号抄错或规则放错了文档，而编号一经发布不得更改。",
    en:
      "Rule ids are SS-theme-number and one rule document uses one theme code; a different code means a mistyped id or a rule in the wrong document, and published ids never change."
  )
  let triggering = [LintExample(rules: LintExample.rule(id: "SS-TST-001") + "\n" + LintExample.rule(id: "SS-TSX-002"))]
  let nonTriggering = [
    LintExample(rules: LintExample.rule(id: "SS-TST-001") + "\n" + LintExample.rule(id: "SS-TST-002"))
  ]

  func check(_ standard: LintedStandard) -> [LintFinding] {
    standard.ruleDocuments.flatMap { file in
      let rules = standard.rules.filter { $0.file.path == file.path }
      let codes = rules.compactMap { Self.themeCode($0.id) }
      // The code most rules use (the first one on a tie) is the document's.
      let counts = Dictionary(codes.map { ($0, 1) }, uniquingKeysWith: +)
      guard let theme = codes.first(where: { counts[$0] == counts.values.max() }) else { return [LintFinding]() }
      return rules.compactMap { rule in
        guard let code = Self.themeCode(rule.id), code != theme else { return nil }
        return finding(
          "规则 \(rule.id) 的主题代码 \(code) 与本文档其他规则的 \(theme) 不同",
          "rule \(rule.id) has theme code \(code); the other rules of this document use \(theme)",
          at: rule.file.location(ofAttribute: "id", of: rule.node))
      }
    }
  }

  /// `RIV` of `SS-RIV-001`; `nil` for an id of another form (the schema reports it).
  static func themeCode(_ id: String) -> String? {
    let parts = id.split(separator: "-", omittingEmptySubsequences: false)
    guard parts.count == 3, parts[0] == "SS", parts[1].count == 3,
      parts[1].allSatisfy({ $0.isASCII && $0.isUppercase }),
      parts[2].count == 3, parts[2].allSatisfy(\.isASCII), parts[2].allSatisfy(\.isNumber)
    else { return nil }
    return String(parts[1])
  }
}
