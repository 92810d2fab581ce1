import Foundation

/// Findings accepted as known (`--write-baseline`), so that a later run reports only new ones (`--baseline`).
///
/// Entries are keyed by `FindingKey` with a count: two findings of one rule on unnamed siblings share a key, and the
/// baseline silences as many of them as it recorded, no more. The count is per profile: `--profile all` reports one
/// node under each profile, and a baseline written with or without it applies to runs with or without it.
public struct Baseline: Sendable, Codable, Equatable {
  public static let formatVersion = 1

  public struct Entry: Sendable, Codable, Equatable {
    public var ruleId: String
    public var file: String
    public var anchor: String
    public var count: Int
    public var fingerprint: String

    var key: FindingKey { FindingKey(ruleID: ruleId, file: file, anchor: anchor) }
  }

  public var formatVersion: Int
  public var tool: String
  public var standard: String?
  public var findings: [Entry]

  /// The baseline of `files`' findings, file names made relative by `name`.
  public init(files: [FileResult], standard: StandardInfo?, name: (String) -> String) {
    var perProfile: [ProfiledKey: Int] = [:]
    for file in files {
      for finding in file.findings {
        perProfile[
          ProfiledKey(key: FindingKey(finding, file: name(file.path)), profile: finding.profile), default: 0] += 1
      }
    }
    var counts: [FindingKey: Int] = [:]
    for (profiled, count) in perProfile { counts[profiled.key] = max(counts[profiled.key] ?? 0, count) }
    formatVersion = Self.formatVersion
    tool = "shanshui"
    self.standard = standard.map { "\($0.id) \($0.version)" }
    findings = counts.sorted { $0.key < $1.key }.map { key, count in
      Entry(ruleId: key.ruleID, file: key.file, anchor: key.anchor, count: count, fingerprint: key.fingerprint)
    }
  }

  /// Reads a baseline file; the error says what is wrong in terms a user can act on.
  public static func decode(_ data: Data) throws -> Baseline {
    let baseline = try JSONDecoder().decode(Baseline.self, from: data)
    guard baseline.formatVersion == formatVersion else {
      throw DecodingError.dataCorrupted(
        .init(
          codingPath: [],
          debugDescription:
            "formatVersion \(baseline.formatVersion) is not supported (this shanshui reads \(formatVersion))"))
    }
    return baseline
  }

  public func encoded() -> Data {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    return (try? encoder.encode(self)) ?? Data()
  }

  /// This baseline without the entries `stale` lists (`Suppression` of status `.stale`, as `apply` reports them).
  public func pruned(of stale: [Suppression]) -> Baseline {
    let keys = Set(
      stale.filter { $0.kind == .baseline && $0.status == .stale }.map {
        FindingKey(ruleID: $0.ruleID ?? "", file: $0.file ?? "", anchor: $0.reason)
      })
    var copy = self
    copy.findings = findings.filter { !keys.contains($0.key) }
    return copy
  }

  /// The recorded count per key, the allowance of each profile.
  func allowances() -> [FindingKey: Int] {
    Dictionary(findings.map { ($0.key, $0.count) }, uniquingKeysWith: +)
  }
}

/// A finding's key under one profile: what a baseline's allowance is consumed by.
struct ProfiledKey: Hashable {
  var key: FindingKey
  var profile: Profile
}
