import Foundation
import ShanshuiTestSupport
import Testing

/// Baselines, the configuration file and inline comments, end to end.
@Suite(.serialized) struct SuppressionCommandTests {
  let fixture = "cq-greening-wujiang-forest-belt-too-far.xml"

  /// A copy of the fixtures in a fresh directory, the working directory of the runs.
  func workspace() throws -> URL {
    let url = TemporaryDirectory.url("suppress")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    try FileManager.default.copyItem(at: Repository.url("fixtures"), to: url.appendingPathComponent("fixtures"))
    return url
  }

  func findingCount(in directory: URL, _ arguments: [String] = []) throws -> Int {
    let output = try CommandRunner.run(["check", "fixtures", "--format", "json"] + arguments, in: directory)
    return try JSONTree(parsing: output.stdout)["files"].array.reduce(0) { $0 + $1["findings"].count }
  }

  @Test func baselineFromTheFixturesMakesTheNextRunPassAndSurvivesEdits() throws {
    let directory = try workspace()
    let total = try findingCount(in: directory)
    #expect(total > 50)
    let write = try CommandRunner.run(["check", "fixtures", "--write-baseline", "baseline.json"], in: directory)
    #expect(write.status == 0, "\(write.stderr)")
    #expect(write.stderr.contains("\(total)"))
    let next = try CommandRunner.run(
      ["check", "fixtures", "--baseline", "baseline.json", "--lang", "en"], in: directory)
    #expect(next.status == 0, "\(next.stdout)")
    #expect(next.stdout.contains("0 errors, 0 warnings, 0 info; \(total) suppressed"), "\(next.stdout)")

    // Lines inserted above a finding move it; the baseline still matches (rule, file, anchored path).
    let file = directory.appendingPathComponent("fixtures/\(fixture)")
    var text = String(decoding: try Data(contentsOf: file), as: UTF8.self)
    text = text.replacingOccurrences(of: "<project ", with: "<!-- 1 -->\n<!-- 2 -->\n<!-- 3 -->\n<project ")
    try Data(text.utf8).write(to: file)
    #expect(try CommandRunner.run(["check", "fixtures", "--baseline", "baseline.json"], in: directory).status == 0)

    // A new finding is reported.
    let base = String(decoding: try Repository.bytes("standards/examples/base-submission.xml"), as: UTF8.self)
      .replacingOccurrences(
        of: #"<source kind="county" unit="wan-yuan">50000</source>"#,
        with: #"<source kind="county" unit="wan-yuan">50001</source>"#)
    try Data(base.utf8).write(to: directory.appendingPathComponent("fixtures/new.xml"))
    let afterNew = try CommandRunner.run(
      ["check", "fixtures", "--baseline", "baseline.json", "--format", "json"], in: directory)
    #expect(afterNew.status == 1)
    #expect(afterNew.stdout.contains("SS-FUN-001"))
  }

  @Test func brokenBaselineIsE301() throws {
    let directory = try workspace()
    try Data("{\"formatVersion\": 99}".utf8).write(to: directory.appendingPathComponent("b.json"))
    let output = try CommandRunner.run(["check", "fixtures", "--baseline", "b.json"], in: directory)
    #expect(output.status == 2)
    #expect(output.stdout.contains("[E301]"))
  }

  @Test func configurationDisablesAndChangesSeverityWithReasons() throws {
    let directory = try workspace()
    let yaml = """
      rules:
        SS-RIV-006:
          disable: true
          reason: 山区以第一层山脊线为界，另行审查
        SS-MON-004:
          severity: error
          reason: strict in 2027
      """
    try Data(yaml.utf8).write(to: directory.appendingPathComponent(".shanshui.yml"))
    let output = try CommandRunner.run(["check", "fixtures", "--format", "json"], in: directory)
    let report = try JSONTree(parsing: output.stdout)
    let findings = report["files"].array.flatMap { $0["findings"].array }
    #expect(!findings.contains { $0["ruleId"].string == "SS-RIV-006" })
    let raised = findings.filter { $0["ruleId"].string == "SS-MON-004" }
    #expect(!raised.isEmpty && raised.allSatisfy { $0["severity"].string == "error" })
    #expect(
      report["suppressions"].array.contains {
        $0["ruleId"].string == "SS-RIV-006" && $0["reason"].string == "山区以第一层山脊线为界，另行审查" && ($0["count"].int ?? 0) > 0
      })
    // --no-config ignores the file.
    let suppressed = try #require(report["summary"]["suppressed"].int)
    #expect(try findingCount(in: directory, ["--no-config"]) == findings.count + suppressed)
  }

  @Test(arguments: [
    ("rules:\n  SS-RIV-006:\n    disable: true\n", "2:3"),
    ("rules:\n  SS-NOT-001:\n    disable: true\n    reason: x\n", "2:3"),
    ("rules: [\n", "2:1"),
    (
      "rules:\n  SS-RIV-006:\n    disable: true\n    reason: a\n  SS-RIV-006:\n    severity: info\n    reason: b\n",
      "2:3"
    ),
    ("rules:\n  SS-RIV-006:\n    disable: true\n    reason: a\n    reason: b\n", "4:5"),
  ])
  func invalidConfigurationIsE300WithPosition(yaml: String, position: String) throws {
    let directory = try workspace()
    try Data(yaml.utf8).write(to: directory.appendingPathComponent("c.yml"))
    let output = try CommandRunner.run(["check", "fixtures", "--config", "c.yml"], in: directory)
    #expect(output.status == 2)
    #expect(output.stdout.contains("c.yml:\(position): "), "\(output.stdout)")
    #expect(output.stdout.contains("[E300]"))
    #expect(output.stdout.split(separator: "\n").count == 2, "one line per problem and the summary: \(output.stdout)")
  }

  /// Past line 65,535 (where libxml2 stops numbering comments) a directive still finds its finding's line.
  @Test(arguments: [
    "<!-- shanshui-ignore SS-RIV-006: far down -->", "<!-- shanshui-ignore SS-RIV-006:\n  far down -->",
  ])
  func directiveBeyondLine65535(comment: String) throws {
    let directory = try workspace()
    let file = directory.appendingPathComponent("fixtures/\(fixture)")
    let original = String(decoding: try Data(contentsOf: file), as: UTF8.self)
    let edited = original.replacingOccurrences(of: "<!-- expect[chongqing]: SS-RIV-006 -->", with: comment)
      .replacingOccurrences(of: "<corridor ", with: String(repeating: "\n", count: 70_000) + "<corridor ")
    try Data(edited.utf8).write(to: file)
    let output = try CommandRunner.run(
      ["check", "fixtures/\(fixture)", "--lang", "en", "--inline-suppressions", "allow"], in: directory)
    #expect(output.status == 0, "\(output.stdout)")
    #expect(output.stdout.contains("(inline comment, fixtures/\(fixture):70052): 1 finding"), "\(output.stdout)")
  }

  /// A rule key that is not a plain string (a YAML sequence or mapping as key) is named as such, not as rule "".
  @Test func nonStringRuleKeyIsE300() throws {
    let directory = try workspace()
    try Data("rules:\n  ? [SS-RIV-006, SS-RIV-003]\n  : {disable: true, reason: x}\n".utf8)
      .write(to: directory.appendingPathComponent("c.yml"))
    let output = try CommandRunner.run(["check", "fixtures", "--config", "c.yml", "--lang", "en"], in: directory)
    #expect(output.status == 2)
    #expect(output.stdout.contains("c.yml:2:5: error: [E300] a key of rules must be a rule id"), "\(output.stdout)")
  }

  @Test func inlineCommentSuppressesWithItsReasonAndOneWithoutIsRejected() throws {
    let directory = try workspace()
    let file = directory.appendingPathComponent("fixtures/\(fixture)")
    let original = String(decoding: try Data(contentsOf: file), as: UTF8.self)
    let marker = "<!-- expect[chongqing]: SS-RIV-006 -->"
    #expect(original.contains(marker))
    try Data(original.replacingOccurrences(of: marker, with: "<!-- shanshui-ignore SS-RIV-006: 已报审山脊线图 -->").utf8)
      .write(to: file)
    let output = try CommandRunner.run(
      ["check", "fixtures/\(fixture)", "--lang", "en", "--inline-suppressions", "allow"], in: directory)
    #expect(output.status == 0, "\(output.stdout)")
    #expect(
      output.stdout.contains(
        "suppressed: SS-RIV-006 (inline comment, fixtures/\(fixture):52): 1 finding; reason: 已报审山脊线图"),
      "\(output.stdout)")

    try Data(original.replacingOccurrences(of: marker, with: "<!-- shanshui-ignore SS-RIV-006 -->").utf8).write(
      to: file)
    let rejected = try CommandRunner.run(
      ["check", "fixtures/\(fixture)", "--lang", "en", "--inline-suppressions", "allow"], in: directory)
    #expect(rejected.stdout.contains("[SS-RIV-006]"), "a directive without a reason is not applied")
    #expect(rejected.stdout.contains("rejected: no rule id or no reason"))
  }

  /// A directive wrapped over several lines: `shanshui-ignore` applies to the line the comment starts on (the
  /// finding's), `-next-line` to the line after the one it ends on; reports give the line it starts on.
  @Test(arguments: [
    ("<!-- shanshui-ignore SS-RIV-006:\n     已报审山脊线图 -->", 52),
    (
      "\n    <!-- shanshui-ignore-next-line SS-RIV-006:\n         已报审山脊线图 -->\n    <distanceFromBank unit=\"km\">1.8</distanceFromBank>",
      53
    ),
  ])
  func multiLineDirective(replacement: String, line: Int) throws {
    let directory = try workspace()
    let file = directory.appendingPathComponent("fixtures/\(fixture)")
    let original = String(decoding: try Data(contentsOf: file), as: UTF8.self)
    let target = "<distanceFromBank unit=\"km\">1.8</distanceFromBank><!-- expect[chongqing]: SS-RIV-006 -->"
    #expect(original.contains(target))
    let edited =
      replacement.hasPrefix("\n") ? replacement : "<distanceFromBank unit=\"km\">1.8</distanceFromBank>" + replacement
    try Data(original.replacingOccurrences(of: target, with: edited).utf8).write(to: file)
    let output = try CommandRunner.run(
      ["check", "fixtures/\(fixture)", "--lang", "en", "--inline-suppressions", "allow"], in: directory)
    #expect(output.status == 0, "\(output.stdout)")
    #expect(output.stdout.contains("(inline comment, fixtures/\(fixture):\(line)): 1 finding"), "\(output.stdout)")
  }

  /// A baseline holds for a node whatever profiles judge it: written with `--profile auto` it silences the same
  /// findings under `--profile all` (one per profile), and written with `--profile all` it records each once.
  @Test func baselineAppliesAcrossProfileModes() throws {
    let directory = try workspace()
    let file = "fixtures/cross-border-mingyueshan-wsc-divergent.xml"
    #expect(try CommandRunner.run(["check", file, "--write-baseline", "auto.json"], in: directory).status == 0)
    let all = try CommandRunner.run(
      ["check", file, "--profile", "all", "--baseline", "auto.json", "--lang", "en"], in: directory)
    #expect(all.status == 0, "\(all.stdout)")
    #expect(!all.stdout.contains("[SS-WSC-003]"), "\(all.stdout)")

    #expect(
      try CommandRunner.run(["check", file, "--profile", "all", "--write-baseline", "all.json"], in: directory).status
        == 0)
    let recorded = try JSONTree(
      parsing: String(decoding: Data(contentsOf: directory.appendingPathComponent("all.json")), as: UTF8.self))
    let counts = recorded["findings"].array.map { $0["count"].int }
    #expect(counts == [1], "one node, once, not once per profile: \(counts)")
    #expect(try CommandRunner.run(["check", file, "--baseline", "all.json"], in: directory).status == 0)
  }
}

/// `--base`: file names in reports and baselines relative to it however the file is given.
@Suite(.serialized) struct BaseDirectoryCommandTests {
  let fixture = "cq-greening-wujiang-forest-belt-too-far.xml"

  @Test func relativeAndAbsolutePathsGetOneNameUnderBase() throws {
    let directory = try SuppressionCommandTests().workspace()
    var locations: Set<String> = []
    for path in [
      "fixtures/\(fixture)", "./fixtures/\(fixture)", directory.appendingPathComponent("fixtures/\(fixture)").path,
    ] {
      let output = try CommandRunner.run(
        ["check", path, "-q", "--format", "sarif", "--base", "fixtures/"], in: directory)
      let result = try JSONTree(parsing: output.stdout)["runs"][0]["results"][0]
      let artifact = result["locations"][0]["physicalLocation"]["artifactLocation"]
      #expect(artifact["uri"].string == fixture, "\(path)")
      #expect(artifact["uriBaseId"].string == "SRCROOT")
      locations.insert(try #require(result["partialFingerprints"]["shanshui/v1"].string))
    }
    #expect(locations.count == 1, "one fingerprint whichever way the file is named")

    let write = try CommandRunner.run(
      ["check", "fixtures/\(fixture)", "--base", "fixtures", "--write-baseline", "b.json"], in: directory)
    #expect(write.status == 0, "\(write.stderr)")
    #expect(
      String(decoding: try Data(contentsOf: directory.appendingPathComponent("b.json")), as: UTF8.self)
        .contains("\"file\" : \"\(fixture)\""))
    let absolute = directory.appendingPathComponent("fixtures/\(fixture)").path
    let next = try CommandRunner.run(["check", absolute, "--base", "fixtures", "--baseline", "b.json"], in: directory)
    #expect(next.status == 0, "\(next.stdout)")
  }
}
