import Foundation
import ShanshuiTestSupport
import Testing

/// `--inline-suppressions allow|report|deny`: a submitter's `shanshui-ignore` comment is a request the reviewer
/// decides on; a `.shanshui.yml` in the working directory (the submitter's checkout in CI) cannot loosen it.
@Suite(.serialized) struct InlineSuppressionModeTests {
  /// A mine submission failing SS-MIN-002/004/005 whose every expectation is replaced by a waiver request
  /// (the example: `<!-- shanshui-ignore SS-MIN-002: 不适用 -->`).
  func workspace() throws -> URL {
    let url = TemporaryDirectory.url("inline")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    var text = String(decoding: try Repository.bytes("fixtures/cq-mine-qijiang-below-thresholds.xml"), as: UTF8.self)
    for id in ["SS-MIN-002", "SS-MIN-004", "SS-MIN-005"] {
      #expect(text.contains("<!-- expect: \(id) -->"))
      text = text.replacingOccurrences(of: "<!-- expect: \(id) -->", with: "<!-- shanshui-ignore \(id): 不适用 -->")
    }
    try Data(text.utf8).write(to: url.appendingPathComponent("mine.xml"))
    return url
  }

  func json(_ directory: URL, _ arguments: [String]) throws -> (status: Int32, report: JSONTree) {
    let output = try CommandRunner.run(["check", "mine.xml", "--format", "json"] + arguments, in: directory)
    #expect(try SchemaValidation.json([output.stdout], schema: "schemas/shanshui-report-1.schema.json") == [])
    return (output.status, try JSONTree(parsing: output.stdout))
  }

  func statuses(_ report: JSONTree) -> [String: String] {
    Dictionary(
      report["suppressions"].array.filter { $0["kind"].string == "inline" }
        .map { ($0["ruleId"].string ?? "", $0["status"].string ?? "") }, uniquingKeysWith: { $1 })
  }

  @Test func byDefaultRequestsAreListedWithTheirReasonsAndFindingsKept() throws {
    let directory = try workspace()
    let (status, report) = try json(directory, [])
    #expect(status == 1)
    #expect(report["files"].array.first?["findings"].count == 3)
    #expect(statuses(report) == ["SS-MIN-002": "requested", "SS-MIN-004": "requested", "SS-MIN-005": "requested"])
    #expect(report["suppressions"].array.allSatisfy { $0["kind"].string != "inline" || $0["reason"].string == "不适用" })

    let text = try CommandRunner.run(["check", "mine.xml", "--lang", "en"], in: directory)
    #expect(text.status == 1)
    #expect(text.stdout.contains("[SS-MIN-002]"))
    #expect(
      text.stdout.contains(
        "waiver request: SS-MIN-002 (inline comment, mine.xml:21): waiver requested, not applied (covers 1, findings kept); reason: 不适用"
      ),
      "\(text.stdout)")

    let sarif = try CommandRunner.run(["check", "mine.xml", "--format", "sarif", "--lang", "en"], in: directory)
    #expect(sarif.status == 1)
    #expect(try SchemaValidation.sarif([sarif.stdout]) == [])
    let run = try JSONTree(parsing: sarif.stdout)["runs"].array[0]
    #expect(run["results"].array.filter { $0["suppressions"].count == 0 }.count == 3, "no result is suppressed")
    let notices = run["invocations"].array[0]["toolConfigurationNotifications"].array
    #expect(notices.filter { $0["descriptor"]["id"].string == "suppression-requested" }.count == 3)
    #expect(
      notices.contains {
        ($0["message"]["text"].string ?? "").contains("SS-MIN-002")
          && ($0["message"]["text"].string ?? "").hasSuffix("不适用")
      })

    let junit = try CommandRunner.run(["check", "mine.xml", "--format", "junit", "--lang", "en"], in: directory)
    #expect(junit.status == 1)
    #expect(
      junit.stdout.contains("<system-out>waiver request: SS-MIN-005 (inline comment, mine.xml:20): waiver requested"),
      "\(junit.stdout)")
    #expect(junit.stdout.contains("failures=\"3\""))
  }

  @Test func denyKeepsFindingsAndListsTheRequestsAsDenied() throws {
    let directory = try workspace()
    let (status, report) = try json(directory, ["--inline-suppressions", "deny"])
    #expect(status == 1)
    #expect(report["files"].array.first?["findings"].count == 3)
    #expect(statuses(report) == ["SS-MIN-002": "denied", "SS-MIN-004": "denied", "SS-MIN-005": "denied"])
    let sarif = try CommandRunner.run(
      ["check", "mine.xml", "--format", "sarif", "--inline-suppressions", "deny"], in: directory)
    let notices = try JSONTree(parsing: sarif.stdout)["runs"].array[0]["invocations"].array[0][
      "toolConfigurationNotifications"
    ].array
    #expect(
      notices.filter { $0["descriptor"]["id"].string == "suppression-denied" && $0["level"].string == "warning" }.count
        == 3)
  }

  @Test func allowAppliesThem() throws {
    let directory = try workspace()
    let (status, report) = try json(directory, ["--inline-suppressions", "allow"])
    #expect(status == 0)
    #expect(report["files"].array.first?["findings"].count == 0)
    #expect(statuses(report) == ["SS-MIN-002": "applied", "SS-MIN-004": "applied", "SS-MIN-005": "applied"])
  }

  /// The submitter's own `.shanshui.yml` saying `allow` changes nothing, and says why.
  @Test func workingDirectoryConfigurationCannotAllow() throws {
    let directory = try workspace()
    try Data("inline-suppressions: allow\n".utf8).write(to: directory.appendingPathComponent(".shanshui.yml"))
    let output = try CommandRunner.run(["check", "mine.xml", "--format", "json"], in: directory)
    #expect(output.status == 1)
    #expect(statuses(try JSONTree(parsing: output.stdout))["SS-MIN-002"] == "requested")
    #expect(
      output.stderr.contains(
        ".shanshui.yml:1: inline-suppressions: allow is ignored: it is honoured only from --config or the command line"),
      "\(output.stderr)")
  }

  /// The reviewer's `--config` is honoured; the command line wins over it.
  @Test func explicitConfigurationIsHonouredAndTheCommandLineWins() throws {
    let directory = try workspace()
    try Data("inline-suppressions: allow\n".utf8).write(to: directory.appendingPathComponent("review.yml"))
    let allowed = try CommandRunner.run(["check", "mine.xml", "--config", "review.yml"], in: directory)
    #expect(allowed.status == 0, "\(allowed.stdout)")
    #expect(!allowed.stderr.contains("ignored"))
    let denied = try CommandRunner.run(
      ["check", "mine.xml", "--format", "json", "--config", "review.yml", "--inline-suppressions", "deny"],
      in: directory)
    #expect(denied.status == 1)
    #expect(statuses(try JSONTree(parsing: denied.stdout))["SS-MIN-002"] == "denied")
  }

  @Test func unknownModeInConfigurationIsE300() throws {
    let directory = try workspace()
    try Data("inline-suppressions: sometimes\n".utf8).write(to: directory.appendingPathComponent("review.yml"))
    let output = try CommandRunner.run(["check", "mine.xml", "--config", "review.yml", "--lang", "en"], in: directory)
    #expect(output.status == 2)
    #expect(
      output.stdout.contains("review.yml:1:22: error: [E300] inline-suppressions must be allow, report or deny"),
      "\(output.stdout)")
  }
}

/// A waiver request on a rule whose source is a law (长江保护法 distances) is refused even under `allow`.
@Suite struct UnwaivableRuleCommandTests {
  let fixture = "fixtures/cq-riparian-changshou-chemical-waiver-requested.xml"

  @Test func lawBasedRuleIsRefusedUnderAllow() throws {
    let output = try CommandRunner.run(
      ["check", fixture, "--format", "json", "--inline-suppressions", "allow"], in: Repository.url(""))
    #expect(output.status == 1)
    let report = try JSONTree(parsing: output.stdout)
    #expect(report["files"].array.first?["findings"].array.map { $0["ruleId"].string } == ["SS-RIV-003"])
    let inline = report["suppressions"].array.filter { $0["kind"].string == "inline" }
    #expect(inline.map { $0["status"].string } == ["refused"])
    #expect(inline.first?["reason"].string == "配套设施已纳入园区整体搬迁计划，申请暂缓审查")

    let sarif = try CommandRunner.run(
      ["check", fixture, "--format", "sarif", "--inline-suppressions", "allow", "--lang", "en"], in: Repository.url(""))
    #expect(sarif.status == 1)
    let run = try JSONTree(parsing: sarif.stdout)["runs"].array[0]
    #expect(run["results"].array.filter { $0["suppressions"].count == 0 }.map { $0["ruleId"].string } == ["SS-RIV-003"])
    let notices = run["invocations"].array[0]["toolConfigurationNotifications"].array
    #expect(notices.map { $0["descriptor"]["id"].string } == ["suppression-refused"])
    #expect((notices.first?["message"]["text"].string ?? "").contains("SS-RIV-003 cannot be waived"))
  }

  /// Under the default the same request is refused too (it could never be granted); under deny it is denied.
  @Test(arguments: [([String](), "refused"), (["--inline-suppressions", "deny"], "denied")])
  func otherModes(arguments: [String], status: String) throws {
    let output = try CommandRunner.run(["check", fixture, "--format", "json"] + arguments, in: Repository.url(""))
    #expect(output.status == 1)
    let report = try JSONTree(parsing: output.stdout)
    #expect(
      report["suppressions"].array.filter { $0["kind"].string == "inline" }.map { $0["status"].string } == [status])
  }
}
