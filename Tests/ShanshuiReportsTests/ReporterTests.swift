import Foundation
import ShanshuiCore
import ShanshuiReports
import Testing

/// Reporters render one shared report; text is compiler-style, JSON parses and carries every finding field.
@Suite struct ReporterTests {
  static func report(language: Language = .en) -> Report {
    let parameter = Finding.ParameterUse(
      id: "min-area", value: 1000, unit: "ha", status: .provisional, valueFrom: .chongqing,
      sources: [LocalizedText(zh: "来源 第1条", en: "Source, clause 1")], reason: LocalizedText(zh: "暂无", en: "none yet"))
    let finding = Finding(
      ruleID: "SS-TST-001", severity: .error, theme: "test",
      title: LocalizedText(zh: "标题", en: "Title"),
      message: LocalizedText(zh: "面积不足 <script>", en: "Area too small <script>"),
      location: SourceLocation(file: "a.xml", line: 12), path: "/submission/units/unit[1]/area",
      anchoredPath: "unit[@id='U1']/area", profile: .unified, parameter: parameter,
      notes: [LocalizedText(zh: "注释", en: "a note")], sources: [LocalizedText(zh: "来源", en: "Source")])
    let warning = Finding(
      ruleID: "SS-TST-002", severity: .warning, theme: "test", title: LocalizedText("t"), message: LocalizedText("w"),
      location: SourceLocation(file: "a.xml", line: 14), path: "/submission", anchoredPath: "/submission",
      profile: .chongqing, parameter: nil, notes: [], sources: [])
    let broken = FileResult(
      path: "b.xml", status: .notChecked,
      diagnostics: [
        Diagnostic(
          .inputMalformed, LocalizedText("Premature end of data"), at: SourceLocation(file: "b.xml", line: 3, column: 5)
        )
      ])
    let info = StandardInfo(
      id: "std", version: "1.2.3", status: "draft", effective: "2026-12-01",
      title: LocalizedText(zh: "标准", en: "Standard"))
    return Report(
      toolVersion: "0.1.0", standard: info,
      files: [
        FileResult(
          path: "a.xml", status: .checked, findings: [finding, warning], profiles: [.chongqing, .unified],
          projectID: "P-1"),
        broken,
      ], language: language)
  }

  @Test func textIsCompilerStyle() {
    let text = TextReporter.render(Self.report())
    let lines = text.split(separator: "\n").map(String.init)
    #expect(lines.contains("a.xml:12: error: [SS-TST-001] Area too small <script> [unified]"))
    #expect(
      lines.contains(
        "    parameter min-area = 1000 ha (Chongqing, provisional; source: Source, clause 1; reason: none yet)"))
    #expect(lines.contains("    note: a note"))
    #expect(lines.contains("b.xml:3:5: error: [E101] Premature end of data"))
    #expect(
      lines.last
        == "2 files checked against std 1.2.3 (effective 2026-12-01): 1 error, 1 warning, 0 info; 1 input problem (1 file could not be checked completely)"
    )
    #expect(!text.contains("\u{1B}["))
  }

  @Test func textInChineseAndInColour() {
    var report = Self.report(language: .zh)
    report.colored = true
    let text = TextReporter.render(report)
    #expect(text.contains("a.xml:12: \u{1B}[1;31m错误\u{1B}[0m: [SS-TST-001] 面积不足 <script> [统一]"))
    #expect(text.contains("依据 std 1.2.3（2026-12-01 起施行）检查 2 个文件：错误 1，警告 1，提示 0；输入问题 1（1 个文件无法完整检查）"))
  }

  @Test func controlCharactersFromSubmissionsCannotForgeLines() {
    var report = Self.report()
    report.files[0].findings[0].message = LocalizedText("mode x\nother.xml:1: error: [SS-FUN-001] forged\u{1B}[31m")
    let text = TextReporter.render(report)
    #expect(!text.contains("\nother.xml:1"))
    #expect(text.contains("mode x\\nother.xml:1: error: [SS-FUN-001] forged\\u{1b}[31m [unified]"))
  }

  @Test func brokenStandardSummary() {
    var report = Self.report()
    report.files = []
    report.standardDiagnostics = [
      Diagnostic(.xpathSyntax, LocalizedText("bad"), at: SourceLocation(file: "r.xml", line: 3))
    ]
    #expect(
      TextReporter.render(report).hasSuffix("the standard could not be loaded (1 problem): no file was checked\n"))
  }

  @Test func jsonWritesNonFiniteNumbersAsStrings() throws {
    var report = Self.report()
    report.files[0].findings[0].parameter?.value = .nan
    let root = try JSONSerialization.jsonObject(with: Data(JSONReporter.render(report).utf8)) as? [String: Any]
    #expect(root?["formatVersion"] as? Int == 1)
  }

  @Test func jsonCarriesEveryFindingField() throws {
    let data = Data(JSONReporter.render(Self.report()).utf8)
    let root = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    #expect(root["formatVersion"] as? Int == 1)
    let standard = try #require(root["standard"] as? [String: Any])
    #expect(standard["version"] as? String == "1.2.3" && standard["effective"] as? String == "2026-12-01")
    let summary = try #require(root["summary"] as? [String: Int])
    #expect(summary["errors"] == 1 && summary["warnings"] == 1 && summary["notChecked"] == 1)
    let files = try #require(root["files"] as? [[String: Any]])
    let finding = try #require((files[0]["findings"] as? [[String: Any]])?.first)
    for key in [
      "ruleId", "severity", "message", "file", "line", "xpath", "profile", "parameter", "notes", "sources",
      "anchoredPath", "theme", "title",
    ] {
      #expect(finding[key] != nil, "missing \(key)")
    }
    #expect(finding["message"] as? String == "Area too small <script>")
    let parameter = try #require(finding["parameter"] as? [String: Any])
    #expect(parameter["value"] as? Double == 1000 && parameter["unit"] as? String == "ha")
    #expect(parameter["status"] as? String == "provisional" && parameter["valueFrom"] as? String == "chongqing")
    let diagnostic = try #require((files[1]["diagnostics"] as? [[String: Any]])?.first)
    #expect(
      diagnostic["code"] as? String == "E101" && diagnostic["line"] as? Int == 3 && diagnostic["column"] as? Int == 5)
  }

  @Test func jsonFollowsTheLanguage() throws {
    let data = Data(JSONReporter.render(Self.report(language: .zh)).utf8)
    let root = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    let files = try #require(root["files"] as? [[String: Any]])
    let finding = try #require((files[0]["findings"] as? [[String: Any]])?.first)
    #expect(finding["message"] as? String == "面积不足 <script>")
    #expect(root["language"] as? String == "zh")
  }

  @Test func everyReporterIsListedOnce() {
    let ids = Renderers.all.map { $0.identifier }
    #expect(Set(ids).count == ids.count)
    #expect(Renderers.named("json") != nil && Renderers.named("nope") == nil)
  }
}
