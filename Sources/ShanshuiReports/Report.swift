import ShanshuiCore

/// Everything one run found, ready to render: the standard checked against, and each file's outcome.
public struct Report: Sendable {
  /// Whether every input (and the standard) could be checked completely.
  public var isComplete: Bool {
    standardDiagnostics.isEmpty && layerDiagnostics.isEmpty
      && !files.contains { $0.status == .notChecked || !$0.diagnostics.isEmpty }
  }

  /// A file's name relative to `baseDirectory`.
  public func relativePath(_ path: String) -> String {
    ReportPath.relative(path, to: baseDirectory, workingDirectory: workingDirectory)
  }

  public var toolVersion: String
  public var standard: StandardInfo?
  /// Problems in the standard itself; when there are any, no file was checked.
  public var standardDiagnostics: [Diagnostic]
  public var files: [FileResult]
  /// Reviewer layers given but unusable (E600, E610–E615), each reported once for the run: the rules reading them
  /// are not checked, and the run is incomplete (exit 2).
  public var layerDiagnostics: [Diagnostic] = []
  /// Which file served each layer role (and whether it was reprojected), in role order.
  public var layerSources: [LayerSet.Source] = []
  public var language: Language
  /// Whether text output may use colour (a terminal, and no `NO_COLOR`); the caller decides.
  public var colored: Bool = false
  /// The rules of the standard, for formats that describe them (SARIF's rule table, JUnit test cases).
  public var rules: [RuleInfo] = []
  /// Each theme's title (its rule document's), by theme id, for reports that show themes to people.
  public var themeTitles: [String: LocalizedText] = [:]

  /// The title of `theme` in the report's language: the rule document's, the system notices' own, or else the id.
  public func themeTitle(_ theme: String) -> String {
    if let title = themeTitles[theme] { return title.text(language) }
    return theme == "system" ? (language == .zh ? "系统提示" : "System notices") : theme
  }
  /// Every suppression in force (configuration, inline comments, baseline), with its reason and count.
  public var suppressions: [Suppression] = []
  /// The directory file names are made relative to (SARIF artifact URIs, baselines): the working directory or `--base`.
  public var baseDirectory: String = "/"
  /// The directory relative input paths are relative to, when it is not `baseDirectory`; nil: paths are only tidied.
  public var workingDirectory: String?
  /// When the run started (JUnit `timestamp`), `YYYY-MM-DDTHH:MM:SS` in UTC.
  public var timestamp: String = "1970-01-01T00:00:00"
  /// The machine that ran the check (JUnit `hostname`).
  public var hostname: String = "localhost"
  /// The lowest severity that fails the run (`check --fail-on`; nil: `never`). JUnit makes a finding at or above it a
  /// `failure` and lists the others in the test case's `system-out`.
  public var failingSeverity: Severity? = .error
  /// The shard this report covers (`check --shard K/N`); nil for a whole run.
  public var shard: ShardInfo?

  /// Whether a finding of this severity fails the run (`--fail-on`).
  public func fails(_ severity: Severity) -> Bool { failingSeverity.map { severity >= $0 } ?? false }

  public init(
    toolVersion: String, standard: StandardInfo?, standardDiagnostics: [Diagnostic] = [],
    files: [FileResult], language: Language
  ) {
    self.toolVersion = toolVersion
    self.standard = standard
    self.standardDiagnostics = standardDiagnostics
    self.files = files
    self.language = language
  }

  /// Spatial rules not judged, counted once per file and rule (never a pass).
  public var rulesNotChecked: Int {
    files.reduce(0) { $0 + Set($1.notChecked.map(\.ruleID)).count }
  }

  /// Counts for the summary line.
  public struct Summary: Sendable, Codable, Equatable {
    public var files: Int
    /// Files checked completely.
    public var checked: Int
    public var notChecked: Int
    public var errors: Int
    public var warnings: Int
    public var infos: Int
    public var toolErrors: Int
    /// Findings left out by a suppression (configuration, inline comment, baseline).
    public var suppressed: Int
  }

  public var summary: Summary {
    let findings = files.flatMap(\.findings)
    return Summary(
      files: files.count,
      checked: files.filter { $0.status == .checked && $0.diagnostics.isEmpty }.count,
      // A file with a tool error was not (fully) checked, even if some rules ran on it.
      notChecked: files.filter { $0.status == .notChecked || !$0.diagnostics.isEmpty }.count,
      errors: findings.filter { $0.severity == .error }.count,
      warnings: findings.filter { $0.severity == .warning }.count,
      infos: findings.filter { $0.severity == .info }.count,
      toolErrors: standardDiagnostics.count + layerDiagnostics.count + files.reduce(0) { $0 + $1.diagnostics.count },
      suppressed: files.reduce(0) { $0 + $1.suppressed.count })
  }
}
