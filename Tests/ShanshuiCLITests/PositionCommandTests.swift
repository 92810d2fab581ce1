import Foundation
import ShanshuiTestSupport
import Testing

/// Lines and columns as every report format gives them (docs/reports.md, Columns; docs/security.md, Positions):
/// lines past 65,535, CR-only line ends, columns in Unicode code points, SARIF's `columnKind`.
@Suite struct PositionCommandTests {
  static let corpus = "Tests/Fixtures/hostile/submissions"

  private func json(_ text: String) throws -> [String: Any] {
    try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
  }

  /// The SARIF run's `columnKind` and the regions (startLine, startColumn) of its results, then of its invocation's
  /// notifications (where a file that could not be checked is reported).
  private func sarif(_ text: String) throws -> (columnKind: String?, regions: [[String: Int]]) {
    let run = try #require((try json(text)["runs"] as? [[String: Any]])?.first)
    let notifications = (run["invocations"] as? [[String: Any]])?.first?["toolExecutionNotifications"]
    let located = (run["results"] as? [[String: Any]] ?? []) + (notifications as? [[String: Any]] ?? [])
    let regions = located.compactMap { item -> [String: Int]? in
      let location = (item["locations"] as? [[String: Any]])?.first
      return (location?["physicalLocation"] as? [String: Any])?["region"] as? [String: Int]
    }
    return (run["columnKind"] as? String, regions)
  }

  /// A submission of more than 70,000 lines: the base submission with 70,000 blank lines after the root's start tag
  /// and the implementation period ending before it starts (SS-FUN-007, an empty element on line 70,018), or with a
  /// start date the schema refuses (E102, same line).
  private func bigSubmission(schemaError: Bool) throws -> URL {
    let base = String(decoding: try Repository.bytes("standards/examples/base-submission.xml"), as: UTF8.self)
    let period = "<period start=\"2026-01-01\" end=\"2028-12-31\"/>"
    let broken =
      schemaError
      ? "<period start=\"2026-13-01\" end=\"2028-12-31\"/>" : "<period start=\"2026-01-01\" end=\"2025-12-31\"/>"
    #expect(base.contains(period))
    var lines = base.replacingOccurrences(of: period, with: broken).components(separatedBy: "\n")
    let root = try #require(lines.firstIndex { $0.hasPrefix("<submission") })
    lines.insert(contentsOf: Array(repeating: "", count: 70_000), at: root + 1)
    let text = lines.joined(separator: "\n")
    #expect(text.components(separatedBy: "\n")[70_017].contains("<period start="))
    let file = try TemporaryDirectory.make("positions").appendingPathComponent("big.xml")
    try Data(text.utf8).write(to: file)
    return file
  }

  @Test func aFindingPastLine65535InTextJSONAndSARIF() throws {
    let file = try bigSubmission(schemaError: false)
    let text = try CommandRunner.run(["check", "--lang", "en", file.path])
    #expect(text.stdout.contains("big.xml:70018: error: [SS-FUN-007]"), "\(text.stdout)")
    let report = try json(try CommandRunner.run(["check", "--format", "json", file.path]).stdout)
    let findings = try #require((report["files"] as? [[String: Any]])?.first?["findings"] as? [[String: Any]])
    #expect(findings.map { "\($0["ruleId"] ?? "") \($0["line"] ?? "")" } == ["SS-FUN-007 70018"])
    let log = try sarif(try CommandRunner.run(["check", "--format", "sarif", file.path]).stdout)
    #expect(log.regions == [["startLine": 70_018]])
  }

  @Test func aSchemaErrorPastLine65535() throws {
    let file = try bigSubmission(schemaError: true)
    let report = try json(try CommandRunner.run(["check", "--format", "json", file.path]).stdout)
    let diagnostics = try #require((report["files"] as? [[String: Any]])?.first?["diagnostics"] as? [[String: Any]])
    #expect(diagnostics.map { "\($0["code"] ?? "") \($0["line"] ?? "")" } == ["E102 70018"])
    let text = try CommandRunner.run(["check", "--lang", "en", file.path])
    #expect(text.stdout.contains("big.xml:70018: error: [E102]"), "\(text.stdout)")
  }

  /// Line 5 holds 示例：长江三峡库区 (9 CJK characters), 𠀀𠁁 (Extension B) and 山水 before ` &`: column 36 in code
  /// points (64 in UTF-8 bytes, 38 in UTF-16 code units), in every format.
  @Test func aParseErrorColumnInCodePointsInEveryFormat() throws {
    let path = "\(Self.corpus)/E101-cjk-column.xml"
    let text = try CommandRunner.run(["check", "--lang", "en", path])
    #expect(text.stdout.contains("E101-cjk-column.xml:5:36: error: [E101]"), "\(text.stdout)")
    let report = try json(try CommandRunner.run(["check", "--format", "json", path]).stdout)
    let diagnostic = try #require(
      ((report["files"] as? [[String: Any]])?.first?["diagnostics"] as? [[String: Any]])?.first)
    #expect(diagnostic["line"] as? Int == 5 && diagnostic["column"] as? Int == 36, "\(diagnostic)")
    let log = try sarif(try CommandRunner.run(["check", "--format", "sarif", path]).stdout)
    #expect(log.columnKind == "unicodeCodePoints")
    #expect(log.regions == [["startLine": 5, "startColumn": 36]])
    let junit = try CommandRunner.run(["check", "--lang", "en", "--format", "junit", path])
    #expect(junit.stdout.contains("E101-cjk-column.xml:5:36: [E101]"), "\(junit.stdout)")
    let html = try CommandRunner.run(["check", "--lang", "en", "--format", "html", path])
    #expect(html.stdout.contains("<code>\(path):5:36</code>"), "\(html.stdout)")
  }

  /// The committed CR-only file: its finding on line 24 and, in the HTML report, line 24's own text as the excerpt.
  @Test func crOnlyLineEndsInTextAndHTML() throws {
    let path = "\(Self.corpus)/SS-FUN-004-cr-only.xml"
    let text = try CommandRunner.run(["check", "--lang", "en", path])
    #expect(text.stdout.hasPrefix("\(path):24: error: [SS-FUN-004]"), "\(text.stdout)")
    let html = try CommandRunner.run(["check", "--lang", "en", "--format", "html", path])
    #expect(
      html.stdout.contains(
        "<span class=\"lineno\">24</span>&lt;source kind=&quot;银行贷款&quot; unit=&quot;wan-yuan&quot;&gt;50000"),
      "\(html.stdout)")
  }

  @Test func lintSARIFSaysColumnsAreCodePoints() throws {
    let output = try CommandRunner.run(["lint", "standards", "--format", "sarif"])
    #expect(try sarif(output.stdout).columnKind == "unicodeCodePoints")
  }

  /// A rule document with CR LF or CR-only line ends: lint places its finding where it does with LF.
  @Test func lintPositionsWithEveryLineEnd() throws {
    let directory = TemporaryDirectory.url("positions-lint")
    defer { try? FileManager.default.removeItem(at: directory) }
    try FileManager.default.copyItem(at: Repository.url("standards"), to: directory)
    let file = directory.appendingPathComponent("rules/corridors.xml")
    let original = try String(contentsOf: file, encoding: .utf8)
    #expect(!original.contains("\r"))
    let broken = original.replacingOccurrences(
      of: #"min="$chemical-min-distance""#, with: #"min="$chemical-min-distanse""#)
    var placed: [String] = []
    for lineEnd in ["\n", "\r\n", "\r"] {
      try Data(broken.replacingOccurrences(of: "\n", with: lineEnd).utf8).write(to: file)
      let output = try CommandRunner.run(["lint", directory.path, "--lang", "en"])
      placed.append(
        output.stdout.split(separator: "\n").first { $0.contains("[SL004]") }.map(String.init) ?? output.stdout)
    }
    let line = try #require(broken.components(separatedBy: "\n").firstIndex { $0.contains("min-distanse") }) + 1
    #expect(placed[0].hasPrefix("\(file.path):\(line):"), "\(placed)")
    #expect(placed[1] == placed[0] && placed[2] == placed[0], "\(placed)")
  }
}
