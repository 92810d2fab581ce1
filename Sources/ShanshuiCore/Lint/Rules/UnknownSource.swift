import ShanshuiXML

/// SL006: every `<source ref>` (of a rule, a parameter value or a codelist) names a declared source document.
struct UnknownSource: LintRule {
  let id = "SL006"
  let name = "unknown-source"
  let severity = Severity.error
  let title = LocalizedText(zh: "引用了未定义的来源文件", en: "Reference to an undefined source document")
  let rationale = LocalizedText(
    zh: "每条规则与每个采纳值都须能追溯到来源文件及条款；引用不存在的来源等于没有来源（加载器：E204）。",
    en:
      "Every rule and adopted value must trace back to a source document and clause; a reference to an undeclared one is no source at all (loader: E204)."
  )
  let triggering = [LintExample(rules: LintExample.rule(sources: #"<source ref="mof-2099" clause="1.1"/>"#))]
  let nonTriggering = [
    LintExample(
      rules: LintExample.rule(sources: #"<source ref="mof-2099" clause="1.1"/>"#),
      sources:
        #"<document id="mof-2099" confidence="M"><title lang="zh">某通知</title><title lang="en">A notice</title></document>"#
    )
  ]

  func check(_ standard: LintedStandard) -> [LintFinding] {
    standard.ruleDocuments.flatMap { file in
      (file.root.map(Self.sourceReferences) ?? []).compactMap { reference in
        let ref = reference.attribute("ref") ?? ""
        guard !standard.sourceIDs.contains(ref) else { return nil }
        return finding(
          "未定义的来源文件 \(ref)", "unknown source document \(ref)", at: file.location(ofAttribute: "ref", of: reference))
      }
    }
  }

  /// Every `<source>` element below `node` (references; declarations are `<document>`).
  static func sourceReferences(in node: XMLNode) -> [XMLNode] {
    node.childElements.flatMap { child in
      child.localName == "source" && child.namespaceURI == Namespaces.standard ? [child] : sourceReferences(in: child)
    }
  }
}
