import ShanshuiCore

/// One SARIF run: the tool and its rules, the invocation, the results.
struct SARIFRun: Encodable {
  var tool: Tool
  var invocations: [Invocation]
  var originalUriBaseIds: [String: ArtifactLocation]
  var results: [SARIFResult]
  var language: String
  var properties: Properties

  struct Tool: Encodable { var driver: Driver }

  struct Driver: Encodable {
    var name = "shanshui"
    var version: String
    var semanticVersion: String
    var informationUri = "https://github.com/shanshui-standard/shanshui"
    var rules: [Rule]
  }

  struct Rule: Encodable {
    var id: String
    var name: String
    var shortDescription: Message
    var fullDescription: Message
    var help: Message
    var defaultConfiguration: Configuration
    var properties: RuleProperties
  }

  struct Configuration: Encodable { var level: String }

  struct RuleProperties: Encodable {
    var theme: String
    var profiles: [String]
    var tags: [String]
  }

  struct Message: Encodable { var text: String }

  struct ArtifactLocation: Encodable {
    var uri: String
    var uriBaseId: String?

    init(uri: String, uriBaseId: String?) {
      self.uri = uri
      self.uriBaseId = uriBaseId
    }

    /// A file as reports name it: below the base, a URI relative to `SRCROOT`; elsewhere an absolute `file://` URI,
    /// since SARIF consumers resolve a URI without `uriBaseId` on their own and a bare `/path` names no scheme.
    init(path: String) {
      if path.hasPrefix("/") {
        self.init(uri: "file://" + URIText.encodePath(path), uriBaseId: nil)
      } else {
        self.init(uri: URIText.encodePath(path), uriBaseId: SARIFReporter.baseID)
      }
    }
  }

  struct Invocation: Encodable {
    var executionSuccessful: Bool
    var toolExecutionNotifications: [Notification]
    var toolConfigurationNotifications: [Notification]
  }

  struct Notification: Encodable {
    var level: String
    var message: Message
    var descriptor: Descriptor
    var locations: [SARIFResult.Location]?
  }

  struct Descriptor: Encodable { var id: String }

  struct Properties: Encodable {
    var standard: StandardProperties?
    var summary: Report.Summary
  }

  struct StandardProperties: Encodable {
    var id, version, status, effective, title: String
  }

  init(_ report: Report) {
    let language = report.language
    let rules = report.rulesThatRan
    let ruleIndex = Dictionary(uniqueKeysWithValues: rules.enumerated().map { ($1.id, $0) })
    tool = Tool(driver: Driver(
      version: report.toolVersion, semanticVersion: report.toolVersion,
      rules: rules.map { Self.rule($0, language) }))
    let base = report.baseDirectory.hasSuffix("/") ? report.baseDirectory : report.baseDirectory + "/"
    originalUriBaseIds = [SARIFReporter.baseID: ArtifactLocation(uri: "file://" + URIText.encodePath(base), uriBaseId: nil)]
    results = report.files.flatMap { file in
      file.findings.map { SARIFResult($0, suppression: nil, report: report, ruleIndex: ruleIndex) }
        + file.suppressed.map { SARIFResult($0.finding, suppression: $0, report: report, ruleIndex: ruleIndex) }
    }
    let problems = report.standardDiagnostics + report.files.flatMap(\.diagnostics)
    invocations = [Invocation(
      executionSuccessful: report.isComplete,
      toolExecutionNotifications: problems.map { Self.notification($0, report) },
      toolConfigurationNotifications: report.suppressions.compactMap { Self.inlineNotice($0, report) })]
    self.language = language == .zh ? "zh-CN" : "en"
    properties = Properties(
      standard: report.standard.map {
        StandardProperties(id: $0.id, version: $0.version, status: $0.status, effective: $0.effective,
                           title: $0.title.text(language))
      },
      summary: report.summary)
  }

  private static func rule(_ rule: RuleInfo, _ language: Language) -> Rule {
    let help = [
      rule.description(language),
      (language == .zh ? "消息：" : "Message: ") + rule.message.text(language),
    ].joined(separator: "\n")
    return Rule(
      id: rule.id, name: rule.id, shortDescription: Message(text: rule.title.text(language)),
      fullDescription: Message(text: rule.description(language)), help: Message(text: help),
      defaultConfiguration: Configuration(level: SARIFReporter.level(rule.severity)),
      properties: RuleProperties(theme: rule.theme, profiles: rule.profiles.map(\.rawValue), tags: [rule.theme]))
  }

  private static func notification(_ diagnostic: Diagnostic, _ report: Report) -> Notification {
    Notification(
      level: "error", message: Message(text: diagnostic.message.text(report.language)),
      descriptor: Descriptor(id: diagnostic.code.rawValue),
      locations: [SARIFResult.Location(file: diagnostic.location.file, line: diagnostic.location.line,
                                       column: diagnostic.location.column, xpath: nil, report: report)])
  }

  /// An inline directive the reviewer should see: without a rule id or a reason (not applied), a waiver requested
  /// under `--inline-suppressions report`, one refused (the rule cannot be waived) or denied under `deny`; the reason is part of the message.
  private static func inlineNotice(_ suppression: Suppression, _ report: Report) -> Notification? {
    if suppression.kind == .baseline && suppression.status == .stale {
      let rule = suppression.ruleID ?? "?"
      return Notification(
        level: "note", message: Message(text: report.language == .zh
          ? "基线条目 \(rule)（\(suppression.reason)）未匹配任何结果，已过期" : "baseline entry \(rule) (\(suppression.reason)) matched nothing: stale"),
        descriptor: Descriptor(id: "baseline-stale"),
        locations: suppression.file.map { [SARIFResult.Location(file: $0, line: 0, column: 0, xpath: nil, report: report)] })
    }
    guard suppression.kind == .inline else { return nil }
    let rule = suppression.ruleID ?? "?"
    let (level, id, zh, en): (String, String, String, String)
    switch suppression.status {
    case .rejected:
      (level, id) = ("warning", "suppression-rejected")
      (zh, en) = ("shanshui-ignore 注释缺少规则编号或理由，未生效",
                  "a shanshui-ignore comment without a rule id or a reason was not applied")
    case .requested:
      (level, id) = ("note", "suppression-requested")
      (zh, en) = ("申请豁免 \(rule)（未生效，结果保留）：\(suppression.reason)",
                  "waiver of \(rule) requested (not applied, findings kept): \(suppression.reason)")
    case .refused:
      (level, id) = ("warning", "suppression-refused")
      (zh, en) = ("规则 \(rule) 的来源为法律法规，不可豁免（结果保留）：\(suppression.reason)",
                  "\(rule) cannot be waived, its source is a law or regulation (findings kept): \(suppression.reason)")
    case .denied:
      (level, id) = ("warning", "suppression-denied")
      (zh, en) = ("豁免申请 \(rule) 被拒绝（结果保留）：\(suppression.reason)",
                  "waiver of \(rule) denied (findings kept): \(suppression.reason)")
    case .applied, .unused, .stale: return nil
    }
    return Notification(
      level: level, message: Message(text: report.language == .zh ? zh : en),
      descriptor: Descriptor(id: id),
      locations: suppression.file.map {
        [SARIFResult.Location(file: $0, line: suppression.line ?? 0, column: 0, xpath: nil, report: report)]
      })
  }
}
