import Foundation
import ShanshuiTestSupport
import Testing

/// `--baseline` lists entries that matched nothing (stale); `--prune-baseline` rewrites the file without them.
@Suite(.serialized) struct StaleBaselineCommandTests {
  /// The mine fixture (SS-MIN-002/004/005) with its baseline; then the investment is raised to 6 ×10⁸ yuan with a
  /// larger municipal share, which fixes SS-MIN-002 (threshold 5) and SS-MIN-005 (central share now 50 %).
  func workspace() throws -> (URL, fixed: String) {
    let url = TemporaryDirectory.url("stale")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    let text = String(decoding: try Repository.bytes("fixtures/cq-mine-qijiang-below-thresholds.xml"), as: UTF8.self)
    try Data(text.utf8).write(to: url.appendingPathComponent("mine.xml"))
    let write = try CommandRunner.run(["check", "mine.xml", "--write-baseline", "b.json"], in: url)
    #expect(write.status == 0, "\(write.stderr)")
    let old = #"<total unit="yi-yuan">4.2</total>"#
    #expect(text.contains(old))
    let municipal = #"<source kind="municipal" unit="wan-yuan">6000</source>"#
    #expect(text.contains(municipal))
    return (
      url,
      text.replacingOccurrences(of: old, with: #"<total unit="yi-yuan">6.0</total>"#)
        .replacingOccurrences(of: municipal, with: #"<source kind="municipal" unit="wan-yuan">24000</source>"#)
    )
  }

  func entries(_ directory: URL) throws -> [String] {
    try JSONTree(
      parsing: String(decoding: try Data(contentsOf: directory.appendingPathComponent("b.json")), as: UTF8.self))[
        "findings"
      ]
      .array.compactMap { $0["ruleId"].string }
  }

  @Test func aFixedFindingsEntryIsReportedStaleAndOnlyPruneRemovesIt() throws {
    let (directory, fixed) = try workspace()
    #expect(try entries(directory).sorted() == ["SS-MIN-002", "SS-MIN-004", "SS-MIN-005"])
    try Data(fixed.utf8).write(to: directory.appendingPathComponent("mine.xml"))

    let json = try CommandRunner.run(["check", "mine.xml", "--baseline", "b.json", "--format", "json"], in: directory)
    #expect(json.status == 0, "\(json.stdout)")
    #expect(try SchemaValidation.json([json.stdout], schema: "schemas/shanshui-report-1.schema.json") == [])
    let stale = try JSONTree(parsing: json.stdout)["suppressions"].array.filter { $0["status"].string == "stale" }
    #expect(stale.compactMap { $0["ruleId"].string }.sorted() == ["SS-MIN-002", "SS-MIN-005"])
    #expect(stale.first?["file"].string == "mine.xml")
    #expect(try entries(directory).count == 3, "without --prune-baseline the file is untouched")

    let text = try CommandRunner.run(["check", "mine.xml", "--baseline", "b.json", "--lang", "en"], in: directory)
    #expect(text.stdout.contains("stale baseline: SS-MIN-002 (baseline, mine.xml): stale entry"), "\(text.stdout)")
    let sarif = try CommandRunner.run(
      ["check", "mine.xml", "--baseline", "b.json", "--format", "sarif"], in: directory)
    #expect(try SchemaValidation.sarif([sarif.stdout]) == [])
    let notices = try JSONTree(parsing: sarif.stdout)["runs"].array[0]["invocations"].array[0][
      "toolConfigurationNotifications"
    ].array
    #expect(notices.map { $0["descriptor"]["id"].string } == ["baseline-stale", "baseline-stale"])

    let prune = try CommandRunner.run(
      ["check", "mine.xml", "--baseline", "b.json", "--prune-baseline", "--lang", "en"], in: directory)
    #expect(prune.status == 0)
    #expect(prune.stderr.contains("pruned 2 stale entries from the baseline b.json"), "\(prune.stderr)")
    #expect(try entries(directory) == ["SS-MIN-004"])
    let after = try CommandRunner.run(["check", "mine.xml", "--baseline", "b.json", "--format", "json"], in: directory)
    #expect(after.status == 0)
    #expect(try JSONTree(parsing: after.stdout)["suppressions"].array.allSatisfy { $0["status"].string != "stale" })
  }

  /// Entries of a file the run did not check are not stale: checking another file prunes nothing.
  @Test func entriesOfFilesNotCheckedAreKept() throws {
    let (directory, _) = try workspace()
    try Data(Repository.bytes("standards/examples/base-submission.xml")).write(
      to: directory.appendingPathComponent("other.xml"))
    let prune = try CommandRunner.run(
      ["check", "other.xml", "--baseline", "b.json", "--prune-baseline", "--format", "json"], in: directory)
    #expect(try JSONTree(parsing: prune.stdout)["suppressions"].array.allSatisfy { $0["status"].string != "stale" })
    #expect(try entries(directory).count == 3)
  }

  @Test func pruneWithoutABaselineIsAnError() throws {
    let (directory, _) = try workspace()
    let output = try CommandRunner.run(["check", "mine.xml", "--prune-baseline", "--lang", "en"], in: directory)
    #expect(output.status == 2)
    #expect(output.stderr.contains("--prune-baseline needs --baseline"))
  }
}
