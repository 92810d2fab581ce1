import Foundation
import ShanshuiConfig
import ShanshuiCore

/// Everything a `check` run is told: what to check, against which standard, how, and for which reports.
public struct CheckRequest: Sendable {
  /// Files, directories (searched for `*.xml`) and `-` for standard input.
  public var paths: [String]
  /// A standard on disk; `nil`: the bundled standard.
  public var standardPath: String?
  public var profile: ProfileChoice = .one(.auto)
  /// The date every file is judged on, which picks the standard version (`--as-of`; overrides the configuration's
  /// `as-of`); nil: each file's call date or year, else today.
  public var asOf: CalendarDate?
  /// The version that judges every file (`--standard-version`), by name; nil: the one in force on each file's date.
  public var standardVersion: String?
  public var limits = Limits()
  /// Files checked in parallel.
  public var jobs = 1
  /// `--shard K/N`: check only the files of that shard (by report name, `Shard`); nil: every file.
  public var shard: Shard?
  /// Verify mode (docs/architecture.md): every fast-path decision is also taken by libxml2.
  public var verifyFastPath = FastPathVerification.requestedByEnvironment
  /// The `Renderers` identifiers of every report the run will write: their needs decide what results keep.
  public var formats: [String] = []
  public var language: Language = .zh
  /// `--fail-on`: which findings the reports count as failures (JUnit); the caller derives the exit status from it.
  public var failOn: FailOn = .error
  /// The directory file names in reports and baselines are relative to (absolute).
  public var baseDirectory: String
  /// The directory relative input paths are relative to.
  public var workingDirectory: String
  /// Configuration file, baseline and inline-comment mode.
  public var suppressions = SuppressionSources()
  /// `--layer ROLE=PATH`, in the order given (a role given twice: the last wins); they override the configuration's
  /// `layers:` role by role.
  public var layers: [(role: String, path: String)] = []
  /// Limits on a layer file (`--max-layer-features`, `--max-layer-positions`).
  public var layerLimits = LayerLimits()
  public var toolVersion: String
  /// When the run started (JUnit `timestamp`), `YYYY-MM-DDTHH:MM:SS` in UTC.
  public var timestamp = CheckRequest.timestamp()
  /// The machine that runs the check (JUnit `hostname`).
  public var hostname = CheckRequest.machineName

  public init(paths: [String], toolVersion: String, workingDirectory: String = FileManager.default.currentDirectoryPath)
  {
    self.paths = paths
    self.toolVersion = toolVersion
    self.workingDirectory = workingDirectory
    baseDirectory = workingDirectory
  }

  /// Now, as `YYYY-MM-DDTHH:MM:SS` in UTC. (From the C library's calendar: a `DateFormatter` made per request
  /// cost a service a few percent of its time.)
  public static func timestamp() -> String {
    var now = time(nil)
    var parts = tm()
    gmtime_r(&now, &parts)
    func two(_ value: Int32) -> String { value < 10 ? "0\(value)" : "\(value)" }
    return "\(parts.tm_year + 1900)-\(two(parts.tm_mon + 1))-\(two(parts.tm_mday))T"
      + "\(two(parts.tm_hour)):\(two(parts.tm_min)):\(two(parts.tm_sec))"
  }

  /// The machine's name, asked once per process (Foundation's `hostName` resolves it each time it is read).
  public static let machineName = ProcessInfo.processInfo.hostName
}

/// Where a run's suppressions come from (see docs/configuration.md).
public struct SuppressionSources: Sendable {
  /// A configuration file given explicitly (`--config`).
  public var config: String?
  /// Ignore `.shanshui.yml` in the working directory (`--no-config`).
  public var ignoresWorkingDirectoryConfig = false
  /// A baseline file (`--baseline`).
  public var baseline: String?
  /// What inline `shanshui-ignore` comments do (`--inline-suppressions`); `nil`: the configuration's, else report.
  public var inlineMode: SuppressionPolicy.InlineMode?

  public init(
    config: String? = nil, ignoresWorkingDirectoryConfig: Bool = false, baseline: String? = nil,
    inlineMode: SuppressionPolicy.InlineMode? = nil
  ) {
    self.config = config
    self.ignoresWorkingDirectoryConfig = ignoresWorkingDirectoryConfig
    self.baseline = baseline
    self.inlineMode = inlineMode
  }

  /// The policy for `standard` and the configuration's `as-of`, or the configuration's or baseline's problems.
  /// - parameter knowsRule: whether a rule id `standard` lacks belongs to another version of it.
  public func settings(
    standard: Standard, base: String, notice: (String) -> Void = { _ in }, knowsRule: (String) -> Bool
  ) -> Result<
    (policy: SuppressionPolicy, asOf: (date: CalendarDate, file: String)?, layers: [Configuration.LayerSetting]),
    ConfigurationError
  > {
    RunSuppressions.loadSettings(
      config: config, noConfig: ignoresWorkingDirectoryConfig, baseline: baseline,
      inlineMode: inlineMode, standard: standard, base: base, notice: notice, knowsRule: knowsRule)
  }

  /// The policy for `standard`, or the configuration's or baseline's problems.
  /// - parameter notice: hears a setting that is ignored, as one line.
  public func policy(
    standard: Standard, base: String, notice: (String) -> Void = { _ in }
  ) -> Result<SuppressionPolicy, ConfigurationError> {
    RunSuppressions.load(
      config: config, noConfig: ignoresWorkingDirectoryConfig, baseline: baseline,
      inlineMode: inlineMode, standard: standard, base: base, notice: notice)
  }
}
