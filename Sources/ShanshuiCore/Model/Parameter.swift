/// A number a rule compares against, with one value per profile.
public struct Parameter: Sendable, Codable {
  /// Whether a value is officially adopted or a provisional stand-in.
  public enum Status: String, Sendable, Codable { case adopted, provisional }

  /// Which direction is stricter: higher values for a minimum, lower values for a maximum.
  public enum Stricter: String, Sendable, Codable { case higher, lower }

  /// The value under one profile.
  public struct Value: Sendable, Codable {
    public var profile: Profile
    public var status: Status
    public var value: Double
    public var sources: [SourceReference]
    /// Why the value is provisional.
    public var reason: LocalizedText?
  }

  public var id: String
  public var title: LocalizedText
  public var unit: QuantityUnit
  public var stricter: Stricter
  /// Values by profile; a missing profile has none.
  public var values: [Profile: Value]
  public var location: SourceLocation

  /// The value that applies under `profile`, or `nil` when the rule does not apply there.
  ///
  /// A missing `unified` value means "not yet unified": the stricter provincial value applies, and the result says so.
  public func resolved(for profile: Profile) -> ResolvedParameter? {
    if let value = values[profile] {
      return ResolvedParameter(parameter: self, profile: profile, value: value, fallbackFrom: nil)
    }
    guard profile == .unified else { return nil }
    let provincial = Profile.provinces.compactMap { values[$0] }
    guard let strictest = provincial.max(by: { stricter == .higher ? $0.value < $1.value : $0.value > $1.value }) else {
      return nil
    }
    return ResolvedParameter(parameter: self, profile: profile, value: strictest, fallbackFrom: strictest.profile)
  }
}

/// A parameter's value under the profile being applied.
public struct ResolvedParameter: Sendable {
  public var parameter: Parameter
  /// The profile being applied.
  public var profile: Profile
  /// The value used: the profile's own, or for an un-unified `unified`, the stricter provincial one (a constant: its
  /// `citations` are made from it).
  public let value: Parameter.Value
  /// Set when `unified` has no agreed value and this province's stricter value was applied.
  public var fallbackFrom: Profile?
  /// The value's sources cited in both languages, made once: every finding the value decides shares them.
  public let citations: [LocalizedText]

  init(parameter: Parameter, profile: Profile, value: Parameter.Value, fallbackFrom: Profile?) {
    self.parameter = parameter
    self.profile = profile
    self.value = value
    self.fallbackFrom = fallbackFrom
    citations = value.sources.map(\.citation)
  }

  public var number: Double { value.value }
}
