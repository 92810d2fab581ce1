import Foundation
import ShanshuiCore
import ShanshuiReports
import ShanshuiTestSupport
import Testing

/// The diff renderers: golden files for the release edits (`EditedStandard.releaseEdits()`), the empty diff, and
/// escaping of hostile text.
@Suite struct DiffRendererTests {
  static let releaseDiff: Result<StandardDiff, any Error> = Result {
    StandardDiff(old: try EditedStandard().load(), new: try EditedStandard.releaseEdits().load())
  }

  func report(_ language: Language) throws -> DiffReport {
    DiffReport(toolVersion: "test", diff: try Self.releaseDiff.get(), language: language)
  }

  @Test(arguments: [
    (DiffFormat.text, Language.en, "release-edits.en.txt"), (.text, .zh, "release-edits.zh.txt"),
    (.markdown, .en, "release-edits.en.md"), (.markdown, .zh, "release-edits.zh.md"),
    (.json, .en, "release-edits.json"),
  ])
  func releaseEditsMatchTheGoldenFiles(format: DiffFormat, language: Language, golden: String) throws {
    let output = format.renderer.render(try report(language))
    let mismatch = try Golden.mismatch(output, "diff/" + golden)
    #expect(mismatch == nil, "\(mismatch ?? "")")
  }

  @Test func theChangelogInTheEditorsGuideIsCurrent() throws {
    var edited = try EditedStandard.releaseEdits()
    try edited.replace(#"version="0.2.0" status="draft""#, with: #"version="0.3.0" status="draft""#, in: "standard.xml")
    let diff = StandardDiff(old: try EditedStandard().load(), new: try edited.load())
    let changelog = DiffMarkdownRenderer.render(DiffReport(toolVersion: "test", diff: diff, language: .en))
    let guide = String(decoding: try Repository.bytes("docs/editing-the-standard.md"), as: UTF8.self)
    #expect(
      guide.contains("````markdown\n" + changelog + "````\n"), "docs/editing-the-standard.md: paste\n\(changelog)")
  }

  @Test func textNamesEveryEditOnce() throws {
    let text = DiffTextRenderer.render(try report(.en))
    for line in [
      "  + SS-GRN-004 [warning, greening] A survival-rate target cannot exceed 100%",
      "  - SS-WET-004 [info, wetland] ", "      severity: error → warning", "      Sichuan value: 79 → 80",
      "      codes added: 500199", "      message (en):", "      context XPath:",
    ] {
      #expect(text.components(separatedBy: "\n").filter { $0.hasPrefix(line) }.count == 1, "\(line)")
    }
    // The summary, then SL027: the release edits change the content and leave the version at 0.2.0.
    #expect(
      text.hasSuffix(
        "rules: 1 added, 1 removed, 3 changed; parameters: 1 changed; codelists: 1 changed\nwarning: [SL027] the content changed but the manifest's version is still 0.2.0: raise version in standard.xml (and in the rule documents' headers) before releasing\n"
      ))
  }

  @Test func jsonIsVersionedAndLanguageNeutral() throws {
    let json = DiffJSONRenderer.render(try report(.zh))
    #expect(json == DiffJSONRenderer.render(try report(.en)))
    let root = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
    #expect(root["formatVersion"] as? Int == 1 && root["identical"] as? Bool == false)
    let rules = try #require(root["rules"] as? [String: Any])
    #expect((rules["added"] as? [[String: Any]])?.map { $0["id"] as? String } == ["SS-GRN-004"])
    let changed = try #require(rules["changed"] as? [[String: Any]])
    let severity = try #require((changed.first?["changes"] as? [[String: Any]])?.first)
    #expect(severity["field"] as? String == "severity" && severity["old"] as? String == "error")
  }

  @Test func anEmptyDiffSaysSo() throws {
    let standard = try EditedStandard().load()
    let diff = StandardDiff(old: standard, new: standard)
    #expect(
      DiffTextRenderer.render(DiffReport(toolVersion: "test", diff: diff, language: .en))
        == "chengyu-eco-restoration 0.2.0\nNo differences.\n")
    let markdown = DiffMarkdownRenderer.render(DiffReport(toolVersion: "test", diff: diff, language: .zh))
    #expect(markdown == "## chengyu-eco-restoration 0.2.0\n\n两个版本没有差异。\n")
    let json = DiffJSONRenderer.render(DiffReport(toolVersion: "test", diff: diff, language: .en))
    #expect(json.contains(#""identical" : true"#))
  }

  @Test func hostileTitlesAndMessagesAreEscaped() throws {
    let rule = """
      <rule id="SS-TST-001" severity="error">
        <title lang="zh">标题</title><title lang="en">TITLE</title>
        <message lang="zh">消息</message><message lang="en">MESSAGE</message>
        <source ref="test-source"/>
        <context>/s:submission</context>
        <required path="investment"/>
        <example outcome="pass" profile="chongqing"/>
        <example outcome="fail" profile="chongqing"><remove path="investment"/></example>
      </rule>
      """
    let old = try MiniStandard.load(rules: rule)
    let new = try MiniStandard.load(
      rules:
        rule
        .replacingOccurrences(of: "TITLE", with: "&lt;script&gt;alert(1)&lt;/script&gt; | *x*")
        .replacingOccurrences(of: "MESSAGE", with: "line one\nline two"))
    let report = DiffReport(toolVersion: "test", diff: StandardDiff(old: old, new: new), language: .en)
    let markdown = DiffMarkdownRenderer.render(report)
    #expect(!markdown.contains("<script>") && markdown.contains("&lt;script&gt;alert(1)&lt;/script&gt; \\| \\*x\\*"))
    let text = DiffTextRenderer.render(report)
    #expect(text.contains("→ line one line two") && !text.contains("\nline two"))
  }

  /// An added parameter shows each profile's value with its unit, status and source or reason, in both languages;
  /// SL027 is the last line of the text (content changed, version not), a quoted line in Markdown, a list in JSON.
  @Test func addedParameterValuesAndTheVersionWarningAreShown() throws {
    var edited = try EditedStandard()
    try edited.replace(
      "  </parameters>",
      with: """
            <parameter id="unit-retention-min" unit="percent" stricter="higher">
              <title lang="zh">修复单元水土保持率目标下限</title>
              <title lang="en">Minimum retention-rate target of a restoration unit</title>
              <value profile="chongqing" status="provisional" value="73"><reason lang="zh">暂取全国2025年目标73%</reason><reason lang="en">The national 2025 target of 73% for now</reason></value>
              <value profile="sichuan" status="adopted" value="79"><source ref="sc-wsc-target" clause="2025年全省水土保持率达到79%以上"/></value>
            </parameter>
          </parameters>
        """, in: "rules/greening.xml")
    let diff = StandardDiff(old: try EditedStandard().load(), new: try edited.load())
    let english = DiffTextRenderer.render(DiffReport(toolVersion: "test", diff: diff, language: .en))
    let lines = english.components(separatedBy: "\n")
    #expect(
      lines.contains("  + unit-retention-min [added, percent] Minimum retention-rate target of a restoration unit"))
    #expect(
      lines.contains("      Chongqing value: 73 % (provisional; reason: The national 2025 target of 73% for now)"))
    #expect(
      lines.contains {
        $0.hasPrefix("      Sichuan value: 79 % (adopted; source: ") && $0.hasSuffix(", 2025年全省水土保持率达到79%以上)")
      }, "\(english)")
    #expect(
      english.hasSuffix(
        "parameters: 1 added\nwarning: [SL027] the content changed but the manifest's version is still 0.2.0: raise version in standard.xml (and in the rule documents' headers) before releasing\n"
      ))
    let chinese = DiffTextRenderer.render(DiffReport(toolVersion: "test", diff: diff, language: .zh))
    #expect(chinese.contains("      重庆取值：73%（暂定；理由：暂取全国2025年目标73%）"), "\(chinese)")
    #expect(chinese.contains("警告: [SL027] 内容已修改，但清单的版本仍为 0.2.0"))
    let markdown = DiffMarkdownRenderer.render(DiffReport(toolVersion: "test", diff: diff, language: .en))
    #expect(markdown.contains("\n> warning: \\[SL027\\] the content changed"), "\(markdown)")
    #expect(
      markdown.contains("  - Chongqing value: 73 % (provisional; reason: The national 2025 target of 73% for now)"))

    let json = DiffJSONRenderer.render(DiffReport(toolVersion: "test", diff: diff, language: .en))
    let root = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
    let warnings = try #require(root["warnings"] as? [[String: Any]])
    #expect(warnings.map { $0["code"] as? String } == ["SL027"])
    let added = try #require(((root["parameters"] as? [String: Any])?["added"] as? [[String: Any]])?.first)
    let values = try #require(added["values"] as? [[String: Any]])
    #expect(values.map { $0["profile"] as? String } == ["chongqing", "sichuan"])
    #expect(values[0]["value"] as? String == "73" && values[0]["status"] as? String == "provisional")
    #expect(values[0]["sources"] as? [Any] != nil && (values[0]["reason"] as? [String: String])?["en"] != nil)
    #expect(values[1]["reason"] is NSNull && (values[1]["sources"] as? [[String: String]])?.count == 1)
  }
}
