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
    #expect(text.hasSuffix("rules: 1 added, 1 removed, 3 changed; parameters: 1 changed; codelists: 1 changed\n"))
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
}
