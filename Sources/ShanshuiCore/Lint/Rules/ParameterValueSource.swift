/// SL015: every parameter value is a number, an `adopted` one names its source, a `provisional` one gives its
/// reason, and a parameter has a value under at least one profile.
struct ParameterValueSource: LintRule {
  let id = "SL015"
  let name = "value-source"
  let severity = Severity.error
  let title = LocalizedText(zh: "参数取值缺少来源或理由", en: "A parameter value lacks its source or reason")
  let rationale = LocalizedText(
    zh: "标准的每个数值都须能追溯：采纳值给出文件与条款，暂定值说明为何尚无正式数值（加载器：E209）。",
    en:
      "Every figure of the standard must be traceable: an adopted value names the document and clause, a provisional one says why no official figure exists (loader: E209)."
  )
  let triggering = [
    LintExample(
      parameters: """
        <parameter id="unit-min-area" unit="ha" stricter="higher">
          <title lang="zh">单元最小面积</title><title lang="en">Smallest unit area</title>
          <value profile="chongqing" status="adopted" value="1"/>
        </parameter>
        """)
  ]
  let nonTriggering = [
    LintExample(
      parameters: """
        <parameter id="unit-min-area" unit="ha" stricter="higher">
          <title lang="zh">单元最小面积</title><title lang="en">Smallest unit area</title>
          <value profile="chongqing" status="provisional" value="1"><reason lang="zh">尚无正式数值</reason><reason lang="en">No official figure yet</reason></value>
        </parameter>
        """)
  ]

  func check(_ standard: LintedStandard) -> [LintFinding] {
    standard.ruleDocuments.flatMap { file -> [LintFinding] in
      (file.root?.element("parameters")?.elements("parameter") ?? []).flatMap { parameter -> [LintFinding] in
        let id = parameter.attribute("id") ?? ""
        let values = parameter.elements("value")
        if values.isEmpty {
          return [
            finding(
              "参数 \(id) 在任何标准下都没有取值，引用它的规则永远不会适用",
              "parameter \(id) has no value under any profile: the rules that use it never apply",
              at: file.location(of: parameter))
          ]
        }
        return values.flatMap { value -> [LintFinding] in
          let profile = value.attribute("profile") ?? ""
          let location = file.location(of: value)
          var findings: [LintFinding] = []
          if Quantity.number(value.attribute("value") ?? "") == nil {
            findings.append(
              finding(
                "参数 \(id) 的 \(profile) 取值不是数字", "parameter \(id): the \(profile) value is not a number",
                at: file.location(ofAttribute: "value", of: value)))
          }
          if value.attribute("status") == "adopted" && value.elements("source").isEmpty {
            findings.append(
              finding(
                "参数 \(id) 的 \(profile) 取值为 adopted，但没有来源",
                "parameter \(id): the adopted \(profile) value has no source", at: location))
          }
          if value.attribute("status") == "provisional" && value.elements("reason").isEmpty {
            findings.append(
              finding(
                "参数 \(id) 的 \(profile) 取值为 provisional，但没有说明理由",
                "parameter \(id): the provisional \(profile) value gives no reason", at: location))
          }
          return findings
        }
      }
    }
  }
}
