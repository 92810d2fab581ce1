import ShanshuiCore

extension SARIF {
  /// `check`'s run properties: the standard and the summary.
  struct CheckRunProperties: Encodable {
    var standard: StandardProperties?
    var summary: Report.Summary
    /// Per file, the version of the standard that judged it and why (absent when no file records one).
    var judgedBy: [JudgedByProperties]?
    /// Which file served each reviewer-layer role (absent when no layer was given).
    var layers: [JSONReporter.LayerSourceJSON]? = nil
    /// The shard of a `--shard` run, as in the JSON report (absent otherwise).
    var shard: ShardInfo? = nil
  }

  struct JudgedByProperties: Encodable {
    /// The artifact's URI, as in the results' locations (relative to `SRCROOT` unless absolute).
    var uri: String
    var version, effective, basis, reason: String
    var judgingDate: String?
    var beforeEveryVersion: Bool
  }

  struct StandardProperties: Encodable {
    var id, version, status, effective, title: String
  }
}

/// `check`'s run: the tool and the rules that ran, the invocation with every problem and inline-directive notice, the
/// results.
extension SARIF.Run {
  /// Each rule's index in `tool.driver.rules`, by id.
  typealias RuleIndex = [String: Int]

  /// - parameter withResults: whether to build the results (false: none, for `SARIFReporter` to write one at a time
  ///   with `results(of:ruleIndex:)`).
  init(_ report: Report, results withResults: Bool = true) {
    let language = report.language
    let rules = report.rulesThatRan
    let ruleIndex = Self.ruleIndex(rules.map(\.id))
    tool = SARIF.Tool(
      driver: SARIF.Driver(
        name: "shanshui", version: report.toolVersion, semanticVersion: report.toolVersion,
        informationUri: "https://github.com/shanshui-standard/shanshui", rules: rules.map { Self.rule($0, language) }))
    let base = report.baseDirectory.hasSuffix("/") ? report.baseDirectory : report.baseDirectory + "/"
    originalUriBaseIds = [
      SARIFReporter.baseID: SARIF.ArtifactLocation(uri: "file://" + URIText.encodePath(base), uriBaseId: nil)
    ]
    let each = Self.results(of: report, ruleIndex: ruleIndex)
    results = withResults ? (0..<each.count).map(each.result) : []
    let problems = report.standardDiagnostics + report.layerDiagnostics + report.files.flatMap(\.diagnostics)
    invocations = [
      SARIF.Invocation(
        executionSuccessful: report.isComplete,
        toolExecutionNotifications: problems.map { Self.notification($0, report) },
        toolConfigurationNotifications: report.suppressions.compactMap { Self.inlineNotice($0, report) })
    ]
    self.language = language == .zh ? "zh-CN" : "en"
    properties = SARIF.CheckRunProperties(
      standard: report.standard.map {
        SARIF.StandardProperties(
          id: $0.id, version: $0.version, status: $0.status, effective: $0.effective,
          title: $0.title.text(language))
      },
      summary: report.summary, judgedBy: Self.judgedBy(report),
      layers: report.layerSources.isEmpty ? nil : report.layerSources.map(JSONReporter.LayerSourceJSON.init),
      shard: report.shard)
    automationDetails = report.shard.map { SARIF.AutomationDetails(id: $0.automationID) }
  }

  /// Each rule id's place in `ids` (the driver's rules, in order).
  static func ruleIndex(_ ids: [String]) -> RuleIndex {
    Dictionary(uniqueKeysWithValues: ids.enumerated().map { ($1, $0) })
  }

  /// The run's results in order, made one at a time: per file its findings, its suppressed findings, its rules not
  /// checked.
  static func results(of report: Report, ruleIndex: RuleIndex) -> (count: Int, result: (Int) -> SARIF.Result) {
    // One small entry per result (file, kind, position), not the results themselves.
    var entries: [(file: Int32, kind: UInt8, position: Int32)] = []
    for (index, file) in report.files.enumerated() {
      let lists = [file.findings.count, file.suppressed.count, file.notChecked.count]
      for (kind, count) in lists.enumerated() {
        for position in 0..<count { entries.append((Int32(index), UInt8(kind), Int32(position))) }
      }
    }
    return (
      entries.count,
      { index in
        let entry = entries[index]
        let file = report.files[Int(entry.file)]
        let position = Int(entry.position)
        switch entry.kind {
        case 0: return SARIF.Result(file.findings[position], suppression: nil, report: report, ruleIndex: ruleIndex)
        case 1:
          let suppressed = file.suppressed[position]
          return SARIF.Result(suppressed.finding, suppression: suppressed, report: report, ruleIndex: ruleIndex)
        default: return SARIF.Result(file.notChecked[position], report: report, ruleIndex: ruleIndex)
        }
      }
    )
  }

  private static func judgedBy(_ report: Report) -> [SARIF.JudgedByProperties]? {
    let entries = report.files.compactMap { file in
      file.judgedBy.map {
        SARIF.JudgedByProperties(
          uri: SARIF.ArtifactLocation(path: report.relativePath(file.path), relativeTo: SARIFReporter.baseID).uri,
          version: $0.version, effective: $0.effective, basis: $0.basis.rawValue,
          reason: $0.reason.text(report.language), judgingDate: $0.judgingDate?.date.description,
          beforeEveryVersion: $0.beforeEveryVersion)
      }
    }
    return entries.isEmpty ? nil : entries
  }

  private static func rule(_ rule: RuleInfo, _ language: Language) -> SARIF.Rule {
    let help = [
      rule.description(language),
      (language == .zh ? "消息：" : "Message: ") + rule.message.text(language),
    ].joined(separator: "\n")
    return SARIF.Rule(
      id: rule.id, name: rule.id, shortDescription: SARIF.Message(text: rule.title.text(language)),
      fullDescription: SARIF.Message(text: rule.description(language)), help: SARIF.Message(text: help),
      defaultConfiguration: SARIF.Configuration(level: SARIF.level(rule.severity)),
      properties: SARIF.RuleProperties(theme: rule.theme, profiles: rule.profiles.map(\.rawValue), tags: [rule.theme]))
  }

  private static func notification(_ diagnostic: Diagnostic, _ report: Report) -> SARIF.Notification {
    SARIF.Notification(
      level: "error", message: SARIF.Message(text: diagnostic.message.text(report.language)),
      descriptor: SARIF.Descriptor(id: diagnostic.code.rawValue),
      locations: [
        SARIF.Location(
          file: diagnostic.location.file, line: diagnostic.location.line,
          column: diagnostic.location.column, xpath: nil, report: report)
      ], properties: diagnostic.raw.map { ["raw": $0] })
  }

  /// An inline directive the reviewer should see: without a rule id or a reason (not applied), a waiver requested
  /// under `--inline-suppressions report`, one refused (the rule cannot be waived) or denied under `deny`; the reason is part of the message.
  private static func inlineNotice(_ suppression: Suppression, _ report: Report) -> SARIF.Notification? {
    if suppression.kind == .baseline && suppression.status == .stale {
      let rule = suppression.ruleID ?? "?"
      return SARIF.Notification(
        level: "note",
        message: SARIF.Message(
          text: report.language == .zh
            ? "基线条目 \(rule)（\(suppression.reason)）未匹配任何结果，已过期"
            : "baseline entry \(rule) (\(suppression.reason)) matched nothing: stale"),
        descriptor: SARIF.Descriptor(id: "baseline-stale"),
        locations: suppression.file.map { [SARIF.Location(file: $0, line: 0, column: 0, xpath: nil, report: report)] })
    }
    guard suppression.kind == .inline else { return nil }
    let rule = suppression.ruleID ?? "?"
    let (level, id, zh, en): (String, String, String, String)
    switch suppression.status {
    case .rejected:
      (level, id) = ("warning", "suppression-rejected")
      (zh, en) = (
        "shanshui-ignore 注释缺少规则编号或理由，未生效",
        "a shanshui-ignore comment without a rule id or a reason was not applied"
      )
    case .requested:
      (level, id) = ("note", "suppression-requested")
      (zh, en) = (
        "申请豁免 \(rule)（未生效，结果保留）：\(suppression.reason)",
        "waiver of \(rule) requested (not applied, findings kept): \(suppression.reason)"
      )
    case .refused:
      (level, id) = ("warning", "suppression-refused")
      (zh, en) = (
        "规则 \(rule) 的来源为法律法规，不可豁免（结果保留）：\(suppression.reason)",
        "\(rule) cannot be waived, its source is a law or regulation (findings kept): \(suppression.reason)"
      )
    case .denied:
      (level, id) = ("warning", "suppression-denied")
      (zh, en) = (
        "豁免申请 \(rule) 被拒绝（结果保留）：\(suppression.reason)",
        "waiver of \(rule) denied (findings kept): \(suppression.reason)"
      )
    case .applied, .unused, .stale: return nil
    }
    return SARIF.Notification(
      level: level, message: SARIF.Message(text: report.language == .zh ? zh : en),
      descriptor: SARIF.Descriptor(id: id),
      locations: suppression.file.map {
        [SARIF.Location(file: $0, line: suppression.line ?? 0, column: 0, xpath: nil, report: report)]
      })
  }
}
