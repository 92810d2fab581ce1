/// A finding the engine raises itself rather than a rule of the standard (ids `SS-SYS-…`), described like a rule so
/// that reports can list it with the rules that ran (SARIF's rule table, JUnit test-case names, HTML titles).
public struct SystemNotice: Sendable {
  public var id: String
  public var title: LocalizedText
  public var severity: Severity
  public var theme: String
  /// What the engine checks, in plain words.
  public var description: LocalizedText
  /// The message template, with the `{code}` placeholder the findings fill in.
  public var message: LocalizedText
  public var profiles: [Profile]

  /// A division code outside Chongqing and Sichuan: the unified profile judges that part of the project.
  public static let foreignDivision = SystemNotice(
    id: "SS-SYS-001",
    title: LocalizedText(zh: "区划不属于川渝两地", en: "Division outside Chongqing and Sichuan"),
    severity: .info, theme: "system",
    description: LocalizedText(
      zh: "区划代码不属于重庆或四川时予以提示，该部分按统一标准判定。",
      en: "Notes a division code outside Chongqing and Sichuan; that part of the project is judged under the unified profile."),
    message: LocalizedText(
      zh: "区划代码 {code} 不属于重庆或四川，按统一标准判定",
      en: "division {code} is outside Chongqing and Sichuan: judged under the unified profile"),
    profiles: [.unified])

  public static let all = [foreignDivision]
}
