import Foundation
import ShanshuiCore
import ShanshuiTestSupport
import Testing

/// `check --shard` and `merge` from the command line: usage errors (64), an empty shard, the shard's record in valid
/// JSON and SARIF, and merge's exit statuses and refusals.
@Suite struct ShardUsageCommandTests {
  static let fixture = "fixtures/cq-mine-fuling-riverside-quarry.xml"

  @Test(arguments: ["0/3", "4/3", "3", "a/b", "1/0", "-1/2", "1/2/3", "2/3 "])
  func aBadShardIsAUsageError(value: String) throws {
    let run = try CommandRunner.run(["check", "--shard=\(value)", Self.fixture])
    #expect(run.status == 64, "\(run.stderr)")
    #expect(run.stderr.contains("--shard \(value): give K/N with whole numbers 1 ≤ K ≤ N"), "\(run.stderr)")
  }

  @Test func standardInputAndBaselineWritingCannotBeSharded() throws {
    let stdin = try CommandRunner.run(["check", "--shard", "1/2", "-"], input: Data())
    #expect(stdin.status == 64 && stdin.stderr.contains("standard input (-) cannot be sharded"), "\(stdin.stderr)")
    for option in [["--write-baseline", "b.json"], ["--prune-baseline", "--baseline", "b.json"]] {
      let run = try CommandRunner.run(["check", "--shard", "1/2", Self.fixture] + option)
      #expect(run.status == 64 && run.stderr.contains("a shard sees only its own files"), "\(option): \(run.stderr)")
    }
  }

  /// The shard that gets no file is a clean, empty run; the other checks the file. Both reports carry the shard and
  /// are valid against their schemas.
  @Test func aShardWithoutFilesIsAnEmptyCleanRun() throws {
    let owner = Shard.number(of: Self.fixture, count: 2)
    let empty = try CommandRunner.run(["check", "--shard", "\(3 - owner)/2", "--format", "json", Self.fixture])
    #expect(empty.status == 0, "\(empty.stderr)")
    let report = try JSONTree(parsing: empty.stdout)
    #expect(report["summary"]["files"].int == 0)
    #expect(report["shard"]["index"].int == 3 - owner && report["shard"]["count"].int == 2)
    #expect(report["shard"]["profile"].string == "auto")
    let full = try CommandRunner.run(["check", "--shard", "\(owner)/2", "--format", "json", Self.fixture])
    #expect(full.status == 1)
    #expect(try JSONTree(parsing: full.stdout)["summary"]["files"].int == 1)
    #expect(
      try SchemaValidation.json([empty.stdout, full.stdout], schema: "schemas/shanshui-report-1.schema.json") == [])
    let sarif = try CommandRunner.run(["check", "--shard", "\(owner)/2", "--format", "sarif", Self.fixture])
    let run = try JSONTree(parsing: sarif.stdout)["runs"][0]
    #expect(run["automationDetails"]["id"].string == "shanshui/shard-\(owner)-of-2")
    #expect(run["properties"]["shard"]["index"].int == owner)
    #expect(try SchemaValidation.sarif([sarif.stdout]) == [])
    let text = try CommandRunner.run(["check", "--shard", "\(3 - owner)/2", "--lang", "en", Self.fixture])
    #expect(text.status == 0 && text.stdout.contains("0 files"), "\(text.stdout)")
  }

  @Test func mergeExitsAsCheckWould() throws {
    let directory = try TemporaryDirectory.make("merge-status")
    defer { try? FileManager.default.removeItem(at: directory) }
    let paths = ["fixtures/cq-mine-fuling-riverside-quarry.xml", "fixtures/cq-ssw-three-gorges-compliant.xml"]
    let shards = try (1...2).map { index -> String in
      let path = directory.appendingPathComponent("\(index).json").path
      _ = try CommandRunner.run(["check", "--shard", "\(index)/2", "--format", "json", "--output", path] + paths)
      return path
    }
    #expect(try CommandRunner.run(["merge"] + shards).status == 1)
    #expect(try CommandRunner.run(["merge", "--fail-on", "never"] + shards).status == 0)
    let output = directory.appendingPathComponent("merged.json")
    let written = try CommandRunner.run(["merge", "--format", "json", "--output", output.path] + shards)
    #expect(written.status == 1 && written.stdout.isEmpty)
    #expect(try JSONTree(parsing: String(contentsOf: output, encoding: .utf8))["summary"]["files"].int == 2)
  }

  @Test func mergeRefusesWhatItCannotReadAndWritesNothing() throws {
    let directory = try TemporaryDirectory.make("merge-refused")
    defer { try? FileManager.default.removeItem(at: directory) }
    let shard = directory.appendingPathComponent("1.json").path
    _ = try CommandRunner.run(["check", "--shard", "1/2", "--format", "json", "--output", shard, Self.fixture])
    let output = directory.appendingPathComponent("merged.json")
    let missing = directory.appendingPathComponent("2.json").path
    let run = try CommandRunner.run(["merge", "--lang", "en", "--output", output.path, shard, missing])
    #expect(run.status == 2)
    #expect(run.stderr.contains("\(missing): error: [E700] cannot read"), "\(run.stderr)")
    #expect(run.stderr.contains("nothing was written"))
    #expect(!FileManager.default.fileExists(atPath: output.path))
  }

  @Test(arguments: [["merge"], ["merge", "--format", "xml", "a.json"], ["merge", "--fail-on", "all", "a.json"]])
  func mergeUsageErrors(arguments: [String]) throws {
    #expect(try CommandRunner.run(arguments).status == 64)
  }
}
