import Foundation
import ShanshuiCore
import ShanshuiFrontend
import ShanshuiTestSupport
import Testing

/// `check --shard K/N`: a split by report name that every machine computes alike, whatever the order of the arguments.
@Suite struct ShardPartitionTests {
  static let root = Repository.root.path

  /// FNV-1a 64 is pinned by published values ("" is the offset basis, "a" the reference vector), and so is the shard
  /// of a few names: a change of hash or of name would move files between shards of CI runs already configured.
  @Test func theHashAndTheShardOfAFewNamesArePinned() {
    #expect(Shard.fnv1a64("") == 0xcbf2_9ce4_8422_2325)
    #expect(Shard.fnv1a64("a") == 0xaf63_dc4c_8601_ec8c)
    #expect(Shard.fnv1a64("fixtures/cq-mine-fuling-riverside-quarry.xml") == 0xa1de_18a5_b448_9c42)
    #expect(Shard.fnv1a64("submissions/重庆/万州-1.xml") == 0xb5e2_62fb_8a8c_02de)
    let pinned: [(String, [Int])] = [
      ("fixtures/cq-mine-fuling-riverside-quarry.xml", [1, 3, 2]),
      ("submissions/重庆/万州-1.xml", [1, 2, 4]),
      ("fixtures/sc-karst-gongxian-compliant.xml", [2, 2, 2]),
    ]
    for (name, shards) in pinned {
      #expect([2, 3, 5].map { Shard.number(of: name, count: $0) } == shards, "\(name)")
    }
  }

  @Test(arguments: ["1/1", "1/3", "3/3", "5/5", "12/40"])
  func aShardIsReadFromKOverN(text: String) throws {
    let shard = try #require(Shard(text))
    #expect(shard.description == text)
  }

  @Test(arguments: [
    "0/3", "4/3", "1/0", "-1/3", "+1/3", "1/-3", "1", "1/3/5", "/3", "1/", "a/b", " 1/3", "1.0/3", "١/٣",
  ])
  func anythingElseIsNoShard(text: String) {
    #expect(Shard(text) == nil)
  }

  /// Every fixture lands in exactly one shard, for every N, and each shard keeps the collected (sorted) order.
  @Test(arguments: [1, 2, 3, 5, 7])
  func everyFileLandsInExactlyOneShard(count: Int) throws {
    let all = InputCollector.collect(["fixtures"])
    #expect(all.count >= 70)
    var seen: [String: Int] = [:]
    for index in 1...count {
      let shard = try #require(Shard(index: index, count: count))
      let mine = shard.select(all, baseDirectory: Self.root, workingDirectory: Self.root)
      #expect(mine.map(\.displayPath) == mine.map(\.displayPath).sorted())
      for input in mine { seen[input.displayPath, default: 0] += 1 }
    }
    #expect(seen.count == all.count)
    #expect(seen.values.allSatisfy { $0 == 1 })
  }

  /// The same files named in another order, with `./` steps or by absolute path, are split alike: by report name.
  @Test func theSplitDoesNotDependOnHowTheFilesAreNamed() throws {
    let files = try Repository.fixtures().map { "fixtures/" + $0 }
    let shard = try #require(Shard("2/3"))
    func names(_ paths: [String]) -> Set<String> {
      Set(
        shard.select(InputCollector.collect(paths), baseDirectory: Self.root, workingDirectory: Self.root)
          .map { ReportPath.relative($0.displayPath, to: Self.root, workingDirectory: Self.root) })
    }
    let expected = names(files)
    #expect(!expected.isEmpty && expected.count < files.count)
    #expect(names(files.reversed()) == expected)
    #expect(names(files.map { "./" + $0 }) == expected)
    #expect(names(files.map { Self.root + "/" + $0 }) == expected)
    #expect(names(["fixtures"]) == expected)
  }

  /// A path that cannot be used is placed by its name too: its problem is reported by one shard, not by all.
  @Test func aMissingPathBelongsToOneShard() throws {
    let inputs = InputCollector.collect(["no-such-dir/a.xml"])
    let owners = (1...3).filter { index in
      guard let shard = Shard(index: index, count: 3) else { return false }
      return !shard.select(inputs, baseDirectory: Self.root, workingDirectory: Self.root).isEmpty
    }
    #expect(owners == [Shard.number(of: "no-such-dir/a.xml", count: 3)])
  }
}
