import Foundation
import ShanshuiConfig
import ShanshuiCore

/// Reads what a run is told to suppress: the configuration file (`--config`, or `.shanshui.yml` in the working
/// directory) and the baseline (`--baseline`, or the configuration's `baseline`), and what inline comments do
/// (`--inline-suppressions`, else `inline-suppressions` from `--config`, else `report`).
public enum RunSuppressions {
  public static func load(
    config: String?, noConfig: Bool, baseline: String?, inlineMode: SuppressionPolicy.InlineMode?,
    standard: Standard, base: String, notice: (String) -> Void
  )
    -> Result<SuppressionPolicy, ConfigurationError>
  {
    loadSettings(
      config: config, noConfig: noConfig, baseline: baseline, inlineMode: inlineMode, standard: standard, base: base,
      notice: notice
    ).map { $0.policy }
  }

  /// What a run's configuration says: the suppression policy, the configuration's `as-of` with the file it is
  /// in, and its `layers:` (only from `--config`: a `.shanshui.yml` found in the working directory may be the
  /// submitter's checkout, and a layer of their choosing would decide the spatial review).
  /// - parameter knowsRule: whether a rule id the current version lacks is a rule of another version of the
  ///   standard (a configuration may name it); by default none is.
  public static func loadSettings(
    config: String?, noConfig: Bool, baseline: String?, inlineMode: SuppressionPolicy.InlineMode?,
    standard: Standard, base: String, notice: (String) -> Void, knowsRule: (String) -> Bool = { _ in false }
  )
    -> Result<
      (
        policy: SuppressionPolicy, asOf: (date: CalendarDate, file: String)?, layers: [Configuration.LayerSetting]
      ), ConfigurationError
    >
  {
    var asOf: (date: CalendarDate, file: String)?
    var layers: [Configuration.LayerSetting] = []
    let workingDirectory = FileManager.default.currentDirectoryPath
    var policy = SuppressionPolicy(name: { ReportPath.relative($0, to: base, workingDirectory: workingDirectory) })
    var baselinePath = baseline
    policy.inlineMode = inlineMode ?? .report
    policy.unwaivable = Set(standard.rules.filter { !$0.isWaivable }.map(\.id))
    if let path = config ?? (noConfig ? nil : defaultConfiguration()) {
      switch Configuration.load(path: path) {
      case .failure(let error): return .failure(error)
      case .success(let configuration):
        asOf = configuration.asOf.map { ($0, path) }
        if !configuration.layers.isEmpty {
          if config == nil {
            notice(ignoredLayers(at: configuration.layers[0].location))
          } else {
            layers = configuration.layers
          }
        }
        let unknown = configuration.rules.filter { setting in
          !standard.rules.contains { $0.id == setting.ruleID } && !knowsRule(setting.ruleID)
        }
        if !unknown.isEmpty {
          return .failure(
            ConfigurationError(
              unknown.map { setting in
                Diagnostic(
                  .configurationInvalid,
                  LocalizedText(
                    zh: "配置中的规则 \(setting.ruleID) 不在标准 \(standard.info.id) 中",
                    en: "rule \(setting.ruleID) in the configuration is not in the standard \(standard.info.id)"),
                  at: setting.location)
              }))
        }
        (policy.disabled, policy.severities) = configuration.policy
        baselinePath = baselinePath ?? configuration.baseline
        if let mode = configuration.inlineSuppressions {
          if config == nil {
            // The working directory's file is the submitter's checkout in CI: it may not decide on its own waivers.
            notice(
              ignoredInlineSetting(
                mode, at: configuration.inlineSuppressionsLocation ?? SourceLocation(file: path, line: 0)))
          } else if inlineMode == nil {
            policy.inlineMode = mode
          }
        }
      }
    }
    if let baselinePath {
      switch readBaseline(baselinePath) {
      case .failure(let diagnostic): return .failure(ConfigurationError([diagnostic]))
      case .success(let baseline):
        policy.baseline = baseline
        policy.baselinePath = baselinePath
      }
    }
    return .success((policy, asOf, layers))
  }

  /// The notice for `layers:` in the working directory's configuration.
  static func ignoredLayers(at location: SourceLocation) -> String {
    "\(location.file):\(location.line): note: layers: is honoured only from --config (a .shanshui.yml found in the "
      + "working directory may be the submitter's own); give the layers with --config or --layer\n"
  }

  private static func ignoredInlineSetting(_ mode: SuppressionPolicy.InlineMode, at location: SourceLocation) -> String
  {
    let message =
      "shanshui: \(location.file):\(location.line): inline-suppressions: \(mode.rawValue) is ignored: it is honoured "
      + "only from --config or the command line, not from \(Configuration.defaultFileName) in the working directory "
      + "(in CI that is the submitter's checkout); --inline-suppressions decides, by default report\n"
    return message
  }

  private static func defaultConfiguration() -> String? {
    let path = FileManager.default.currentDirectoryPath + "/" + Configuration.defaultFileName
    return FileManager.default.fileExists(atPath: path) ? path : nil
  }

  private static func readBaseline(_ path: String) -> Result<Baseline, Diagnostic> {
    guard let data = FileManager.default.contents(atPath: path) else {
      return .failure(
        Diagnostic(
          .baselineInvalid, LocalizedText(zh: "无法读取基线文件", en: "cannot read the baseline file"),
          at: SourceLocation(file: path, line: 0)))
    }
    do {
      return .success(try Baseline.decode(data))
    } catch {
      return .failure(
        Diagnostic(
          .baselineInvalid,
          LocalizedText(
            zh: "基线文件无效：\(error)", en: "the baseline file is not valid: \(error)"),
          at: SourceLocation(file: path, line: 0)))
    }
  }
}
