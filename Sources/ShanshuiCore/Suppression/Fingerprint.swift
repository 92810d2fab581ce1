/// The identity of a finding that survives edits elsewhere in its file: rule id, file (relative), and the node's
/// path anchored on its nearest ancestor with an `@id` — no positional steps, no line numbers.
public struct FindingKey: Sendable, Codable, Hashable, Comparable {
  public var ruleID: String
  public var file: String
  public var anchor: String

  public init(ruleID: String, file: String, anchor: String) {
    self.ruleID = ruleID
    self.file = file
    self.anchor = anchor
  }

  public init(_ finding: Finding, file: String) {
    self.init(ruleID: finding.ruleID, file: file, anchor: finding.anchoredPath)
  }

  /// 16 hex digits of the 64-bit FNV-1a hash of the key (SARIF `partialFingerprints`, baseline files).
  public var fingerprint: String {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in [ruleID, file, anchor].joined(separator: "\u{1F}").utf8 {
      hash ^= UInt64(byte)
      hash = hash &* 0x0000_0100_0000_01b3
    }
    let hex = String(hash, radix: 16)
    return String(repeating: "0", count: 16 - hex.count) + hex
  }

  public static func < (lhs: FindingKey, rhs: FindingKey) -> Bool {
    (lhs.file, lhs.ruleID, lhs.anchor) < (rhs.file, rhs.ruleID, rhs.anchor)
  }
}
