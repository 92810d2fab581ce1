import Foundation
import ShanshuiTestSupport
import Testing

/// `shanshui explain` end to end. The golden files under Tests/Fixtures/golden/explain/ are the expected output;
/// regenerate them with `SHANSHUI_UPDATE_GOLDEN=1 swift test --filter ExplainCommandTests` and review the diff.
@Suite(.serialized) struct ExplainCommandTests {
  static let goldens: [(rule: String, lang: String, format: String, file: String)] = [
    ("SS-WSC-003", "zh", "text", "SS-WSC-003.zh.txt"),
    ("SS-WSC-003", "en", "text", "SS-WSC-003.en.txt"),
    ("SS-RIV-003", "en", "markdown", "SS-RIV-003.en.md"),
    ("SS-RIV-003", "zh", "markdown", "SS-RIV-003.zh.md"),
  ]

  @Test(arguments: goldens.indices) func outputMatchesItsGoldenFile(index: Int) throws {
    let golden = Self.goldens[index]
    let output = try CommandRunner.run(
      ["explain", golden.rule, "--lang", golden.lang, "--format", golden.format, "--standard", "standards"])
    #expect(output.status == 0, "\(output.stderr)")
    let mismatch = try Golden.mismatch(output.stdout, against: "Tests/Fixtures/golden/explain/" + golden.file)
    #expect(mismatch == nil, "\(mismatch ?? "")")
  }

  @Test func theExplanationSaysWhatWhyValuesAndExamples() throws {
    let output = try CommandRunner.run(["explain", "SS-WSC-003", "--lang", "en", "--standard", "standards"])
    #expect(output.status == 0)
    let text = output.stdout
    // What, why, every profile's value with its status, and each example's expected outcome.
    // The bound with its unit, and the dimension the value must be stated in (issue 13).
    #expect(text.contains("Check: range: The value of . (share, stated in percent or ratio;"))
    #expect(
      text.contains(
        "must be at least parameter soil-retention-min-2025 (Soil and water retention rate target (2025), in %)"))
    #expect(text.contains("clause: 2025年全省水土保持率达到79%以上"))
    #expect(text.contains("Chongqing  73%  provisional"))
    #expect(text.contains("Sichuan    79%  adopted"))
    #expect(text.contains("not unified: Sichuan's value (adopted)"))
    #expect(text.contains("1. passes (profile chongqing)") && text.contains("2. fails (profile sichuan)"))
  }

  @Test func jsonCarriesTheSameFacts() throws {
    let output = try CommandRunner.run(["explain", "ss-riv-006", "--format", "json"])
    #expect(output.status == 0, "\(output.stderr)")
    let root = try #require(try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [String: Any])
    #expect(root["formatVersion"] as? Int == 1)
    #expect(root["id"] as? String == "SS-RIV-006" && root["checkKind"] as? String == "range")
    let parameter = try #require((root["parameters"] as? [[String: Any]])?.first)
    #expect(parameter["id"] as? String == "qianli-belt-max-distance")
    let values = try #require(parameter["values"] as? [[String: Any]])
    #expect(values.map { $0["profile"] as? String } == ["chongqing", "sichuan", "unified"])
    #expect(values[1]["value"] == nil || values[1]["value"] is NSNull)
    #expect(values[2]["fallbackFrom"] as? String == "chongqing")
    #expect((root["examples"] as? [Any])?.count ?? 0 >= 2)
  }

  /// Example descriptions follow --lang (issue 19): the Chinese one under zh, the English one under en, never both.
  @Test func exampleDescriptionsAreInTheChosenLanguage() throws {
    let zh = try CommandRunner.run(["explain", "SS-KAR-003", "--lang", "zh", "--standard", "standards"])
    #expect(zh.status == 0, "\(zh.stderr)")
    #expect(zh.stdout.contains("应失败 (标准 sichuan): 恰好 50% 不属于小于 50%。"), "\(zh.stdout)")
    #expect(!zh.stdout.contains("Exactly 50% is not below 50%."))
    let en = try CommandRunner.run(["explain", "SS-KAR-003", "--lang", "en", "--standard", "standards"])
    #expect(en.stdout.contains("fails (profile sichuan): Exactly 50% is not below 50%."), "\(en.stdout)")
    #expect(!en.stdout.contains("恰好 50%"))
    let markdown = try CommandRunner.run(["explain", "SS-FUN-009", "--lang", "zh", "--format", "markdown"])
    #expect(markdown.stdout.contains("代码区分大小写。") && !markdown.stdout.contains("Codes are case-sensitive."))
  }

  @Test func theProgrammesARuleIsLimitedToAreShown() throws {
    let scoped = try CommandRunner.run(["explain", "SS-MIN-002", "--lang", "en"])
    #expect(scoped.status == 0)
    #expect(
      scoped.stdout.contains("Programmes: central-mine-demo (n/a for a submission of another programme or none)"),
      "\(scoped.stdout)")
    let zh = try CommandRunner.run(["explain", "SS-FUN-007"])
    #expect(zh.stdout.contains("适用资金渠道: central-mine-demo, central-ssw（其他资金渠道或未声明资金渠道的申报：不适用）"), "\(zh.stdout)")
    let unscoped = try CommandRunner.run(["explain", "SS-MIN-001", "--lang", "en"])
    #expect(unscoped.stdout.contains("Programmes: all (whatever the programme)"))
    let json = try JSONTree(parsing: try CommandRunner.run(["explain", "SS-RIV-006", "--format", "json"]).stdout)
    #expect(json["programmes"].array.map(\.string) == ["cq-qianli-forest-belt"])
  }

  @Test func anUnknownIDSuggestsTheNearestAndExits64() throws {
    let output = try CommandRunner.run(["explain", "SS-RIV-01", "--lang", "en"])
    #expect(output.status == 64)
    #expect(output.stderr.contains("the standard has no rule SS-RIV-01; did you mean SS-RIV-001"))
    let far = try CommandRunner.run(["explain", "nothing-like-it", "--lang", "en"])
    #expect(far.status == 64 && !far.stderr.contains("did you mean"))
  }

  @Test func aBrokenStandardExits2() throws {
    let directory = TemporaryDirectory.url("explain")
    try FileManager.default.copyItem(at: Repository.url("standards"), to: directory)
    defer { try? FileManager.default.removeItem(at: directory) }
    try Data("<ruleDocument".utf8).write(to: directory.appendingPathComponent("rules/karst.xml"))
    let output = try CommandRunner.run(["explain", "SS-RIV-001", "--standard", directory.path])
    #expect(output.status == 2 && output.stderr.contains("[E201]"))
  }

  /// Texts of the standard cannot inject Markdown or HTML, break a table, or fake a line of the text output.
  @Test func hostileTextsAreEscapedInMarkdownAndFlattenedInText() throws {
    var hostile = try EditedStandard()
    try hostile.replace(
      "<title lang=\"en\">No crop cultivation on slopes over 25°</title>",
      with: "<title lang=\"en\">Steep &lt;img src=x onerror=alert(1)&gt; | `tick`&#10;## injected</title>",
      in: "rules/soil.xml")
    try hostile.replace(
      "<reason lang=\"en\">No official Chongqing 2025",
      with: "<reason lang=\"en\">| a |&#10;---|&#10;&lt;i&gt;No official Chongqing 2025", in: "rules/soil.xml")
    let directory = TemporaryDirectory.url("explain")
    defer { try? FileManager.default.removeItem(at: directory) }
    try hostile.write(to: directory)
    for rule in ["SS-WSC-001", "SS-WSC-003"] {
      let markdown = try CommandRunner.run([
        "explain", rule, "--standard", directory.path, "--lang", "en", "--format", "markdown",
      ])
      #expect(markdown.status == 0, "\(markdown.stderr)")
      let lines = markdown.stdout.split(separator: "\n", omittingEmptySubsequences: false)
      #expect(!markdown.stdout.contains("<img") && !markdown.stdout.contains("<i>"), "\(markdown.stdout)")
      #expect(!lines.contains { $0.hasPrefix("## injected") || $0.hasPrefix("---|") }, "\(markdown.stdout)")
      // Every row of a parameter table stays one row of four cells.
      for row in lines where row.hasPrefix("| ") {
        #expect(row.replacingOccurrences(of: "\\|", with: "").filter { $0 == "|" }.count == 5, "\(row)")
      }
      let text = try CommandRunner.run(["explain", rule, "--standard", directory.path, "--lang", "en"])
      #expect(
        !text.stdout.split(separator: "\n").contains { $0.hasPrefix("## injected") || $0.hasPrefix("---|") },
        "\(text.stdout)")
    }
  }
}
