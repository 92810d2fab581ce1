/// SL005: a `codelist` check names a declared codelist, `<applies projectTypes>` names codes of `project-types`, and
/// `<applies programmes>` names codes of `programmes`.
struct UnknownCodelist: LintRule {
  let id = "SL005"
  let name = "unknown-codelist"
  let severity = Severity.error
  let title = LocalizedText(
    zh: "引用了未定义的代码表、项目类型或资金渠道", en: "Reference to an undefined codelist, project type or programme")
  let rationale = LocalizedText(
    zh: "代码表检查找不到代码表就无从判定；项目类型或资金渠道写错则规则永远不适用。加载器拒绝标准（E204）。",
    en:
      "A codelist check without its codelist cannot judge anything, and a mistyped project type or programme makes a rule never apply; the loader refuses the standard (E204)."
  )
  static let programmes = """
    <codelist id="programmes"><title lang="zh">资金渠道</title><title lang="en">Programmes</title>
      <code value="central-ssw"><name lang="zh">山水工程</name><name lang="en">Integrated project</name></code></codelist>
    """
  let triggering = [
    LintExample(rules: LintExample.rule(check: #"<codelist path="@mode" list="restoration-modes"/>"#)),
    LintExample(rules: LintExample.rule(applies: #"<applies programmes="central-sw"/>"#), codelists: Self.programmes),
  ]
  let nonTriggering = [
    LintExample(rules: LintExample.rule(check: #"<codelist path="@mode" list="test-modes"/>"#)),
    LintExample(rules: LintExample.rule(applies: #"<applies programmes="central-ssw"/>"#), codelists: Self.programmes),
  ]

  func check(_ standard: LintedStandard) -> [LintFinding] {
    var findings: [LintFinding] = []
    for rule in standard.rules {
      for list in rule.builtCheck?.codelistIDs ?? [] where standard.codelists[list] == nil {
        findings.append(
          finding(
            "规则 \(rule.id) 引用了未定义的代码表 \(list)", "rule \(rule.id) refers to unknown codelist \(list)",
            at: rule.checkNode.map { rule.file.location(ofAttribute: "list", of: $0) } ?? rule.location))
      }
      guard let applies = rule.node.element("applies") else { continue }
      let programmes = standard.codelists[Codelist.programmesID]
      for programme in (applies.attribute("programmes") ?? "").split(separator: " ").map(String.init)
      where programmes?.codes[programme] == nil {
        findings.append(
          finding(
            "规则 \(rule.id) 限定的资金渠道 \(programme) 不在 \(Codelist.programmesID) 代码表中",
            "rule \(rule.id) applies to programme \(programme), which the \(Codelist.programmesID) codelist lacks",
            at: rule.file.location(ofAttribute: "programmes", of: applies)))
      }
      guard let types = standard.codelists["project-types"] else { continue }
      for type in (applies.attribute("projectTypes") ?? "").split(separator: " ").map(String.init)
      where types.codes[type] == nil {
        findings.append(
          finding(
            "规则 \(rule.id) 限定的项目类型 \(type) 不在 project-types 代码表中",
            "rule \(rule.id) applies to project type \(type), which the project-types codelist lacks",
            at: rule.file.location(ofAttribute: "projectTypes", of: applies)))
      }
    }
    return findings
  }
}
