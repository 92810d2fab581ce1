/// One suppression in force during a run, as reports list it: what silenced which rule, why, and how many findings.
public struct Suppression: Sendable, Codable, Hashable {
  public enum Kind: String, Sendable, Codable {
    /// `disable` in the configuration file: the rule's findings are dropped.
    case disabled
    /// `severity` in the configuration file: the rule's findings are kept at another severity.
    case severity
    /// A `shanshui-ignore` comment in a submission.
    case inline
    /// A finding recorded in the `--baseline` file.
    case baseline
  }

  public enum Status: String, Sendable, Codable {
    case applied
    /// In force, but no finding matched it.
    case unused
    /// Not applied: an inline directive without a reason or a rule id.
    case rejected
    /// An inline directive under `--inline-suppressions report` (the default): the submitter's request to waive,
    /// listed with its reason for the reviewer; the findings it names are kept. `count` is how many it covers.
    case requested
    /// A `--baseline` entry that matched no finding of the run (the finding was fixed, or its file not checked):
    /// `reason` holds the entry's anchored path, `count` the findings it recorded. `--prune-baseline` drops it.
    case stale
    /// An inline directive naming a rule the standard says can never be waived (a source is a law or a regulation):
    /// not applied under `allow` or `report`, the findings it names are kept.
    case refused
    /// An inline directive under `--inline-suppressions deny`: not applied, the findings it names are kept.
    case denied
  }

  public var kind: Kind
  public var status: Status
  /// The rule it applies to; nil for the baseline as a whole.
  public var ruleID: String?
  /// The submission, for inline directives and baseline counts per file.
  public var file: String?
  public var line: Int?
  public var reason: String
  /// Findings silenced (or, for `severity`, changed).
  public var count: Int
  /// The severity `severity` changes the rule's findings to.
  public var newSeverity: Severity?

  public init(
    kind: Kind, status: Status, ruleID: String?, file: String? = nil, line: Int? = nil, reason: String,
    count: Int, newSeverity: Severity? = nil
  ) {
    self.kind = kind
    self.status = status
    self.ruleID = ruleID
    self.file = file
    self.line = line
    self.reason = reason
    self.count = count
    self.newSeverity = newSeverity
  }
}

/// A finding that was not reported, and what silenced it.
public struct SuppressedFinding: Sendable, Codable, Hashable {
  public var finding: Finding
  public var kind: Suppression.Kind
  public var reason: String

  public init(finding: Finding, kind: Suppression.Kind, reason: String) {
    self.finding = finding
    self.kind = kind
    self.reason = reason
  }
}
