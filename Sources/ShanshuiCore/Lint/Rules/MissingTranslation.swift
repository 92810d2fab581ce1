import ShanshuiXML

/// SL013: every text a reader sees comes in Chinese and English: titles (of documents, sources, parameters,
/// codelists, rules), messages and reasons.
struct MissingTranslation: LintRule {
  let id = "SL013"
  let name = "missing-translation"
  let severity = Severity.warning
  let title = LocalizedText(zh: "缺少中文或英文文本", en: "A Chinese or English text is missing")
  let rationale = LocalizedText(
    zh: "报告以 --lang zh 或 en 输出；缺一种语言时只能退回另一种，读者看到的就是夹杂的语言。",
    en: "Reports come in --lang zh or en; a missing text falls back on the other language, and readers get a mix.")
  let triggering = [
    LintExample(
      rules: LintExample.rule(
        titles: #"<title lang="zh">单元须填写面积</title><title lang="zh">单元应填写面积</title>"#))
  ]
  let nonTriggering = [LintExample()]

  /// Elements whose children of these names come in pairs.
  private static let pairs: [String: [String]] = [
    "standard": ["title"], "ruleDocument": ["title"], "document": ["title"], "parameter": ["title"],
    "value": ["reason"], "codelist": ["title"], "rule": ["title", "message"],
  ]

  func check(_ standard: LintedStandard) -> [LintFinding] {
    standard.files.flatMap { file in (file.root.map { visit($0, in: file) }) ?? [] }
  }

  private func visit(_ node: XMLNode, in file: LintFile) -> [LintFinding] {
    var findings: [LintFinding] = []
    for name in Self.pairs[node.localName] ?? [] {
      let texts = node.elements(name)
      guard let first = texts.first else { continue }
      let languages = Set(texts.compactMap { $0.attribute("lang") })
      for missing in Language.allCases where !languages.contains(missing.rawValue) {
        let owner = node.attribute("id").map { " \($0)" } ?? ""
        findings.append(
          finding(
            "\(node.localName)\(owner) 的 <\(name)> 缺少 lang=\"\(missing.rawValue)\" 文本",
            "<\(name)> of \(node.localName)\(owner) has no lang=\"\(missing.rawValue)\" text",
            at: file.location(of: first)))
      }
    }
    for child in node.childElements where child.namespaceURI == Namespaces.standard {
      findings += visit(child, in: file)
    }
    return findings
  }
}
