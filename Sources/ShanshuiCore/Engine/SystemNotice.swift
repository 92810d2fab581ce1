/// A finding the engine raises itself rather than a rule of the standard (ids `SS-SYS-…`), described like a rule so
/// that reports can list it with the rules that ran (SARIF's rule table, JUnit test-case names, HTML titles).
public struct SystemNotice: Sendable {
  public var id: String
  public var title: LocalizedText
  public var severity: Severity
  public var theme: String
  /// What the engine checks, in plain words.
  public var description: LocalizedText
  /// The message template, with the placeholder the findings fill in (`{code}`, `{rules}`).
  public var message: LocalizedText
  public var profiles: [Profile]

  /// A division code outside Chongqing and Sichuan: the unified profile judges that part of the project.
  public static let foreignDivision = SystemNotice(
    id: "SS-SYS-001",
    title: LocalizedText(zh: "区划不属于川渝两地", en: "Division outside Chongqing and Sichuan"),
    severity: .info, theme: "system",
    description: LocalizedText(
      zh: "区划代码不属于重庆或四川时予以提示，该部分按统一标准判定。",
      en:
        "Notes a division code outside Chongqing and Sichuan; that part of the project is judged under the unified profile."
    ),
    message: LocalizedText(
      zh: "区划代码 {code} 不属于重庆或四川，按统一标准判定",
      en: "division {code} is outside Chongqing and Sichuan: judged under the unified profile"),
    profiles: [.unified])

  /// A submission that names no programme (`project/programme`): rules limited to programmes (`<applies
  /// programmes>`) that would otherwise apply to it were not applied, and the notice lists them.
  public static let noProgramme = SystemNotice(
    id: "SS-SYS-002",
    title: LocalizedText(zh: "未声明资金渠道，资金渠道规则未适用", en: "No programme stated: programme rules not applied"),
    severity: .info, theme: "system",
    description: LocalizedText(
      zh: "申报材料未声明资金渠道（project/programme）时予以提示，并列出因此未检查的、仅适用于特定资金渠道的规则。",
      en:
        "Notes a submission that states no programme (project/programme), and lists the rules limited to programmes that were therefore not applied."
    ),
    message: LocalizedText(
      zh: "未声明资金渠道（project/programme），以下仅适用于特定资金渠道的规则未检查：{rules}",
      en: "no programme is stated (project/programme): these rules of specific programmes were not applied: {rules}"),
    profiles: Profile.allCases)

  /// A submission judged on a date before every version of the standard took effect: the oldest version judged it
  /// (docs/editing-the-standard.md, Standard versions).
  public static let beforeEveryVersion = SystemNotice(
    id: "SS-SYS-003",
    title: LocalizedText(zh: "判定日期早于所有版本", en: "Judging date before every version"),
    severity: .info, theme: "system",
    description: LocalizedText(
      zh: "申报材料的判定日期（申报年度、申报通知日期或 --as-of）早于标准所有版本的施行日期时予以提示：按最早的版本判定。",
      en:
        "Notes a submission whose judging date (call year, call date or --as-of) precedes every version of the standard: the oldest version judges it."
    ),
    message: LocalizedText(
      zh: "判定日期 {date} 早于标准所有版本的施行日期，按最早的版本 {version}（{effective} 起施行）判定",
      en:
        "the judging date {date} is before every version of the standard: judged by the oldest, {version} (effective {effective})"
    ),
    profiles: Profile.allCases)

  /// Layers were given to the run but the submission has no `<geometry>` anywhere: every spatial rule is n/a on it
  /// (their contexts ask for a geometry), so nothing was overlaid, which a clean report would hide.
  public static let noGeometry = SystemNotice(
    id: "SS-SYS-004",
    title: LocalizedText(zh: "提供了图层，但申报材料无几何图形", en: "Layers given, but the submission has no geometry"),
    severity: .info, theme: "system",
    description: LocalizedText(
      zh: "运行提供了审查图层（--layer），而申报材料中没有任何 <geometry>（申报格式 1，或格式 2 未填写几何图形）时予以提示：空间规则均不适用，图层未与之叠加。",
      en:
        "Notes a submission with no <geometry> at all (format version 1, or version 2 without geometry) in a run given reviewer layers (--layer): no spatial rule applies to it, and nothing was overlaid on the layers."
    ),
    message: LocalizedText(
      zh: "申报材料中没有任何几何图形（<geometry>），所提供的图层（{roles}）未与之叠加，空间规则均不适用",
      en:
        "the submission has no geometry (<geometry>) at all: the layers given ({roles}) were not overlaid on it, and no spatial rule applies"
    ),
    profiles: Profile.allCases)

  public static let all = [foreignDivision, noProgramme, beforeEveryVersion, noGeometry]
}
