/// How each rule fared on one submission under each profile: the answer to "would this pass in Chongqing, in
/// Sichuan, under the unified standard?".
public struct VerdictMatrix: Sendable, Codable, Hashable {
  /// One rule's outcome in one column.
  public enum Verdict: String, Sendable, Codable, Hashable {
    /// The rule ran on the submission and found nothing.
    case pass
    /// The rule found an error.
    case fail
    /// The rule found only warnings or notes.
    case warn
    /// The rule did not run: another project type, a profile it is limited to, a parameter without a value under
    /// that profile, or nothing in the submission for it to check.
    case notApplicable = "n/a"
    /// The rule could not be evaluated (E103): its verdict is unknown.
    case error

    /// Whether the rule reported something.
    public var reported: Bool { self == .fail || self == .warn }
  }

  /// A column: a forced profile, or `auto` (each restoration unit under its own division's province).
  public enum Column: String, Sendable, Codable, Hashable, CaseIterable {
    case chongqing, sichuan, unified, auto
  }

  public struct Row: Sendable, Codable, Hashable {
    public var ruleID: String
    public var verdicts: [Column: Verdict]
    /// Passes under one province and reports a finding under the other.
    public var divergent: Bool

    public init(ruleID: String, verdicts: [Column: Verdict], divergent: Bool) {
      self.ruleID = ruleID
      self.verdicts = verdicts
      self.divergent = divergent
    }
  }

  public var columns: [Column]
  /// Every rule of the standard, in standard order.
  public var rows: [Row]

  public init(columns: [Column], rows: [Row]) {
    self.columns = columns
    self.rows = rows
  }

  /// The rules that pass under one province and fail under the other.
  public var divergentRules: [String] { rows.filter(\.divergent).map(\.ruleID) }
}
