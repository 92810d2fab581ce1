/// Which version of the standard judged a file, and why: what every report says per file.
public struct VersionChoice: Sendable, Hashable, Codable {
  /// The version (`standard/@version`) and its effective date.
  public var version: String
  public var effective: String
  /// The date the file was judged on; nil when the version was named (`--standard-version`).
  public var judgingDate: JudgingDate?
  /// Whether the judging date precedes every version's effective date (the oldest version then judges, with the
  /// info notice SS-SYS-003).
  public var beforeEveryVersion: Bool

  public init(version: String, effective: String, judgingDate: JudgingDate?, beforeEveryVersion: Bool = false) {
    self.version = version
    self.effective = effective
    self.judgingDate = judgingDate
    self.beforeEveryVersion = beforeEveryVersion
  }

  /// How the version was chosen.
  public var basis: JudgingBasis { judgingDate?.basis ?? .standardVersion }

  /// Why this version, in a phrase: `the call year of programme central-ssw, 2025, read as 2025-01-01`.
  public var reason: LocalizedText {
    var reason: LocalizedText
    guard let judging = judgingDate else {
      return LocalizedText(zh: "由 --standard-version 指定", en: "named by --standard-version")
    }
    let date = judging.date.description
    let programme = judging.programme ?? "?"
    let written = judging.written ?? ""
    switch judging.basis {
    case .standardVersion:
      reason = LocalizedText(zh: "由 --standard-version 指定", en: "named by --standard-version")
    case .asOf:
      let origin = written == "--as-of" || written.isEmpty ? "--as-of" : "as-of: \(written)"
      reason = LocalizedText(zh: "按指定日期 \(date)（\(origin)）", en: "as of \(date) (\(origin))")
    case .callDate:
      reason = LocalizedText(
        zh: "按资金渠道 \(programme) 的申报通知日期 \(date)（callDate）",
        en: "the call date of programme \(programme), \(date) (callDate)")
    case .callYear:
      reason = LocalizedText(
        zh: "按资金渠道 \(programme) 的申报年度 \(written)，即 \(date)（callYear）",
        en: "the call year of programme \(programme), \(written), read as \(date) (callYear)")
    case .today:
      reason = LocalizedText(
        zh: "申报材料未注明申报年度，按今天 \(date)", en: "the submission states no call date or year: today, \(date)")
    }
    if beforeEveryVersion {
      reason = LocalizedText(
        zh: reason.text(.zh) + "；早于所有版本的施行日期，按最早的版本判定",
        en: reason.text(.en) + "; before every version's effective date, so the oldest version judges")
    }
    return reason
  }

  /// `0.1.0（2021-11-10 起施行）：REASON` / `0.1.0 (effective 2021-11-10): REASON`.
  public var summary: LocalizedText {
    LocalizedText(
      zh: "\(version)（\(effective) 起施行）：\(reason.text(.zh))",
      en: "\(version) (effective \(effective)): \(reason.text(.en))")
  }
}
