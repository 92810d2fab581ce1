/// A rule that failed on a node of a submission.
public struct Finding: Sendable, Codable, Hashable {
  /// The parameter value that decided a finding.
  public struct ParameterUse: Sendable, Codable, Hashable {
    public var id: String
    public var value: Double
    public var unit: String
    public var status: Parameter.Status
    /// The profile whose value was used (differs from the finding's profile when `unified` has no agreed value).
    public var valueFrom: Profile
    public var sources: [LocalizedText]
    public var reason: LocalizedText?

    public init(
      id: String, value: Double, unit: String, status: Parameter.Status, valueFrom: Profile,
      sources: [LocalizedText], reason: LocalizedText?
    ) {
      self.id = id
      self.value = value
      self.unit = unit
      self.status = status
      self.valueFrom = valueFrom
      self.sources = sources
      self.reason = reason
    }
  }

  public var ruleID: String
  public var severity: Severity
  public var theme: String
  public var title: LocalizedText
  public var message: LocalizedText
  public var location: SourceLocation
  /// XPath of the node, from the root: `/submission/units/unit[2]/area`.
  public var path: String
  /// Path anchored on the nearest ancestor with an `@id`, stable under edits elsewhere in the file.
  public var anchoredPath: String
  public var profile: Profile
  public var parameter: ParameterUse?
  /// Extra explanations: an un-unified parameter, a profile chosen for a foreign division.
  public var notes: [LocalizedText]
  public var sources: [LocalizedText]
  /// Which unit, which layer feature, how much and where, for a finding of a spatial rule (kept out of line: most
  /// findings have none, and a finding is kept per failure until the report is written).
  @OutOfLine public var spatial: SpatialDetail? = nil

  public init(
    ruleID: String, severity: Severity, theme: String, title: LocalizedText, message: LocalizedText,
    location: SourceLocation, path: String, anchoredPath: String, profile: Profile, parameter: ParameterUse?,
    notes: [LocalizedText], sources: [LocalizedText]
  ) {
    self.ruleID = ruleID
    self.severity = severity
    self.theme = theme
    self.title = title
    self.message = message
    self.location = location
    self.path = path
    self.anchoredPath = anchoredPath
    self.profile = profile
    self.parameter = parameter
    self.notes = notes
    self.sources = sources
  }
}

/// A problem that kept a file (or the standard) from being checked completely.
public struct Diagnostic: Sendable, Codable, Hashable, Error {
  public var code: ErrorCode
  public var message: LocalizedText
  public var location: SourceLocation
  /// libxml2's own text for a parse or schema error whose message was rewritten (kept for support: JSON and SARIF
  /// carry it; text, HTML and JUnit show `message`).
  public var raw: String?

  public init(_ code: ErrorCode, _ message: LocalizedText, at location: SourceLocation, raw: String? = nil) {
    self.code = code
    self.message = message
    self.location = location
    self.raw = raw
  }
}
