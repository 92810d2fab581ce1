import Foundation
import ShanshuiTestSupport
import Testing

/// `check --shard K/N` on every shard, then `merge`, gives the unsharded run's report byte for byte, in JSON and SARIF,
/// through the CLI, on the fixtures (findings) and on a batch with problems, a configuration and a stale baseline.
@Suite struct ShardMergeCommandTests {
  /// The only fields a merged report may differ in from the unsharded run's, wherever they occur (docs/ci.md, "Past
  /// one machine: sharding"): timestamps, durations, the invocation's command line and the shard arguments. JSON and
  /// SARIF reports of `check` carry no timestamp, duration or command line today, and the merge drops the shard
  /// record, so the normalisation below removes nothing from a merged report; the test also compares the raw bytes,
  /// so that a field that starts to differ is either made equal or added to this list knowingly.
  static let fieldsThatMayDiffer: Set<String> = [
    "timestamp", "startTimeUtc", "endTimeUtc", "duration", "durationSeconds",  // timestamps and durations
    "commandLine", "arguments", "responseFiles",  // the invocation's command line
    "shard", "automationDetails",  // the shard arguments (JSON `shard`; SARIF `properties.shard`, `automationDetails`)
  ]

  /// The report with every field of `fieldsThatMayDiffer` removed at any depth, written with sorted keys.
  static func normalised(_ text: String) throws -> String {
    func strip(_ value: Any) -> Any {
      if let object = value as? [String: Any] {
        return object.filter { !fieldsThatMayDiffer.contains($0.key) }.mapValues(strip)
      }
      if let array = value as? [Any] { return array.map(strip) }
      return value
    }
    let value = strip(try JSONSerialization.jsonObject(with: Data(text.utf8)))
    let data = try JSONSerialization.data(withJSONObject: value, options: [.sortedKeys, .prettyPrinted])
    return String(decoding: data, as: UTF8.self)
  }

  /// Runs the unsharded check and every shard of each N in `directory`, merges, and compares, for JSON and SARIF.
  static func expectMergedEqualsWhole(
    _ check: [String], in directory: URL, status: Int32, counts: [Int] = [1, 2, 3, 5]
  ) throws {
    let reports = try TemporaryDirectory.make("shard-reports")
    defer { try? FileManager.default.removeItem(at: reports) }
    func run(_ extra: [String], name: String) throws -> CommandRunner.Output {
      try CommandRunner.run(
        ["check"] + check + extra + [
          "-q", "--format", "json", "--output", reports.appendingPathComponent("\(name).json").path,
          "--report", "sarif=" + reports.appendingPathComponent("\(name).sarif").path,
        ], in: directory)
    }
    let whole = try run([], name: "whole")
    #expect(whole.status == status, "\(whole.stderr)")
    for count in counts {
      var statuses: [Int32] = []
      for index in 1...count {
        statuses.append(try run(["--shard", "\(index)/\(count)"], name: "shard-\(index)-of-\(count)").status)
      }
      // Each shard's status is its own files' (0, 1 or 2); the worst of them is the whole run's.
      #expect(statuses.max() == status, "N=\(count): \(statuses)")
      for format in ["json", "sarif"] {
        // Given in reverse order: the merge orders shards itself.
        let shards = (1...count).reversed().map {
          reports.appendingPathComponent("shard-\($0)-of-\(count).\(format)").path
        }
        let merged = reports.appendingPathComponent("merged-\(count).\(format)")
        let merge = try CommandRunner.run(["merge"] + shards + ["--output", merged.path], in: directory)
        #expect(merge.status == status, "N=\(count) \(format): \(merge.stderr)")
        let expected = try String(contentsOf: reports.appendingPathComponent("whole.\(format)"), encoding: .utf8)
        let got = try String(contentsOf: merged, encoding: .utf8)
        #expect(try normalised(got) == normalised(expected), "N=\(count) \(format): normalised reports differ")
        #expect(got == expected, "N=\(count) \(format): merged report is not byte-identical to the unsharded run's")
        let shard = try String(contentsOf: URL(fileURLWithPath: shards[0]), encoding: .utf8)
        #expect(shard.contains("\"shard\"") && !got.contains("\"shard\""), "N=\(count) \(format)")
      }
    }
  }

  /// The fixtures directory: 73 submissions, findings of every severity and an inline waiver refused.
  @Test func shardsOfTheFixturesMergeIntoTheWholeRun() throws {
    try Self.expectMergedEqualsWhole(["fixtures", "--no-config"], in: Repository.root, status: 1)
  }

  /// Problems (E101, E102, a GBK file), a configuration that disables one rule and changes another's severity, a
  /// baseline with stale entries: every listing and count of the whole run comes back from the shards.
  @Test func shardsWithProblemsAndSuppressionsMergeIntoTheWholeRun() throws {
    let directory = try TemporaryDirectory.make("shard-batch")
    defer { try? FileManager.default.removeItem(at: directory) }
    let submissions = directory.appendingPathComponent("submissions")
    try FileManager.default.createDirectory(at: submissions, withIntermediateDirectories: true)
    for fixture in try Repository.fixtures() {
      try FileManager.default.copyItem(
        at: Repository.url("fixtures/" + fixture), to: submissions.appendingPathComponent(fixture))
    }
    for hostile in ["E101-truncated", "E101-empty", "E102-wrong-root", "SS-FUN-004-gbk"] {
      try FileManager.default.copyItem(
        at: Repository.url("Tests/Fixtures/hostile/submissions/\(hostile).xml"),
        to: submissions.appendingPathComponent("\(hostile).xml"))
    }
    try Data(
      """
      rules:
        SS-GRN-001:
          disable: true
          reason: reviewed by the forestry bureau
        SS-FUN-002:
          severity: error
          reason: strict from 2027
      """.utf8
    ).write(to: directory.appendingPathComponent("review.yml"))
    let chongqing = try Repository.fixtures().filter { $0.hasPrefix("cq-") }.map { "submissions/" + $0 }
    let baseline = try CommandRunner.run(
      ["check", "-q", "--config", "review.yml", "--write-baseline", "baseline.json"] + chongqing, in: directory)
    #expect(baseline.status == 0, "\(baseline.stderr)")
    // A file whose findings were fixed: its baseline entries are stale, and only its shard can tell.
    try FileManager.default.removeItem(at: submissions.appendingPathComponent("cq-mine-fuling-riverside-quarry.xml"))
    try FileManager.default.copyItem(
      at: Repository.url("fixtures/cq-ssw-three-gorges-compliant.xml"),
      to: submissions.appendingPathComponent("cq-mine-fuling-riverside-quarry.xml"))
    try Self.expectMergedEqualsWhole(
      ["submissions", "--config", "review.yml", "--baseline", "baseline.json", "--lang", "en"], in: directory,
      status: 2)
  }
}
