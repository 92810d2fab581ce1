import ShanshuiXML

/// SL007: a rule has, under every profile it says it applies to, a value for every parameter it reads; and at least
/// one of its passing examples runs under a profile where it has them.
struct ProfileWithoutValue: LintRule {
  let id = "SL007"
  let name = "profile-without-value"
  let severity = Severity.warning
  let title = LocalizedText(
    zh: "规则声明适用的标准下参数没有取值", en: "A parameter has no value under a profile the rule says it applies to")
  let rationale = LocalizedText(
    zh: "参数在某标准下没有取值时，读取它的规则在该标准下不适用；若规则的 <applies profiles> 却列出该标准，规则就会悄然不被检查；通过示例若都在这样的标准下运行，就没有一个证明规则会通过。",
    en:
      "A rule whose parameter has no value under a profile does not apply there; when its <applies profiles> lists that profile anyway, the rule silently goes unchecked, and when every passing example runs under such a profile, none shows the rule passing."
  )
  let triggering = [
    LintExample(
      rules: LintExample.rule(
        applies: #"<applies profiles="chongqing sichuan"/>"#,
        check: #"<range path="share" max="$test-share"/>"#)),
    LintExample(
      rules: LintExample.rule(
        check: #"<range path="target" min="$test-share"/>"#,
        examples:
          #"<example outcome="pass" profile="sichuan"/><example outcome="fail" profile="chongqing"><set path="units/unit[1]/target">40</set></example>"#
      )),
  ]
  let nonTriggering = [
    LintExample(
      rules: LintExample.rule(
        applies: #"<applies profiles="chongqing"/>"#,
        check: #"<range path="share" max="$test-share"/>"#)),
    LintExample(
      rules: LintExample.rule(
        check: #"<range path="target" min="$test-share"/>"#,
        examples:
          #"<example outcome="pass" profile="chongqing"/><example outcome="pass" profile="sichuan"/><example outcome="fail" profile="chongqing"><set path="units/unit[1]/target">40</set></example>"#
      )),
  ]

  func check(_ standard: LintedStandard) -> [LintFinding] {
    standard.rules.flatMap { rule -> [LintFinding] in
      let ids = Set(rule.builtCheck?.parameterIDs ?? []).union(MessageTemplate.parameterIDs(in: rule.message)).sorted()
      let parameters = ids.compactMap { id in standard.parameters[id].map { (id, $0) } }
      var findings: [LintFinding] = []
      let declared = rule.declaredProfiles
      if let declared, let applies = rule.node.element("applies") {
        for (id, parameter) in parameters {
          for profile in declared where parameter.resolved(for: profile) == nil {
            findings.append(
              finding(
                "规则 \(rule.id) 声明适用于\(profile.title.text(.zh))，但参数 \(id) 在该标准下没有取值，规则不会被检查",
                "rule \(rule.id) says it applies under \(profile.rawValue), but parameter \(id) has no value there: the rule is never checked",
                at: rule.file.location(ofAttribute: "profiles", of: applies)))
          }
        }
      }
      // A passing example under a profile without the value passes without the rule running: fine to document that
      // the rule does not apply there, but when every passing example is of that kind, none shows the rule passing.
      let passing = rule.node.elements("example").filter { $0.attribute("outcome") == "pass" }
      let vacuous = passing.compactMap { example -> (XMLNode, Profile, String)? in
        guard let profile = example.attribute("profile").flatMap(Profile.init(rawValue:)),
          let (id, _) = parameters.first(where: { $0.1.resolved(for: profile) == nil })
        else { return nil }
        return (example, profile, id)
      }
      if !passing.isEmpty, vacuous.count == passing.count, let (example, profile, id) = vacuous.first {
        findings.append(
          finding(
            "规则 \(rule.id) 的通过示例都在参数没有取值的标准下运行（如\(profile.title.text(.zh))下的 \(id)），规则在那里不被检查，没有一个示例证明规则会通过",
            "every passing example of rule \(rule.id) runs under a profile where a parameter has no value (\(id) under \(profile.rawValue)): the rule never runs there, and no example shows it passing",
            at: rule.file.location(ofAttribute: "profile", of: example)))
      }
      return findings
    }
  }
}
