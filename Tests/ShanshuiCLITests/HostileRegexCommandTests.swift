import Foundation
import ShanshuiTestSupport
import Testing

/// A rule document from an untrusted source with a catastrophically backtracking `pattern` ((a+)+b, committed as
/// Tests/Fixtures/hostile/standards/SL022-backtracking-regex.xml) through every command that loads or runs it. Each
/// command runs under `timeout`, so a regression fails here (status 124) instead of hanging the suite; a backtracking
/// engine needs about 2^40 steps on the 40-scalar value alone.
@Suite(.serialized) struct HostileRegexCommandTests {
  static let standard = "Tests/Fixtures/hostile/standards/SL022-backtracking-regex.xml"

  /// Runs `shanshui` with `arguments`, killed after 120 seconds.
  func run(_ arguments: [String]) throws -> CommandRunner.Output {
    let output = try CommandRunner.run(
      ["timeout", "120", CommandRunner.executable.path] + arguments, executable: URL(fileURLWithPath: "/usr/bin/env"))
    #expect(output.status != 124, "shanshui \(arguments.joined(separator: " ")) did not finish in 120 s")
    return output
  }

  /// The base submission with its unit's name set to `name`.
  func submission(unitName name: String, in directory: URL) throws -> String {
    let base = String(decoding: try Repository.bytes("standards/examples/base-submission.xml"), as: UTF8.self)
    let edited = base.replacingOccurrences(of: "<name>万州区长江岸线生态修复单元</name>", with: "<name>\(name)</name>")
    #expect(edited != base)
    let file = directory.appendingPathComponent("unit-name-\(name.count)-\(name.last ?? "-").xml")
    try Data(edited.utf8).write(to: file)
    return file.path
  }

  @Test func checkGivesTheRightVerdictOnLongAlmostMatchingValues() throws {
    let directory = try TemporaryDirectory.make("hostile-regex")
    defer { try? FileManager.default.removeItem(at: directory) }
    for length in [40, 1000, 100_000] {
      let almost = String(repeating: "a", count: length)
      let failing = try submission(unitName: almost, in: directory)
      let output = try run(["check", "--standard", Self.standard, "--lang", "en", "--format", "json", failing])
      #expect(output.status == 1, "\(output.stderr)")
      let root = try #require(try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [String: Any])
      let files = try #require(root["files"] as? [[String: Any]])
      let rules = (files.first?["findings"] as? [[String: Any]] ?? []).compactMap { $0["ruleId"] as? String }
      #expect(rules == ["SS-HOS-101"], "\(length): \(rules)")
      let passing = try submission(unitName: almost + "b", in: directory)
      let clean = try run(["check", "--standard", Self.standard, "--lang", "en", passing])
      #expect(clean.status == 0, "\(length): \(clean.stdout)\(clean.stderr)")
    }
  }

  @Test func testExplainAndExportFinish() throws {
    let examples = try run(["test", "--standard", Self.standard, "--lang", "en"])
    #expect(examples.status == 0, "\(examples.stdout)\(examples.stderr)")
    #expect(examples.stdout.contains("examples: 2 passed, 0 failed"), "\(examples.stdout)")
    let explain = try run(["explain", "SS-HOS-101", "--standard", Self.standard, "--lang", "en"])
    #expect(explain.status == 0 && explain.stdout.contains("(a+)+b"), "\(explain.stdout)\(explain.stderr)")
    let export = try run(["export", "schematron", "--profile", "chongqing", "--standard", Self.standard])
    #expect(export.status == 0 && export.stdout.contains("regexp:test"), "\(export.stderr)")
  }

  @Test func lintWarnsAboutTheExpression() throws {
    let output = try run(["lint", Self.standard, "--lang", "en"])
    #expect(output.status == 0, "a warning does not fail lint: \(output.stdout)")
    #expect(
      output.stdout.contains(
        "SL022-backtracking-regex.xml:16:"), "\(output.stdout)")
    #expect(output.stdout.contains("warning: [SL022] rule SS-HOS-101: nested quantifier"), "\(output.stdout)")
  }

  @Test func anOversizedExpressionIsRefusedWithItsLimit() throws {
    let output = try run([
      "test", "--standard", "Tests/Fixtures/hostile/standards/E208-regex-too-large.xml", "--lang", "en",
    ])
    #expect(output.status == 2)
    #expect(output.stderr.contains("[E208] regular expression too large"), "\(output.stderr)")
    #expect(output.stderr.contains("more than the limit of 100000"), "\(output.stderr)")
  }
}
