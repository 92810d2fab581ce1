/// How serious a finding is, as the rule document states it.
public enum Severity: String, Sendable, Codable, CaseIterable, Comparable {
  case info, warning, error

  public static func < (lhs: Severity, rhs: Severity) -> Bool {
    allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
  }

  public var title: LocalizedText {
    switch self {
    case .info: return LocalizedText(zh: "提示", en: "info")
    case .warning: return LocalizedText(zh: "警告", en: "warning")
    case .error: return LocalizedText(zh: "错误", en: "error")
    }
  }
}
