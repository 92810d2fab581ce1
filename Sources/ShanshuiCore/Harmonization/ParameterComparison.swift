/// The criteria of the two provinces side by side: for every parameter of a standard, the Chongqing, Sichuan and
/// unified values, which province is stricter, how far the unified value has come, and the rules that read it.
///
/// A pure value built from a `Standard`; renderers in ShanshuiReports turn it into text, Markdown, CSV, JSON or HTML.
public struct ParameterComparison: Sendable, Codable, Equatable {
  /// The standard compared.
  public var standard: StandardInfo
  /// One row per parameter, sorted by parameter id.
  public var rows: [Row]
  /// Unification progress over every parameter of the standard (also when `rows` is filtered).
  public var summary: Summary

  /// Compares every parameter of `standard`.
  public init(standard: Standard) {
    let rulesByParameter = Dictionary(
      grouping: standard.rules.flatMap { rule in rule.parameterIDs.map { (parameter: $0, rule: rule.id) } },
      by: \.parameter)
    rows = standard.parameters.values
      .map { Row($0, ruleIDs: (rulesByParameter[$0.id] ?? []).map(\.rule).sorted()) }
      .sorted { $0.id < $1.id }
    self.standard = standard.info
    summary = Summary(rows)
  }

  /// The same comparison with only the rows whose provinces differ; the summary still covers every parameter.
  public func onlyDiffering() -> ParameterComparison {
    var copy = self
    copy.rows = rows.filter(\.differs)
    return copy
  }

  /// One parameter's value under one profile.
  public struct Value: Sendable, Codable, Equatable {
    /// The profile that states the value.
    public var profile: Profile
    /// The value, in the parameter's unit.
    public var number: Double
    /// Whether the value is adopted (with sources) or provisional (with a reason).
    public var status: Parameter.Status
    /// The citation of each source (document and clause), in both languages.
    public var sources: [LocalizedText]
    /// Why a provisional value is provisional.
    public var reason: LocalizedText?

    /// A value as a profile states it.
    public init(
      profile: Profile, number: Double, status: Parameter.Status, sources: [LocalizedText],
      reason: LocalizedText?
    ) {
      self.profile = profile
      self.number = number
      self.status = status
      self.sources = sources
      self.reason = reason
    }

    /// A parameter's value as its profile states it, with each source as its citation.
    public init(_ value: Parameter.Value) {
      self.init(
        profile: value.profile, number: value.value, status: value.status,
        sources: value.sources.map(\.citation), reason: value.reason)
    }
  }

  /// Which province's value is stricter, by the parameter's `stricter` direction.
  public enum StricterProvince: String, Sendable, Codable, Equatable {
    case chongqing, sichuan
    /// Both provinces state the same value.
    case same
    /// At least one province states no value, so there is nothing to compare.
    case notComparable
  }

  /// How far the unified value has come.
  public enum Unification: String, Sendable, Codable, Equatable {
    /// A unified value is stated and adopted.
    case agreed
    /// A unified value is stated but provisional.
    case provisional
    /// No unified value: the unified profile applies the stricter provincial one (`Row.applied`).
    case missing
  }

  /// Everything the comparison says about one parameter.
  public struct Row: Sendable, Codable, Equatable {
    /// The parameter's id.
    public var id: String
    /// The parameter's title.
    public var title: LocalizedText
    /// The unit's identifier (`percent`, `km`, …); see `QuantityUnit.named`.
    public var unit: String
    /// Which direction is stricter for this parameter.
    public var direction: Parameter.Stricter
    /// Chongqing's value; `nil` when the rules reading the parameter do not apply in Chongqing.
    public var chongqing: Value?
    /// Sichuan's value; `nil` when the rules reading the parameter do not apply in Sichuan.
    public var sichuan: Value?
    /// The unified profile's own value; `nil` when not yet unified.
    public var unified: Value?
    /// Which province's value is stricter.
    public var stricterProvince: StricterProvince
    /// Whether the unified value is agreed, provisional or missing.
    public var unification: Unification
    /// The value the unified profile applies: its own, or when missing the stricter provincial one (`nil` when no
    /// profile states a value, and then no rule reading the parameter applies under `unified`).
    public var applied: Value?
    /// The rules that read the parameter, sorted.
    public var ruleIDs: [String]

    /// Compares the values of `parameter`; `ruleIDs` are the rules that read it.
    public init(_ parameter: Parameter, ruleIDs: [String]) {
      id = parameter.id
      title = parameter.title
      unit = parameter.unit.id
      direction = parameter.stricter
      chongqing = parameter.values[.chongqing].map(Value.init)
      sichuan = parameter.values[.sichuan].map(Value.init)
      unified = parameter.values[.unified].map(Value.init)
      stricterProvince = Self.stricter(chongqing, sichuan, direction: parameter.stricter)
      switch unified?.status {
      case .adopted: unification = .agreed
      case .provisional: unification = .provisional
      case nil: unification = .missing
      }
      applied = parameter.resolved(for: .unified).map { Value($0.value) }
      self.ruleIDs = ruleIDs
    }

    /// Whether both provinces state the same value (statuses may differ).
    public var identical: Bool {
      guard let chongqing, let sichuan else { return false }
      return chongqing.number == sichuan.number
    }

    /// Whether the provinces differ: different values, or a value in one province only.
    public var differs: Bool {
      switch (chongqing, sichuan) {
      case (let chongqing?, let sichuan?): return chongqing.number != sichuan.number
      case (nil, nil): return false
      default: return true
      }
    }

    /// The value of `profile`.
    public func value(_ profile: Profile) -> Value? {
      switch profile {
      case .chongqing: return chongqing
      case .sichuan: return sichuan
      case .unified: return unified
      }
    }

    static func stricter(_ chongqing: Value?, _ sichuan: Value?, direction: Parameter.Stricter) -> StricterProvince {
      guard let chongqing, let sichuan else { return .notComparable }
      if chongqing.number == sichuan.number { return .same }
      let chongqingHigher = chongqing.number > sichuan.number
      return chongqingHigher == (direction == .higher) ? .chongqing : .sichuan
    }
  }

  /// Unification progress: how many parameters agree, differ, and have a unified value.
  public struct Summary: Sendable, Codable, Equatable {
    /// Every parameter of the standard.
    public var parameters: Int
    /// Both provinces state the same value.
    public var identical: Int
    /// The provinces state different values, or only one states a value.
    public var differing: Int
    /// No unified value yet.
    public var unifiedMissing: Int
    /// A unified value that is adopted.
    public var unifiedAgreed: Int
    /// A unified value that is provisional.
    public var unifiedProvisional: Int

    /// Counts over `rows`.
    public init(_ rows: [Row]) {
      parameters = rows.count
      identical = rows.filter(\.identical).count
      differing = rows.filter(\.differs).count
      unifiedMissing = rows.filter { $0.unification == .missing }.count
      unifiedAgreed = rows.filter { $0.unification == .agreed }.count
      unifiedProvisional = rows.filter { $0.unification == .provisional }.count
    }
  }
}
