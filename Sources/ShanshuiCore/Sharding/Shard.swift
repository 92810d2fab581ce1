/// One of `count` parts of a batch (`check --shard K/N`), chosen by each file's report name so that every machine of a
/// CI matrix, given the files in any order, agrees on which files are its own.
///
/// A file belongs to shard `FNV-1a-64(UTF-8 name) mod N + 1`, where the name is the one reports and baselines use
/// (relative to the base directory, `/` separators, no `./` steps: `ReportPath.relative`). Never Swift's `Hasher`:
/// it is seeded per process, so two machines would split the files differently.
public struct Shard: Sendable, Hashable, CustomStringConvertible {
  /// 1-based: the `K` of `K/N`.
  public let index: Int
  /// The `N` of `K/N`.
  public let count: Int

  /// A shard when `1 ≤ index ≤ count`; nil otherwise.
  public init?(index: Int, count: Int) {
    guard count >= 1, (1...count).contains(index) else { return nil }
    self.index = index
    self.count = count
  }

  /// Reads `K/N` (decimal, no sign, no spaces); nil for anything else or for K outside 1…N.
  public init?(_ text: String) {
    let parts = text.split(separator: "/", omittingEmptySubsequences: false)
    guard parts.count == 2, parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
      let index = Int(parts[0]), let count = Int(parts[1])
    else { return nil }
    self.init(index: index, count: count)
  }

  /// `K/N`, as `--shard` takes it.
  public var description: String { "\(index)/\(count)" }

  /// The shard (1…`count`) that `name`, a file's report name, belongs to.
  public static func number(of name: String, count: Int) -> Int {
    Int(fnv1a64(name) % UInt64(count)) + 1
  }

  /// Whether the file reports and baselines call `name` belongs to this shard.
  public func contains(_ name: String) -> Bool {
    Self.number(of: name, count: count) == index
  }

  /// FNV-1a, 64 bits, over the UTF-8 bytes of `text`: a published, seedless hash, the same on every machine.
  public static func fnv1a64(_ text: String) -> UInt64 {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in text.utf8 {
      hash ^= UInt64(byte)
      hash = hash &* 0x0000_0100_0000_01b3
    }
    return hash
  }
}
