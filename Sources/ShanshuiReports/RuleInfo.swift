import ShanshuiCore

/// What reports say about a rule besides its findings: its texts, default severity, what it checks and its sources.
public struct RuleInfo: Sendable, Hashable {
  public var id: String
  public var title: LocalizedText
  public var severity: Severity
  public var theme: String
  /// What the rule's check kind does, in plain words.
  public var checks: LocalizedText
  public var sources: [LocalizedText]
  public var profiles: [Profile]
  /// The message template findings are written from, `{placeholders}` included.
  public var message: LocalizedText

  public init(
    id: String, title: LocalizedText, severity: Severity, theme: String, checks: LocalizedText,
    sources: [LocalizedText], profiles: [Profile], message: LocalizedText
  ) {
    self.id = id
    self.title = title
    self.severity = severity
    self.theme = theme
    self.checks = checks
    self.sources = sources
    self.profiles = profiles
    self.message = message
  }

  public init(_ rule: Rule) {
    self.init(
      id: rule.id, title: rule.title, severity: rule.severity, theme: rule.theme,
      checks: type(of: rule.check).description.summary, sources: rule.sources.map(\.citation),
      profiles: rule.profiles.sorted(), message: rule.message)
  }

  public init(_ notice: SystemNotice) {
    self.init(
      id: notice.id, title: notice.title, severity: notice.severity, theme: notice.theme, checks: notice.description,
      sources: [], profiles: notice.profiles, message: notice.message)
  }

  /// Every rule of `standard`, and the engine's own notices (`SS-SYS-…`), which findings may carry too.
  public static func rules(of standard: Standard) -> [RuleInfo] {
    standard.rules.map(RuleInfo.init)
      + SystemNotice.all.filter { notice in !standard.rules.contains { $0.id == notice.id } }
      .map(RuleInfo.init)
  }

  /// The full description: what is checked and on whose authority.
  public func description(_ language: Language) -> String {
    let sources = self.sources.map { $0.text(language) }
    guard !sources.isEmpty else { return checks.text(language) }
    return checks.text(language) + (language == .zh ? "依据：" : " Source: ")
      + sources.joined(separator: language == .zh ? "；" : "; ")
  }
}

extension Report {
  /// The rules that ran on at least one file (or produced a finding), in id order.
  public var rulesThatRan: [RuleInfo] {
    var ids = Set<String>()
    for file in files {
      ids.formUnion(file.evaluatedRuleIDs)
      ids.formUnion(file.findings.map(\.ruleID))
      ids.formUnion(file.suppressed.map(\.finding.ruleID))
    }
    return rules.filter { ids.contains($0.id) }.sorted { $0.id < $1.id }
  }
}
