import Foundation
import ShanshuiTestSupport
import Testing

/// `shanshui diff` end to end: exit statuses like diff(1), the formats, and a broken version.
@Suite(.serialized) struct DiffCommandTests {
  /// A fresh directory holding `edited` (the release edits) and `same` (an unedited copy).
  func versions() throws -> URL {
    let root = TemporaryDirectory.url("diff")
    try EditedStandard.releaseEdits().write(to: root.appendingPathComponent("edited"))
    try EditedStandard().write(to: root.appendingPathComponent("same"))
    return root
  }

  @Test func identicalVersionsExitZero() throws {
    let root = try versions()
    let output = try CommandRunner.run(["diff", "standards", root.appendingPathComponent("same").path, "--lang", "en"])
    #expect(output.status == 0, "\(output.stderr)")
    #expect(output.stdout == "chengyu-eco-restoration 0.2.0\nNo differences.\n" && output.stderr.isEmpty)
  }

  @Test func differencesExitOneInEveryFormat() throws {
    let edited = try versions().appendingPathComponent("edited").path
    let text = try CommandRunner.run(["diff", "standards", edited, "--lang", "en"])
    #expect(text.status == 1, "\(text.stderr)")
    #expect(text.stdout.contains("  + SS-GRN-004 [warning, greening] ") && text.stdout.contains("  - SS-WET-004 "))
    let markdown = try CommandRunner.run(["diff", "standards", edited, "--format", "markdown"])
    #expect(markdown.status == 1 && markdown.stdout.hasPrefix("## chengyu-eco-restoration 0.2.0\n"))
    #expect(markdown.stdout.contains("### 新增规则\n\n- **SS-GRN-004**"))
    let json = try CommandRunner.run(["diff", "standards", edited, "--format", "json"])
    #expect(json.status == 1)
    let root = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
    #expect(root["identical"] as? Bool == false)
    #expect(
      ((root["rules"] as? [String: Any])?["removed"] as? [[String: Any]])?.first?["id"] as? String == "SS-WET-004")
  }

  @Test func theOutputFileGetsTheChangelog() throws {
    let root = try versions()
    let file = root.appendingPathComponent("CHANGES.md")
    let output = try CommandRunner.run([
      "diff", "standards", root.appendingPathComponent("edited").path, "--format", "markdown", "--lang", "en",
      "--output", file.path,
    ])
    #expect(output.status == 1 && output.stdout.isEmpty)
    let written = String(decoding: try Data(contentsOf: file), as: UTF8.self)
    #expect(
      written.contains("### Parameters\n\n- **soil-retention-min-2025** ")
        && written.contains("  - Sichuan value: 79 → 80"))
  }

  @Test func aBrokenVersionExitsTwoWithItsLocation() throws {
    let root = try versions()
    var broken = try EditedStandard()
    try broken.replace(
      #"<rule id="SS-GRN-001" severity="error">"#, with: #"<rule id="SS-GRN-001" severity="fatal">"#,
      in: "rules/greening.xml")
    try broken.write(to: root.appendingPathComponent("broken"))
    let output = try CommandRunner.run([
      "diff", "standards", root.appendingPathComponent("broken").path, "--lang", "en",
    ])
    #expect(output.status == 2 && output.stdout.isEmpty)
    let line = try #require(output.stderr.split(separator: "\n").first)
    #expect(line.contains("broken/rules/greening.xml:") && line.contains(": error: [E202] "), "\(output.stderr)")
    let missing = try CommandRunner.run(["diff", root.appendingPathComponent("nowhere").path, "standards"])
    #expect(missing.status == 2 && missing.stderr.contains("[E200]"))
  }

  @Test func usageErrorsExit64() throws {
    #expect(try CommandRunner.run(["diff", "standards"]).status == 64)
    #expect(try CommandRunner.run(["diff", "standards", "standards", "--format", "html"]).status == 64)
  }
}
