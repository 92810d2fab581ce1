/// The shard a report covers (`check --shard K/N`), with the settings every shard of one run must share:
/// `shanshui merge` refuses shards whose settings differ. JSON reports carry it as `shard`, SARIF logs as
/// `run.properties.shard` (and `run.automationDetails.id` `shanshui/shard-K-of-N`); a run without `--shard` has none,
/// so its reports are unchanged.
public struct ShardInfo: Sendable, Hashable, Codable {
  /// 1-based: the `K` of `K/N`.
  public var index: Int
  public var count: Int
  /// `--profile` as typed: `auto`, a profile's name or `all`.
  public var profile: String
  /// `--as-of`, when given.
  public var asOf: String?
  /// `--standard-version`, when given.
  public var standardVersion: String?

  public init(index: Int, count: Int, profile: String, asOf: String? = nil, standardVersion: String? = nil) {
    self.index = index
    self.count = count
    self.profile = profile
    self.asOf = asOf
    self.standardVersion = standardVersion
  }

  /// `run.automationDetails.id` of a shard's SARIF log: SARIF 2.1.0 §3.17.4's `category/instance` form.
  public var automationID: String { "shanshui/shard-\(index)-of-\(count)" }
}
