import ShanshuiCore

/// What `shanshui lint` found, ready to render in any format.
public struct LintReport: Sendable {
  public var toolVersion: String
  public var result: LintResult
  /// The lint rules that ran (SARIF's rule table).
  public var rules: [LintRuleInfo]
  public var language: Language

  public init(toolVersion: String, result: LintResult, rules: [any LintRule] = LintRules.all, language: Language) {
    self.toolVersion = toolVersion
    self.result = result
    self.rules = rules.map(LintRuleInfo.init)
    self.language = language
  }

  /// Findings counted by severity.
  public func count(_ severity: Severity) -> Int { result.findings.filter { $0.severity == severity }.count }
}

/// A lint rule's description, without its check.
public struct LintRuleInfo: Sendable {
  public var id: String
  public var name: String
  public var severity: Severity
  public var title: LocalizedText
  public var rationale: LocalizedText

  init(_ rule: any LintRule) {
    id = rule.id
    name = rule.name
    severity = rule.severity
    title = rule.title
    rationale = rule.rationale
  }
}

/// The output formats of `shanshui lint`.
public enum LintFormat: String, Sendable, CaseIterable {
  case text, json, sarif

  public func render(_ report: LintReport) -> String {
    switch self {
    case .text: return LintTextRenderer.render(report)
    case .json: return LintJSONRenderer.render(report)
    case .sarif: return LintSARIF.render(report)
    }
  }
}
