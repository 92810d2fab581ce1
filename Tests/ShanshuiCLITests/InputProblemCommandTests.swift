import Foundation
import ShanshuiTestSupport
import Testing

/// `shanshui check` on submissions with typing mistakes: rewritten messages in the user's language in text, libxml2's
/// own text kept in JSON and SARIF, and a summary that counts the input problems.
@Suite(.serialized) struct InputProblemCommandTests {
  /// The base submission with a Chinese unit name, a Chinese date and a thousands separator (three schema errors).
  func mistyped() throws -> URL {
    let text = String(decoding: try Repository.bytes("standards/examples/base-submission.xml"), as: UTF8.self)
      .replacingOccurrences(of: #"<area unit="ha">1200</area>"#, with: #"<area unit="亩">1200</area>"#)
      .replacingOccurrences(of: #"start="2026-01-01""#, with: #"start="2026年3月1日""#)
      .replacingOccurrences(of: #"<area unit="ha">800</area>"#, with: #"<area unit="ha">52,800</area>"#)
    let url = try TemporaryDirectory.make("cli").appendingPathComponent("输入.xml")
    try Data(text.utf8).write(to: url)
    return url
  }

  @Test func textShowsTheRewrittenMessageAndCountsProblemsInChinese() throws {
    let file = try mistyped()
    let output = try CommandRunner.run(["check", "--lang", "zh", file.path])
    #expect(output.status == 2)
    #expect(
      output.stdout.contains(
        "\(file.path):18: 错误: [E102] <period> 的 start 属性值“2026年3月1日”应为一个日期（YYYY-MM-DD）；写成 2026-03-01"))
    #expect(output.stdout.contains("\(file.path):30: 错误: [E102] <area> 的 unit 属性值“亩”不是允许的值；亩 → 写 mu（亩）"))
    #expect(output.stdout.contains("\(file.path):35: 错误: [E102] <area> 的值“52,800”应为一个数字；写成 52800"))
    #expect(!output.stdout.contains("is not a valid value"), "libxml2's English is not shown under --lang zh")
    let summary = try #require(output.stdout.split(separator: "\n").last)
    #expect(summary.hasSuffix("错误 0，警告 0，提示 0；输入问题 3（1 个文件无法完整检查）"))
  }

  @Test func textInEnglishCountsProblems() throws {
    let output = try CommandRunner.run(["check", "--lang", "en", try mistyped().path])
    #expect(
      output.stdout.contains(
        "[E102] attribute unit of <area>: '亩' is not an allowed value; write mu (Chinese mu, 1/15 ha)"))
    let summary = try #require(output.stdout.split(separator: "\n").last)
    #expect(
      summary.hasSuffix("0 errors, 0 warnings, 0 info; 3 input problems (1 file could not be checked completely)"))
  }

  @Test func jsonAndSARIFKeepLibxml2sText() throws {
    let file = try mistyped()
    let json = try CommandRunner.run(["check", "--lang", "zh", "--format", "json", file.path])
    let report = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
    let files = try #require(report["files"] as? [[String: Any]])
    let diagnostics = try #require(files.first?["diagnostics"] as? [[String: Any]])
    #expect(diagnostics.count == 3)
    let unit = try #require(diagnostics.first { ($0["line"] as? Int) == 30 })
    #expect((unit["message"] as? String)?.hasPrefix("<area> 的 unit 属性值“亩”") == true)
    #expect(
      unit["raw"] as? String
        == "Element 'area', attribute 'unit': [facet 'enumeration'] The value '亩' is not an element of the set {'m2', 'mu', 'ha', 'km2'}."
    )
    let sarif = try CommandRunner.run(["check", "--lang", "en", "--format", "sarif", file.path])
    #expect(
      sarif.stdout.contains(
        #""raw" : "Element 'period', attribute 'start': '2026年3月1日' is not a valid value of the atomic type 'xs:date'.""#
      )
        || sarif.stdout.contains(
          #""raw":"Element 'period', attribute 'start': '2026年3月1日' is not a valid value of the atomic type 'xs:date'.""#
        ))
    #expect(
      sarif.stdout.contains("attribute start of <period>: '2026年3月1日' must be a date (YYYY-MM-DD); write 2026-03-01"))
  }

  @Test func junitAndHTMLShowTheRewrittenMessage() throws {
    let file = try mistyped()
    let junit = try CommandRunner.run(["check", "--lang", "zh", "--format", "junit", file.path])
    #expect(junit.stdout.contains(#"<error type="E102" message="&lt;area&gt; 的 unit 属性值“亩”不是允许的值；亩 → 写 mu（亩）"#))
    #expect(!junit.stdout.contains("facet"))
    let html = try CommandRunner.run(["check", "--lang", "en", "--format", "html", file.path])
    #expect(
      html.stdout.contains("write mu (Chinese mu, 1/15 ha) for &#39;亩&#39;")
        || html.stdout.contains("write mu (Chinese mu, 1/15 ha) for '亩'"))
    #expect(!html.stdout.contains("facet"))
  }

  @Test func parseErrorsAreRewrittenAndTheBatchGoesOn() throws {
    let directory = try TemporaryDirectory.make("cli")
    let text = String(decoding: try Repository.bytes("standards/examples/base-submission.xml"), as: UTF8.self)
    try Data(text.replacingOccurrences(of: "重庆市规划和自然资源局", with: "规划 & 自然资源局").utf8)
      .write(to: directory.appendingPathComponent("a-ampersand.xml"))
    try Data(text.utf8).write(to: directory.appendingPathComponent("b-compliant.xml"))
    let output = try CommandRunner.run(["check", "--lang", "zh", directory.path])
    #expect(output.status == 2)
    #expect(output.stdout.contains("a-ampersand.xml:8:53: 错误: [E101] “&” 在 XML 中有特殊含义：文字中的 & 须写成 &amp;"))
    #expect(output.stdout.contains("检查 2 个文件：错误 0，警告 0，提示 0；输入问题 1（1 个文件无法完整检查）"))
  }
}
