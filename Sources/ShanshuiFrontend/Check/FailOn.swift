import ShanshuiCore

/// The lowest severity that makes a run fail (exit status 1): `--fail-on`.
public enum FailOn: String, CaseIterable, Sendable {
  case error, warning, never

  public func fails(_ severity: Severity) -> Bool {
    switch self {
    case .error: return severity == .error
    case .warning: return severity >= .warning
    case .never: return false
    }
  }
}
