/// The outcome for one submission: findings, or the problems that kept it from being checked.
public struct FileResult: Sendable, Codable {
  /// Whether the file was checked against the rules.
  public enum Status: String, Sendable, Codable {
    /// Parsed, schema-valid, every applicable rule evaluated.
    case checked
    /// Unreadable, malformed or schema-invalid: not rule-checked (exit status 2).
    case notChecked = "not-checked"
  }

  public var path: String
  public var status: Status
  public var findings: [Finding]
  public var diagnostics: [Diagnostic]
  /// Spatial rules that applied but could not be judged (layer not given, no geometry, libraries unavailable):
  /// never a pass, and not a finding.
  public var notChecked: [NotCheckedRule] = []
  /// The profiles that were applied to some part of the file.
  public var profiles: [Profile]
  /// `project/@id`, when the file was read that far.
  public var projectID: String?
  /// The verdict of every rule under every profile, when the file was checked with `--profile all`.
  public var verdicts: VerdictMatrix?
  /// Rules that ran on at least one node of the file.
  public var evaluatedRuleIDs: Set<String> = []
  /// Rules that could not be evaluated on the file (E103).
  public var erroredRuleIDs: Set<String> = []
  /// `shanshui-ignore` comments in the file.
  public var ignoreDirectives: [IgnoreDirective] = []
  /// Findings left out by a suppression (configuration, inline comment, baseline), with the reason.
  public var suppressed: [SuppressedFinding] = []
  /// The text of the lines findings are on, when the caller asked for it (reports that show the offending line).
  public var sourceLines: [Int: String] = [:]
  /// Wall time spent on the file, in seconds, when the caller measured it (JUnit suite times).
  public var seconds: Double?
  /// The version of the standard that judged the file, and why; nil when the run did not choose one (a file not
  /// parsed, or a validator used directly).
  public var judgedBy: VersionChoice?

  public init(
    path: String, status: Status, findings: [Finding] = [], diagnostics: [Diagnostic] = [],
    profiles: [Profile] = [], projectID: String? = nil
  ) {
    self.path = path
    self.status = status
    self.findings = findings
    self.diagnostics = diagnostics
    self.profiles = profiles
    self.projectID = projectID
  }
}
