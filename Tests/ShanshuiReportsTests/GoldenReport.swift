import ShanshuiCore
import ShanshuiReports

/// One report exercising every part of every format: findings with and without parameters, a file that could not
/// be checked, a cross-border file with a verdict matrix, suppressions of each kind, and hostile text (`<`, `&`,
/// `"`, `]]>`, control characters, Chinese) in every place submission or rule text can reach.
enum GoldenReport {
  static let hostile = "<script>alert(1)</script> & \"q\" ]]> \u{1B}[31m\u{7}\u{0} 红线"

  static func make(_ language: Language = .en) -> Report {
    let parameter = Finding.ParameterUse(
      id: "min-area", value: 1000, unit: "ha", status: .provisional, valueFrom: .chongqing,
      sources: [LocalizedText(zh: "来源 第1条", en: "Source, clause 1")], reason: LocalizedText(zh: "暂无", en: "none yet"))
    let error = Finding(
      ruleID: "SS-TST-001", severity: .error, theme: "test", title: LocalizedText(zh: "面积下限", en: "Minimum area"),
      message: LocalizedText(zh: "面积不足：\(hostile)", en: "Area too small: \(hostile)"),
      location: SourceLocation(file: "/work/project/subs/a.xml", line: 12), path: "/submission/units/unit[1]/area",
      anchoredPath: "unit[@id='U1']/area", profile: .unified, parameter: parameter,
      notes: [LocalizedText(zh: "注：统一值暂缺", en: "note: no unified value")],
      sources: [LocalizedText(zh: "来源", en: "Source")])
    let warning = Finding(
      ruleID: "SS-TST-002", severity: .warning, theme: "monitoring", title: LocalizedText(zh: "监测期", en: "Monitoring"),
      message: LocalizedText(zh: "监测期过短", en: "Monitoring too short"),
      location: SourceLocation(file: "/work/project/subs/a.xml", line: 14), path: "/submission/monitoring/@period",
      anchoredPath: "/submission/monitoring/@period", profile: .chongqing, parameter: nil, notes: [], sources: [])
    let silenced = Finding(
      ruleID: "SS-TST-003", severity: .info, theme: "test", title: LocalizedText("t3"), message: LocalizedText("known"),
      location: SourceLocation(file: "/work/project/subs/a.xml", line: 20), path: "/submission/project",
      anchoredPath: "project[@id='P-1']", profile: .sichuan, parameter: nil, notes: [], sources: [])
    var checked = FileResult(
      path: "/work/project/subs/a.xml", status: .checked, findings: [error, warning],
      profiles: [.chongqing, .unified], projectID: "P-1 \(hostile)")
    checked.evaluatedRuleIDs = ["SS-TST-001", "SS-TST-002", "SS-TST-003", "SS-TST-004"]
    checked.sourceLines = [12: "<area unit=\"ha\">5</area><!-- \(hostile) -->", 14: "<monitoring period=\"1\"/>"]
    checked.suppressed = [
      SuppressedFinding(finding: silenced, kind: .inline, reason: "agreed with reviewer \(hostile)")
    ]
    checked.seconds = 0.25
    // Judged by an older version than the report's standard (1.2.3), on a programme code written by the submitter.
    checked.judgedBy = VersionChoice(
      version: "1.1.0", effective: "2025-01-01",
      judgingDate: JudgingDate(
        date: CalendarDate(year: 2025, month: 1, day: 1)!, basis: .callYear, programme: "central-\(hostile)",
        written: "2025"))
    checked.verdicts = VerdictMatrix(
      columns: [.chongqing, .sichuan, .unified],
      rows: [
        .init(ruleID: "SS-TST-001", verdicts: [.chongqing: .pass, .sichuan: .fail, .unified: .fail], divergent: true),
        .init(
          ruleID: "SS-TST-002", verdicts: [.chongqing: .warn, .sichuan: .warn, .unified: .notApplicable],
          divergent: false),
      ])
    let broken = FileResult(
      path: "subs/b d.xml", status: .notChecked,
      diagnostics: [
        Diagnostic(
          .inputMalformed, LocalizedText("Premature end of data \(hostile)"),
          at: SourceLocation(file: "subs/b d.xml", line: 3, column: 5))
      ])
    let info = StandardInfo(
      id: "std", version: "1.2.3", status: "draft", effective: "2026-12-01",
      title: LocalizedText(zh: "标准", en: "Standard"))
    var report = Report(toolVersion: "0.1.0", standard: info, files: [checked, broken], language: language)
    report.baseDirectory = "/work/project"
    report.timestamp = "2026-11-24T12:00:00"
    report.hostname = "ci-runner"
    report.rules = ["SS-TST-001", "SS-TST-002", "SS-TST-003", "SS-TST-004"].enumerated().map { index, id in
      RuleInfo(
        id: id, title: LocalizedText(zh: "规则 \(index + 1)", en: "Rule \(index + 1) \(hostile)"),
        severity: [.error, .warning, .info, .error][index], theme: index == 1 ? "monitoring" : "test",
        checks: LocalizedText(zh: "检查数值范围。", en: "Checks a range."),
        sources: [LocalizedText(zh: "某规范 第3条", en: "Some code, clause 3")],
        profiles: Profile.allCases, message: LocalizedText(zh: "值 {actual} 超限", en: "value {actual} out of range"))
    }
    report.suppressions = [
      Suppression(kind: .disabled, status: .unused, ruleID: "SS-TST-004", reason: "not agreed yet", count: 0),
      Suppression(
        kind: .inline, status: .applied, ruleID: "SS-TST-003", file: "/work/project/subs/a.xml", line: 20,
        reason: "agreed with reviewer \(hostile)", count: 1),
      Suppression(
        kind: .inline, status: .rejected, ruleID: "SS-TST-002", file: "/work/project/subs/a.xml", line: 30,
        reason: "", count: 0),
    ]
    return report
  }
}
