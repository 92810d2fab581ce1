/// How each rule fared on one submission under each profile: the answer to "would this pass in Chongqing, in
/// Sichuan, under the unified standard?".
public struct VerdictMatrix: Sendable, Codable, Hashable {
  /// One rule's outcome in one column.
  public enum Verdict: String, Sendable, Codable, Hashable {
    case pass, fail
    /// The rule does not apply there: another project type, a profile it is limited to, or a parameter without a
    /// value under that profile.
    case notApplicable = "n/a"
  }

  /// A column: a forced profile, or `auto` (each restoration unit under its own division's province).
  public enum Column: String, Sendable, Codable, Hashable, CaseIterable {
    case chongqing, sichuan, unified, auto
  }

  public struct Row: Sendable, Codable, Hashable {
    public var ruleID: String
    public var verdicts: [Column: Verdict]
    /// Passes under one province and fails under the other.
    public var divergent: Bool
  }

  public var columns: [Column]
  /// Every rule of the standard, in standard order.
  public var rows: [Row]

  /// The rules that pass under one province and fail under the other.
  public var divergentRules: [String] { rows.filter(\.divergent).map(\.ruleID) }
}
