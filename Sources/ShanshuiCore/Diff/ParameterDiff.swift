/// A parameter as `diff` lists it when it was added or removed.
public struct ParameterSummary: Sendable, Hashable, Codable {
  public var id: String
  public var title: LocalizedText
  public var unit: String

  public init(_ parameter: Parameter) {
    id = parameter.id
    title = parameter.title
    unit = parameter.unit.id
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
