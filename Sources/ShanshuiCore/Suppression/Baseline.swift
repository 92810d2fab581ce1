import Foundation

/// Findings accepted as known (`--write-baseline`), so that a later run reports only new ones (`--baseline`).
///
/// Entries are keyed by `FindingKey` with a count: two findings of one rule on unnamed siblings share a key, and the
/// baseline silences as many of them as it recorded, no more.
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
    var counts: [FindingKey: Int] = [:]
    for file in files {
      for finding in file.findings { counts[FindingKey(finding, file: name(file.path)), default: 0] += 1 }
    }
    formatVersion = Self.formatVersion
    tool = "shanshui"
    self.standard = standard.map { "\($0.id) \($0.version)" }
    findings = counts.keys.sorted().map { key in
      Entry(ruleId: key.ruleID, file: key.file, anchor: key.anchor, count: counts[key]!, fingerprint: key.fingerprint)
    }
  }

  /// Reads a baseline file; the error says what is wrong in terms a user can act on.
  public static func decode(_ data: Data) throws -> Baseline {
    let baseline = try JSONDecoder().decode(Baseline.self, from: data)
    guard baseline.formatVersion == formatVersion else {
      throw DecodingError.dataCorrupted(.init(codingPath: [], debugDescription:
        "formatVersion \(baseline.formatVersion) is not supported (this shanshui reads \(formatVersion))"))
    }
    return baseline
  }

  public func encoded() -> Data {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    return (try? encoder.encode(self)) ?? Data()
  }

  /// Remaining allowance per key, consumed as findings match.
  func allowances() -> [FindingKey: Int] {
    Dictionary(findings.map { ($0.key, $0.count) }, uniquingKeysWith: +)
  }
}
