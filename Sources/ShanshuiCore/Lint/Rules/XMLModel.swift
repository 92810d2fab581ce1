/// SL018: a rule document names its schema with `<?xml-model?>`, so XML editors validate and complete it.
struct XMLModel: LintRule {
  let id = "SL018"
  let name = "xml-model"
  let severity = Severity.warning
  let title = LocalizedText(
    zh: "规则文档缺少 xml-model 处理指令", en: "A rule document lacks the xml-model processing instruction")
  let rationale = LocalizedText(
    zh: "<?xml-model href=\"../schema/rules.xsd\" …?> 让 XML 编辑器在编辑时校验并补全元素与属性；shanshui 本身不读取它。",
    en:
      "<?xml-model href=\"../schema/rules.xsd\" …?> lets XML editors validate and complete elements and attributes while editing; shanshui itself does not read it."
  )
  let triggering = [LintExample(xmlModel: false)]
  let nonTriggering = [LintExample()]

  /// The processing instruction a rule document in `rules/` carries.
  static let instruction =
    #"<?xml-model href="../schema/rules.xsd" type="application/xml" schematypens="http://www.w3.org/2001/XMLSchema"?>"#

  func check(_ standard: LintedStandard) -> [LintFinding] {
    standard.ruleDocuments.compactMap { file in
      let prolog = file.prolog
      guard let start = prolog.range(of: "<?xml-model"),
        let end = prolog[start.upperBound...].range(of: "?>"),
        prolog[start.upperBound..<end.lowerBound].contains("rules.xsd")
      else {
        return finding(
          "规则文档没有指向 rules.xsd 的 xml-model 处理指令；请在 XML 声明后加上：\n\(Self.instruction)",
          "the rule document has no xml-model processing instruction naming rules.xsd; add after the XML declaration:\n\(Self.instruction)",
          at: SourceLocation(file: file.path, line: 1, column: 1))
      }
      return nil
    }
  }
}
