/// A spatial rule that applied to a file but could not be judged: never a pass. Reported in every format (JSON
/// `notChecked`, SARIF `kind: "open"`, JUnit `<skipped>`, HTML, text) and as n/a in the verdict matrix; it is not
/// a finding about the submission, so it neither fails a run nor takes a baseline entry.
public struct NotCheckedRule: Sendable, Codable, Hashable {
  /// Why the rule was not judged.
  public enum Reason: String, Sendable, Codable, Hashable, CaseIterable {
    /// The rule reads a layer role no `--layer` (or configuration `layers:`) gave.
    case layerNotGiven = "layer-not-given"
    /// The context node has no geometry where the rule reads it.
    case noGeometry = "no-geometry"
    /// GEOS, PROJ or GDAL could not be loaded (E600).
    case librariesUnavailable = "libraries-unavailable"
    /// The layer for the role was given but could not be used (E610–E615, reported once for the run).
    case layerUnusable = "layer-unusable"
    /// The geometry is invalid (the rule `geometry-valid` reports it): a measure of GEOS's repaired shape would be a
    /// guess, so no other spatial rule is judged on it.
    case geometryInvalid = "geometry-invalid"
    /// The geometry was read, but GEOS or PROJ could not measure it (E601/E604 at the geometry, reported once).
    case geometryUnusable = "geometry-unusable"

    /// The reason in words.
    public var title: LocalizedText {
      switch self {
      case .layerNotGiven: LocalizedText(zh: "未提供图层", en: "layer not given")
      case .noGeometry: LocalizedText(zh: "提交中无几何图形", en: "no geometry in the submission")
      case .librariesUnavailable: LocalizedText(zh: "空间库不可用", en: "spatial libraries unavailable")
      case .layerUnusable: LocalizedText(zh: "图层无法使用", en: "layer unusable")
      case .geometryInvalid: LocalizedText(zh: "几何图形无效", en: "geometry invalid")
      case .geometryUnusable: LocalizedText(zh: "几何图形无法计算", en: "geometry could not be measured")
      }
    }
  }

  public var ruleID: String
  public var severity: Severity
  public var title: LocalizedText
  public var reason: Reason
  /// The layer role the rule reads (layer not given or unusable).
  public var layerRole: String?
  public var profile: Profile
  /// The first context node it applied to.
  public var location: SourceLocation
  public var path: String
  /// How many context nodes it could not judge.
  public var count: Int
  /// The full sentence: "not checked: layer ecological-red-line not given (--layer ecological-red-line=PATH)".
  public var message: LocalizedText

  /// What every not-checked sentence begins with.
  public static let prefix = LocalizedText(zh: "未检查：", en: "not checked: ")

  /// The sentence without `prefix`, for a report that labels the line "not checked" already.
  public func reason(in language: Language) -> String {
    let text = message.text(language)
    let prefix = Self.prefix.text(language)
    return text.hasPrefix(prefix) ? String(text.dropFirst(prefix.count)) : text
  }

  public init(
    ruleID: String, severity: Severity, title: LocalizedText, reason: Reason, layerRole: String?, profile: Profile,
    location: SourceLocation, path: String, count: Int, message: LocalizedText
  ) {
    self.ruleID = ruleID
    self.severity = severity
    self.title = title
    self.reason = reason
    self.layerRole = layerRole
    self.profile = profile
    self.location = location
    self.path = path
    self.count = count
    self.message = message
  }
}
