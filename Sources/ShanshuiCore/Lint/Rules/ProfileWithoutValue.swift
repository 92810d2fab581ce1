/// SL007: a rule that names the profiles it applies to has, under each, a value for every parameter it reads.
struct ProfileWithoutValue: LintRule {
  let id = "SL007"
  let name = "profile-without-value"
  let severity = Severity.warning
  let title = LocalizedText(zh: "规则声明适用的标准下参数没有取值", en: "A parameter has no value under a profile the rule says it applies to")
  let rationale = LocalizedText(
    zh: "参数在某标准下没有取值时，读取它的规则在该标准下不适用；若规则的 <applies profiles> 却列出该标准，规则就会悄然不被检查。",
    en: "A rule whose parameter has no value under a profile does not apply there; when its <applies profiles> lists that profile anyway, the rule silently goes unchecked.")
  let triggering = [LintExample(rules: LintExample.rule(
    applies: #"<applies profiles="chongqing sichuan"/>"#,
    check: #"<range path="share" max="$test-share"/>"#))]
  let nonTriggering = [LintExample(rules: LintExample.rule(
    applies: #"<applies profiles="chongqing"/>"#,
    check: #"<range path="share" max="$test-share"/>"#))]

  func check(_ standard: LintedStandard) -> [LintFinding] {
    standard.rules.flatMap { rule -> [LintFinding] in
      guard let profiles = rule.declaredProfiles, let applies = rule.node.element("applies") else { return [] }
      let ids = Set(rule.builtCheck?.parameterIDs ?? []).union(MessageTemplate.parameterIDs(in: rule.message)).sorted()
      return ids.flatMap { id -> [LintFinding] in
        guard let parameter = standard.parameters[id] else { return [] }
        return profiles.filter { parameter.resolved(for: $0) == nil }.map { profile in
          finding(
            "规则 \(rule.id) 声明适用于\(profile.title.text(.zh))，但参数 \(id) 在该标准下没有取值，规则不会被检查",
            "rule \(rule.id) says it applies under \(profile.rawValue), but parameter \(id) has no value there: the rule is never checked",
            at: rule.file.location(ofAttribute: "profiles", of: applies))
        }
      }
    }
  }
}
