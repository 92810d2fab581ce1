import ShanshuiXML

/// SL003: no id is declared twice: rules, parameters, codelists, source documents, codes in a codelist, a
/// parameter's value for one profile, a namespace prefix bound to two URIs; and no file is included twice.
struct DuplicateID: LintRule {
  let id = "SL003"
  let name = "duplicate-id"
  let severity = Severity.error
  let title = LocalizedText(zh: "标识重复", en: "Duplicate id")
  let rationale = LocalizedText(
    zh: "编号在整个标准中唯一（跨文档）；重复时加载器拒绝标准（E203），而报告与引用无法分辨是哪一个。",
    en:
      "Ids are unique across the whole standard, not only within a document; the loader refuses duplicates (E203), and reports and references could not tell them apart."
  )
  let triggering = [
    LintExample(rules: LintExample.rule(id: "SS-TST-001") + "\n" + LintExample.rule(id: "SS-TST-001")),
    LintExample(
      parameters: """
        <parameter id="test-share" unit="percent" stricter="lower">
          <title lang="zh">份额</title><title lang="en">Share</title>
          <value profile="chongqing" status="adopted" value="40"><source ref="test-source"/></value>
        </parameter>
        """),
  ]
  let nonTriggering = [
    LintExample(rules: LintExample.rule(id: "SS-TST-001") + "\n" + LintExample.rule(id: "SS-TST-002"))
  ]

  func check(_ standard: LintedStandard) -> [LintFinding] {
    var findings: [LintFinding] = []
    var seen: [String: SourceLocation] = [:]
    /// Records `id` of `kind`; a second declaration within `scope` (the whole standard by default) is a finding.
    func unique(_ kind: LocalizedText, _ id: String, _ file: LintFile, _ node: XMLNode, scope: String = "") {
      let key = "\(kind.text(.en))|\(scope)|\(id)"
      let location = file.location(of: node)
      guard let first = seen[key] else {
        seen[key] = location
        return
      }
      findings.append(
        finding(
          "\(kind.text(.zh)) \(id) 重复（首次声明于 \(first.file):\(first.line)）",
          "duplicate \(kind.text(.en)) \(id) (first declared at \(first.file):\(first.line))", at: location))
    }
    // A document included twice would declare everything twice: report the include, not each id in it.
    for manifest in standard.files where manifest.isManifest {
      for include in manifest.root?.elements("include") ?? [] {
        unique(LocalizedText(zh: "包含的文件", en: "included file"), include.attribute("href") ?? "", manifest, include)
      }
    }
    var prefixes: [String: String] = ["s": Namespaces.submission, "ss": Namespaces.functions]
    for file in standard.ruleDocuments {
      guard let root = file.root else { continue }
      for namespace in root.elements("namespace") {
        let prefix = namespace.attribute("prefix") ?? ""
        let uri = namespace.attribute("uri") ?? ""
        if let bound = prefixes[prefix], bound != uri {
          findings.append(
            finding(
              "前缀 \(prefix) 已绑定到 \(bound)", "prefix \(prefix) is already bound to \(bound)",
              at: file.location(of: namespace)))
        }
        prefixes[prefix] = uri
      }
      for document in root.element("sources")?.elements("document") ?? [] {
        unique(LocalizedText(zh: "来源文件", en: "source document"), document.attribute("id") ?? "", file, document)
      }
      for parameter in root.element("parameters")?.elements("parameter") ?? [] {
        let id = parameter.attribute("id") ?? ""
        unique(LocalizedText(zh: "参数", en: "parameter"), id, file, parameter)
        for value in parameter.elements("value") {
          unique(
            LocalizedText(zh: "参数 \(id) 的取值，标准", en: "value of parameter \(id) for profile"),
            value.attribute("profile") ?? "", file, value, scope: "\(file.path):\(parameter.line)")
        }
      }
      for codelist in root.element("codelists")?.elements("codelist") ?? [] {
        unique(LocalizedText(zh: "代码表", en: "codelist"), codelist.attribute("id") ?? "", file, codelist)
      }
    }
    for rule in standard.rules { unique(LocalizedText(zh: "规则", en: "rule"), rule.id, rule.file, rule.node) }
    // Codes within a codelist: the rule-document parser finds them.
    for diagnostic in standard.parserDiagnostics where diagnostic.code == .duplicateID {
      let location =
        standard.file(diagnostic.location.file)?.location(line: diagnostic.location.line) ?? diagnostic.location
      findings.append(finding(diagnostic.message, at: location))
    }
    return findings
  }
}
