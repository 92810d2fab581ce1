import Foundation
import ShanshuiTestSupport
import Testing

/// `shanshui check` end to end: the built binary on real files, exit statuses, formats, options.
@Suite(.serialized) struct CheckCommandTests {
  let base = "standards/examples/base-submission.xml"

  /// The base submission with its central funding raised so that the sources no longer add up (SS-FUN-001).
  func failingSubmission(in directory: URL) throws -> URL {
    let text = String(decoding: try Repository.bytes(base), as: UTF8.self)
      .replacingOccurrences(
        of: #"<source kind="county" unit="wan-yuan">50000</source>"#,
        with: #"<source kind="county" unit="wan-yuan">50001</source>"#)
    let url = directory.appendingPathComponent("不合规 项目.xml")
    try Data(text.utf8).write(to: url)
    return url
  }

  /// Writes a lone rule document with `content` (sources and rules) and returns its path.
  func ruleDocument(_ content: String) throws -> URL {
    let url = try TemporaryDirectory.make("cli").appendingPathComponent("rules.xml")
    try Data(
      """
      <ruleDocument xmlns="urn:shanshui:standard:1" id="x" theme="x" version="1.0.0" status="draft" effective="2026-01-01">
        <title lang="zh">x</title><title lang="en">x</title>
      \(content)
      </ruleDocument>
      """.utf8
    ).write(to: url)
    return url
  }

  @Test func compliantSubmissionExitsZero() throws {
    let output = try CommandRunner.run(["check", "--lang", "en", base])
    #expect(output.status == 0, "\(output.stdout)\(output.stderr)")
    #expect(output.stdout.contains("1 file checked against chengyu-eco-restoration"))
    #expect(output.stdout.contains("0 errors"))
  }

  @Test func checkIsTheDefaultCommand() throws {
    #expect(try CommandRunner.run([base]).status == 0)
  }

  @Test func findingsExitOneWithCompilerStyleLines() throws {
    let directory = try TemporaryDirectory.make("cli")
    let file = try failingSubmission(in: directory)
    let output = try CommandRunner.run(["check", "--lang", "en", file.path])
    #expect(output.status == 1)
    let line = try #require(output.stdout.split(separator: "\n").first)
    #expect(line.hasPrefix("\(file.path):21: error: [SS-FUN-001] The funding sources add up to 300001"))
    #expect(line.hasSuffix("[Chongqing]"))
  }

  @Test func failOnControlsTheExitStatus() throws {
    let file = try failingSubmission(in: try TemporaryDirectory.make("cli"))
    #expect(try CommandRunner.run(["check", "--fail-on", "never", file.path]).status == 0)
    #expect(try CommandRunner.run(["check", "--fail-on", "warning", file.path]).status == 1)
  }

  @Test func brokenFilesExitTwoAndTheBatchGoesOn() throws {
    let directory = try TemporaryDirectory.make("cli")
    let malformed = directory.appendingPathComponent("a-malformed.xml")
    try Data("<submission>\n  <project>\n</submission>\n".utf8).write(to: malformed)
    let notXML = directory.appendingPathComponent("b-not-xml.xml")
    try Data("%PDF-1.7 binary".utf8).write(to: notXML)
    let failing = try failingSubmission(in: directory)
    let output = try CommandRunner.run(["check", "--lang", "en", directory.path, "/no/such/file.xml"])
    #expect(output.status == 2)
    #expect(output.stdout.contains("\(malformed.path):3:14: error: [E101]"))
    #expect(output.stdout.contains("\(notXML.path):1:1: error: [E101]"))
    #expect(output.stdout.contains("/no/such/file.xml: error: [E100]"))
    #expect(output.stdout.contains("\(failing.path):21: error: [SS-FUN-001]"))
    #expect(output.stdout.contains("4 files checked"))
    #expect(output.stdout.contains("4 input problems (3 files could not be checked completely)"))
  }

  @Test func schemaInvalidSubmissionExitsTwo() throws {
    let directory = try TemporaryDirectory.make("cli")
    let file = directory.appendingPathComponent("invalid.xml")
    let text = String(decoding: try Repository.bytes(base), as: UTF8.self)
      .replacingOccurrences(of: "<period ", with: "<unknownElement/>\n  <period ")
    try Data(text.utf8).write(to: file)
    let output = try CommandRunner.run(["check", "--lang", "en", file.path])
    #expect(output.status == 2)
    #expect(output.stdout.contains("\(file.path):18: error: [E102]"))
  }

  @Test func jsonOutputParsesAndCounts() throws {
    let file = try failingSubmission(in: try TemporaryDirectory.make("cli"))
    let output = try CommandRunner.run(["check", "--format", "json", "--lang", "en", base, file.path])
    #expect(output.status == 1)
    let root = try #require(try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [String: Any])
    let summary = try #require(root["summary"] as? [String: Int])
    #expect(summary["files"] == 2 && summary["errors"] == 1)
    let files = try #require(root["files"] as? [[String: Any]])
    let finding = try #require((files[1]["findings"] as? [[String: Any]])?.first)
    #expect(finding["ruleId"] as? String == "SS-FUN-001")
    #expect(finding["line"] as? Int == 21)
    #expect(finding["xpath"] as? String == "/submission/investment/total")
    #expect(finding["profile"] as? String == "chongqing")
  }

  @Test func outputFileIsWrittenAndStdoutStaysEmpty() throws {
    let directory = try TemporaryDirectory.make("cli")
    let report = directory.appendingPathComponent("report.json")
    let output = try CommandRunner.run(["check", "--format", "json", "--output", report.path, base])
    #expect(output.status == 0)
    #expect(output.stdout.isEmpty)
    let data = try Data(contentsOf: report)
    #expect(try JSONSerialization.jsonObject(with: data) is [String: Any])
    let leftovers = try FileManager.default.contentsOfDirectory(atPath: directory.path)
    #expect(leftovers == ["report.json"])
  }

  @Test func readsStandardInput() throws {
    let output = try CommandRunner.run(["check", "--lang", "en", "-"], input: Data(try Repository.bytes(base)))
    #expect(output.status == 0)
    #expect(output.stdout.contains("1 file checked"))
  }

  @Test func usageErrorsExit64() throws {
    #expect(try CommandRunner.run(["check", "--format", "yaml", base]).status == 64)
    #expect(try CommandRunner.run(["check", "--profile", "guizhou", base]).status == 64)
    #expect(try CommandRunner.run(["check", "--lang", "fr", base]).status == 64)
    #expect(try CommandRunner.run(["check"]).status == 64)
  }

  @Test func forcedProfileIsReported() throws {
    let file = try failingSubmission(in: try TemporaryDirectory.make("cli"))
    let output = try CommandRunner.run(["check", "--profile", "sichuan", "--lang", "en", file.path])
    #expect(output.stdout.contains("[Sichuan]"))
  }

  @Test func brokenStandardStopsBeforeAnySubmission() throws {
    let standard = try ruleDocument(#"<rules><rule id="bad"/></rules>"#)
    let output = try CommandRunner.run(["check", "--lang", "en", "--standard", standard.path, base])
    #expect(output.status == 2)
    #expect(output.stdout.contains("\(standard.path):3"))
    #expect(output.stdout.contains("[E202]"))
    #expect(output.stdout.contains("no file was checked"))
  }

  @Test func standardFromADirectory() throws {
    let output = try CommandRunner.run(["check", "--standard", "standards", base])
    #expect(output.status == 0, "\(output.stdout)")
  }

  @Test func copiedBinaryRunsFromRootWithTheBundledStandard() throws {
    let directory = try TemporaryDirectory.make("cli")
    let copy = directory.appendingPathComponent("shanshui")
    try FileManager.default.copyItem(at: CommandRunner.executable, to: copy)
    let submission = directory.appendingPathComponent("submission.xml")
    try FileManager.default.copyItem(at: Repository.url(base), to: submission)
    let output = try CommandRunner.run(
      ["check", "--lang", "en", submission.path], in: URL(fileURLWithPath: "/"), executable: copy)
    #expect(output.status == 0, "\(output.stdout)\(output.stderr)")
    #expect(output.stdout.contains("chengyu-eco-restoration"))
  }

  @Test func noColourWhenNotATerminal() throws {
    let file = try failingSubmission(in: try TemporaryDirectory.make("cli"))
    let output = try CommandRunner.run(["check", file.path], environment: ["NO_COLOR": "1"])
    #expect(!output.stdout.contains("\u{1B}["))
  }

  @Test func ruleExamplesCommandPasses() throws {
    let output = try CommandRunner.run(["test"])
    #expect(output.status == 0, "\(output.stdout)")
    #expect(output.stdout.hasSuffix(" 0 failed\n"))
    #expect(output.stdout.contains("SS-FUN-001  pass  2 "))
  }

  @Test func ruleExamplesCommandReportsWhyARuleFails() throws {
    let document = try ruleDocument(
      """
        <sources><document id="src" confidence="H"><title lang="en">Source</title></document></sources>
        <rules>
          <rule id="SS-TST-001" severity="error">
            <title lang="zh">t</title><title lang="en">t</title>
            <message lang="zh">m</message><message lang="en">m</message>
            <source ref="src"/>
            <context>/s:submission/s:period</context>
            <required path="@start"/>
            <example outcome="pass" profile="chongqing"/>
            <example outcome="fail" profile="chongqing"><set path="period/@end">2027-01-01</set></example>
          </rule>
        </rules>
      """)
    let output = try CommandRunner.run(["test", "--lang", "en", "--standard", document.path])
    #expect(output.status == 1)
    #expect(output.stdout.contains("SS-TST-001  FAIL"))
    #expect(output.stdout.contains("example 2 (fail): the failing example produced no finding of SS-TST-001"))
    #expect(output.stdout.hasSuffix("examples: 1 passed, 1 failed\n"))
  }

  @Test func initWritesASkeletonThatChecks() throws {
    let directory = try TemporaryDirectory.make("cli")
    let file = directory.appendingPathComponent("new.xml")
    let written = try CommandRunner.run(["init", "--province", "sichuan", "--type", "karst", "--output", file.path])
    #expect(written.status == 0)
    let text = try String(contentsOf: file, encoding: .utf8)
    #expect(text.contains("<!-- ") && text.contains("type=\"karst\"") && text.contains("code=\"510000\""))
    let checked = try CommandRunner.run(["check", "--lang", "en", file.path])
    #expect(checked.status == 1, "a blank skeleton is schema-valid but fails rules: \(checked.stdout)")
    #expect(!checked.stdout.contains("[E10"))
    #expect(try CommandRunner.run(["init", "--type", "castle"]).status == 64)
  }

  @Test func generateWritesACompliantSubmission() throws {
    let directory = try TemporaryDirectory.make("cli")
    let file = directory.appendingPathComponent("generated.xml")
    #expect(try CommandRunner.run(["generate", "--units", "200", "--output", file.path]).status == 0)
    #expect(try CommandRunner.run(["check", file.path]).status == 0)
    #expect(
      try CommandRunner.run(["generate", "--units", "200", "--fault-every", "50", "--output", file.path]).status == 0)
    #expect(try CommandRunner.run(["check", file.path]).status == 1)
  }

  @Test func everyProfileSideBySide() throws {
    let file = "fixtures/cross-border-mingyueshan-wsc-divergent.xml"
    let text = try CommandRunner.run(["check", "--profile", "all", "--lang", "en", file])
    #expect(text.status == 1)
    #expect(text.stdout.contains("    SS-WSC-003  pass       FAIL     FAIL     FAIL      ← divergent"))
    #expect(text.stdout.contains("    rule        Chongqing  Sichuan  unified  per unit"))
    #expect(text.stdout.contains("2 errors"))
    let json = try CommandRunner.run(["check", "--profile", "all", "--format", "json", file])
    let root = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
    let verdicts = try #require((root["files"] as? [[String: Any]])?.first?["verdicts"] as? [String: Any])
    #expect(verdicts["columns"] as? [String] == ["chongqing", "sichuan", "unified", "auto"])
    #expect(verdicts["divergent"] as? [String] == ["SS-WSC-003"])
  }

  @Test func unwritableOutputExitsTwo() throws {
    // Missing directories are created (OutputCommandTests); a path below a device can never be.
    let output = try CommandRunner.run(["check", "--lang", "en", "--output", "/dev/null/report.txt", base])
    #expect(output.status == 2)
    #expect(output.stderr.contains("[E500] cannot write --output /dev/null/report.txt: Not a directory"))
  }

  /// A file named several times, directly or through its directory, is checked once.
  @Test func aFileNamedTwiceIsCheckedOnce() throws {
    let fixture = "fixtures/cq-riparian-changshou-chemical-too-close.xml"
    let output = try CommandRunner.run([
      "check", "--format", "json", fixture, "./" + fixture, Repository.url(fixture).path, "fixtures/",
    ])
    let paths = try JSONTree(parsing: output.stdout)["files"].array.compactMap { $0["path"].string }
    #expect(paths.filter { $0.hasSuffix("cq-riparian-changshou-chemical-too-close.xml") } == [fixture])
    let fixtures = try FileManager.default.contentsOfDirectory(atPath: Repository.url("fixtures").path).filter {
      $0.hasSuffix(".xml")
    }
    #expect(paths.count == fixtures.count)
  }

  @Test func emptyDirectoryIsAnError() throws {
    let output = try CommandRunner.run(["check", "--lang", "en", try TemporaryDirectory.make("cli").path])
    #expect(output.status == 2)
    #expect(output.stdout.contains("[E100] cannot read: no *.xml file in this directory"))
  }

  @Test func ruleFilterThatMatchesNothingIsAUsageError() throws {
    #expect(try CommandRunner.run(["test", "--rule", "SS-ZZZ"]).status == 64)
  }

  @Test func versionAndHelp() throws {
    #expect(try CommandRunner.run(["--version"]).stdout == "0.1.0\n")
    let help = try CommandRunner.run(["check", "--help"])
    #expect(help.status == 0 && help.stdout.contains("--fail-on"))
  }
}
