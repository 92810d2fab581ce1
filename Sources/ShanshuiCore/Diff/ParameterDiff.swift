/// A parameter as `diff` lists it when it was added or removed: its definition and every profile's value, so an
/// editor reviewing the change sees what the new parameter decides (or what the removed one decided).
public struct ParameterSummary: Sendable, Hashable, Codable {
  public var id: String
  public var title: LocalizedText
  public var unit: String
  public var stricter: Parameter.Stricter
  /// One entry per profile that has a value, in profile order (chongqing, sichuan, unified).
  public var values: [ParameterValueSummary]

  public init(_ parameter: Parameter) {
    id = parameter.id
    title = parameter.title
    unit = parameter.unit.id
    stricter = parameter.stricter
    values = Profile.allCases.compactMap { profile in
      parameter.values[profile].map { ParameterValueSummary($0, unit: parameter.unit.id) }
    }
  }
}

/// One profile's value of an added or removed parameter: the value with its unit, its status, and its sources
/// (adopted) or the reason it is provisional.
public struct ParameterValueSummary: Sendable, Hashable, Codable {
  public var profile: Profile
  /// The value as written in the standard (`NumberFormat`), without the unit.
  public var value: String
  /// The parameter's unit id (`percent`, `m`, …).
  public var unit: String
  public var status: Parameter.Status
  /// The citations of the value's sources (title, clause and quote), in both languages; empty for none.
  public var sources: [LocalizedText]
  /// Why the value is provisional, when it is.
  public var reason: LocalizedText?

  init(_ value: Parameter.Value, unit: String) {
    profile = value.profile
    self.value = NumberFormat.format(value.value)
    self.unit = unit
    status = value.status
    sources = value.sources.map(\.citation)
    reason = value.reason
  }

  // Explicit null: a consumer of the JSON sees "no reason" rather than a missing key.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(profile, forKey: .profile)
    try container.encode(value, forKey: .value)
    try container.encode(unit, forKey: .unit)
    try container.encode(status, forKey: .status)
    try container.encode(sources, forKey: .sources)
    try container.encode(reason, forKey: .reason)
  }
}

/// A parameter present in both versions whose definition or values differ.
public struct ParameterChange: Sendable, Hashable, Codable {
  /// The changes of one profile's value.
  public struct ProfileChange: Sendable, Hashable, Codable {
    public var profile: Profile
    /// `value`, `status`, `sources`, `reason.zh`, `reason.en`; all of them when the value was added or removed.
    public var changes: [FieldChange]
  }

  public var id: String
  /// The title in the new version.
  public var title: LocalizedText
  /// Changes of the parameter itself: `title.zh`, `title.en`, `unit`, `stricter`.
  public var changes: [FieldChange]
  /// Changes per profile, in profile order (chongqing, sichuan, unified).
  public var profiles: [ProfileChange]

  /// The differences of `new` from `old`, or `nil` when there are none.
  public init?(old: Parameter, new: Parameter) {
    var fields = FieldChanges()
    fields.compare("title", old.title, new.title)
    fields.compare("unit", old.unit.id, new.unit.id)
    fields.compare("stricter", old.stricter.rawValue, new.stricter.rawValue)
    profiles = Profile.allCases.compactMap { profile in
      var values = FieldChanges()
      let before = old.values[profile]
      let after = new.values[profile]
      values.compare("value", before.map { NumberFormat.format($0.value) }, after.map { NumberFormat.format($0.value) })
      values.compare("status", before?.status.rawValue, after?.status.rawValue)
      values.compare(
        "sources", before.flatMap { RuleChange.citations($0.sources) },
        after.flatMap { RuleChange.citations($0.sources) })
      values.compare("reason", before?.reason, after?.reason)
      return values.list.isEmpty ? nil : ProfileChange(profile: profile, changes: values.list)
    }
    guard !fields.list.isEmpty || !profiles.isEmpty else { return nil }
    id = new.id
    title = new.title
    changes = fields.list
  }
}
