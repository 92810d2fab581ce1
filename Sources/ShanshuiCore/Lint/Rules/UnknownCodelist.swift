/// SL005: a `codelist` check names a declared codelist, and `<applies projectTypes>` names codes of `project-types`.
struct UnknownCodelist: LintRule {
  let id = "SL005"
  let name = "unknown-codelist"
  let severity = Severity.error
  let title = LocalizedText(zh: "引用了未定义的代码表或项目类型", en: "Reference to an undefined codelist or project type")
  let rationale = LocalizedText(
    zh: "代码表检查找不到代码表就无从判定；项目类型写错则规则永远不适用。加载器拒绝标准（E204）。",
    en: "A codelist check without its codelist cannot judge anything, and a mistyped project type makes a rule never apply; the loader refuses the standard (E204).")
  let triggering = [LintExample(rules: LintExample.rule(check: #"<codelist path="@mode" list="restoration-modes"/>"#))]
  let nonTriggering = [LintExample(rules: LintExample.rule(check: #"<codelist path="@mode" list="test-modes"/>"#))]

  func check(_ standard: LintedStandard) -> [LintFinding] {
    var findings: [LintFinding] = []
    for rule in standard.rules {
      for list in rule.builtCheck?.codelistIDs ?? [] where standard.codelists[list] == nil {
        findings.append(finding(
          "规则 \(rule.id) 引用了未定义的代码表 \(list)", "rule \(rule.id) refers to unknown codelist \(list)",
          at: rule.checkNode.map { rule.file.location(ofAttribute: "list", of: $0) } ?? rule.location))
      }
      guard let types = standard.codelists["project-types"], let applies = rule.node.element("applies") else { continue }
      for type in (applies.attribute("projectTypes") ?? "").split(separator: " ").map(String.init) where types.codes[type] == nil {
        findings.append(finding(
          "规则 \(rule.id) 限定的项目类型 \(type) 不在 project-types 代码表中",
          "rule \(rule.id) applies to project type \(type), which the project-types codelist lacks",
          at: rule.file.location(ofAttribute: "projectTypes", of: applies)))
      }
    }
    return findings
  }
}
