import ShanshuiCore

/// The lowest severity that makes a run fail (exit status 1): `--fail-on`. `info`: any finding fails.
public enum FailOn: String, CaseIterable, Sendable {
  case error, warning, info, never

  public func fails(_ severity: Severity) -> Bool {
    switch self {
    case .error: return severity == .error
    case .warning: return severity >= .warning
    case .info: return true
    case .never: return false
    }
  }

  /// The lowest severity that fails (`Report.failingSeverity`); nil for `never`.
  public var lowestFailingSeverity: Severity? {
    switch self {
    case .error: return .error
    case .warning: return .warning
    case .info: return .info
    case .never: return nil
    }
  }
}
