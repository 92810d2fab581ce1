import Foundation
import ShanshuiCore
import Yams

/// A reviewer's project configuration (`.shanshui.yml`): rules to disable and severities to change, each with a
/// required reason, and optionally a baseline file.
///
/// ```yaml
/// rules:
///   SS-RIV-001:
///     disable: true
///     reason: 川渝尚未统一河道管理范围，暂按省级审查
///   SS-KAR-003:
///     severity: warning
///     reason: 2026 年试点期内只作提示
/// baseline: shanshui-baseline.json
/// inline-suppressions: deny   # honoured only from --config
/// as-of: 2025-06-30             # judge every file by the standard version in force that day (--as-of overrides)
/// layers:                       # reviewer layers by role, relative to this file; honoured only from --config
///   ecological-red-line: layers/red-line.gpkg
/// ```
public struct Configuration: Sendable, Equatable {
  /// The file name looked for in the working directory when `--config` is not given.
  public static let defaultFileName = ".shanshui.yml"

  public struct RuleSetting: Sendable, Equatable {
    public var ruleID: String
    public var disable: Bool
    public var severity: Severity?
    public var reason: String
    /// Where the rule's entry is, for messages about it.
    public var location: SourceLocation
  }

  public var rules: [RuleSetting]
  /// `inline-suppressions: allow|report|deny`. Honoured only from a file named by `--config`: a `.shanshui.yml`
  /// found in the working directory is the submitter's checkout in CI and must not loosen the review.
  public var inlineSuppressions: SuppressionPolicy.InlineMode?
  /// Where `inline-suppressions` is, for messages about it.
  public var inlineSuppressionsLocation: SourceLocation?
  /// The baseline file, resolved against the configuration file's directory.
  public var baseline: String?
  /// `as-of: YYYY-MM-DD`: the date every file is judged on, which picks the standard version (`--as-of` overrides).
  public var asOf: CalendarDate?
  /// `layers: {ROLE: PATH}`: the reviewer layer for each role, resolved against the configuration file's directory
  /// (`--layer ROLE=PATH` overrides a role).
  public var layers: [LayerSetting] = []
  public var path: String

  /// One entry of `layers:`.
  public struct LayerSetting: Sendable, Equatable {
    public var role: String
    public var path: String
    /// Where the entry is, for messages about it (an unknown role, E612).
    public var location: SourceLocation
  }

  /// The suppressions this configuration asks for (the baseline is read separately).
  public var policy: (disabled: [String: String], severities: [String: SuppressionPolicy.SeverityChange]) {
    var disabled: [String: String] = [:]
    var severities: [String: SuppressionPolicy.SeverityChange] = [:]
    for rule in rules {
      if rule.disable { disabled[rule.ruleID] = rule.reason }
      if let severity = rule.severity { severities[rule.ruleID] = .init(severity: severity, reason: rule.reason) }
    }
    return (disabled, severities)
  }

  /// Reads and checks a configuration file; every problem is an E300 diagnostic with its line and column.
  public static func load(path: String) -> Result<Configuration, ConfigurationError> {
    guard let data = FileManager.default.contents(atPath: path) else {
      return .failure(
        ConfigurationError([
          Diagnostic(
            .configurationInvalid,
            LocalizedText(
              zh: "无法读取配置文件", en: "cannot read the configuration file"), at: SourceLocation(file: path, line: 0))
        ]))
    }
    guard let text = String(data: data, encoding: .utf8) else {
      return .failure(
        ConfigurationError([
          Diagnostic(
            .configurationInvalid,
            LocalizedText(
              zh: "配置文件不是 UTF-8 文本", en: "the configuration file is not UTF-8 text"),
            at: SourceLocation(file: path, line: 1))
        ]))
    }
    var reader = ConfigurationReader(path: path)
    return reader.read(text)
  }
}

/// Every problem found in a configuration file.
public struct ConfigurationError: Error, Sendable {
  public var diagnostics: [Diagnostic]
  public init(_ diagnostics: [Diagnostic]) { self.diagnostics = diagnostics }
}
