/// Everything `shanshui explain` says about one rule: what it checks (in plain words), why (its sources), the
/// values it uses under each profile with their status, and its examples.
public struct RuleExplanation: Sendable, Codable {
  public struct Source: Sendable, Codable {
    public var document: String
    public var title: LocalizedText
    public var clause: String?
    /// The sentence the rule rests on, verbatim, when the standard quotes it.
    public var quote: String?
    public var confidence: String
  }

  public struct Value: Sendable, Codable {
    public var profile: Profile
    /// The value that applies, or `nil` when the rule does not apply under the profile.
    public var value: Double?
    public var status: Parameter.Status?
    /// For `unified` without an agreed value: the province whose stricter value applies.
    public var fallbackFrom: Profile?
    public var sources: [LocalizedText]
    public var reason: LocalizedText?
  }

  public struct ParameterUse: Sendable, Codable {
    public var id: String
    public var title: LocalizedText
    public var unit: String
    public var unitSymbol: LocalizedText
    public var stricter: Parameter.Stricter
    public var values: [Value]
  }

  /// A reviewer-layer role the rule reads: what to give with `--layer ROLE=PATH`.
  public struct LayerUse: Sendable, Codable {
    public var role: String
    public var name: LocalizedText
    /// The fields the layer's features carry, "rank (required; codelist shoreline-ranks)".
    public var fields: [LayerRole.Field]
  }

  public struct Example: Sendable, Codable {
    public var number: Int
    public var outcome: String
    public var profile: String
    public var description: LocalizedText?
    /// The edits of the base submission, one line each.
    public var edits: [LocalizedText]
    public var line: Int
  }

  public var id: String
  public var title: LocalizedText
  public var theme: String
  public var themeTitle: LocalizedText
  public var severity: Severity
  public var message: LocalizedText
  public var context: String
  public var projectTypes: [String]
  public var profiles: [Profile]
  /// The programmes the rule is limited to (`<applies programmes>`); empty: every submission.
  public var programmes: [String]
  public var checkKind: String
  public var checkSummary: LocalizedText
  /// The check's declarative fields in plain words.
  public var checkDescription: LocalizedText
  public var sources: [Source]
  public var parameters: [ParameterUse]
  public var examples: [Example]
  /// The layer roles the rule reads; nil for a rule that reads none (most), so that their JSON is unchanged.
  public var layers: [LayerUse]?
  public var file: String
  public var line: Int

  public init(rule: Rule, in standard: Standard) {
    id = rule.id
    title = rule.title
    theme = rule.theme
    themeTitle = standard.documents.first { $0.theme == rule.theme }?.info.title ?? LocalizedText(rule.theme)
    severity = rule.severity
    message = rule.message
    context = rule.context.source
    projectTypes = rule.projectTypes.sorted()
    profiles = rule.profiles.sorted()
    programmes = rule.programmes.sorted()
    checkKind = type(of: rule.check).description.name
    checkSummary = type(of: rule.check).description.summary
    checkDescription = rule.check.words(standard: standard).sentence
    sources = rule.sources.map {
      Source(
        document: $0.document.id, title: $0.document.title, clause: $0.clause, quote: $0.quote,
        confidence: $0.document.confidence.rawValue)
    }
    parameters = rule.parameterIDs.sorted().compactMap { id in
      standard.parameters[id].map { Self.use($0, under: rule.profiles) }
    }
    examples = rule.examples.enumerated().map { index, example in
      Example(
        number: index + 1, outcome: example.outcome.rawValue, profile: Self.profileName(example.profile),
        description: example.description,
        edits: example.edits.map(Self.edit)
          + example.layers.map {
            LocalizedText(
              zh: "图层 \($0.role)：\($0.features.count) 个要素",
              en: "layer \($0.role): \($0.features.count) \($0.features.count == 1 ? "feature" : "features")")
          }, line: example.location.line)
    }
    let roles = (rule.check as? any SpatialRuleCheck)?.layerRoles ?? []
    layers =
      roles.isEmpty
      ? nil
      : roles.map { role in
        LayerUse(
          role: role, name: standard.layers[role]?.name ?? LocalizedText(role),
          fields: standard.layers[role]?.fields ?? [])
      }
    file = rule.location.file
    line = rule.location.line
  }

  /// The parameter's value under each profile; `nil` (does not apply) where it has none or the rule is not allowed.
  private static func use(_ parameter: Parameter, under profiles: Set<Profile>) -> ParameterUse {
    ParameterUse(
      id: parameter.id, title: parameter.title, unit: parameter.unit.id, unitSymbol: parameter.unit.symbol,
      stricter: parameter.stricter,
      values: Profile.allCases.map { profile in
        guard profiles.contains(profile), let resolved = parameter.resolved(for: profile) else {
          return Value(profile: profile, value: nil, status: nil, fallbackFrom: nil, sources: [], reason: nil)
        }
        return Value(
          profile: profile, value: resolved.number, status: resolved.value.status, fallbackFrom: resolved.fallbackFrom,
          sources: resolved.value.sources.map(\.citation), reason: resolved.value.reason)
      })
  }

  private static func profileName(_ selection: ProfileSelection) -> String {
    switch selection {
    case .auto: return "auto"
    case .forced(let profile): return profile.rawValue
    }
  }

  private static func edit(_ edit: ExampleEdit) -> LocalizedText {
    switch edit {
    case .set(let path, let value): return LocalizedText(zh: "设 \(path) = \(value)", en: "set \(path) = \(value)")
    case .remove(let path): return LocalizedText(zh: "删除 \(path)", en: "remove \(path)")
    case .append(let path, let fragments):
      return LocalizedText(
        zh: "在 \(path) 下追加 \(elementNames(fragments))", en: "append \(elementNames(fragments)) to \(path)")
    case .replace(let path, let fragments):
      return LocalizedText(
        zh: "以 \(elementNames(fragments)) 替换 \(path)", en: "replace \(path) with \(elementNames(fragments))")
    }
  }

  /// `<corridor>` for the fragments' root elements (each fragment is a document of one element).
  private static func elementNames(_ fragments: [[UInt8]]) -> String {
    fragments.map { bytes in
      let text = String(decoding: bytes, as: UTF8.self)
      let name = text.firstMatch(of: /<([A-Za-z_][\w.:-]*)/)?.output.1 ?? "?"
      return "<\(name.split(separator: ":").last ?? name)>"
    }.joined(separator: ", ")
  }
}

/// Closest rule ids to a mistyped one, for "did you mean".
public enum RuleIDSuggestion {
  /// The ids within edit distance 3 of `id`, nearest first (at most three).
  public static func suggestions(for id: String, among ids: [String]) -> [String] {
    let typed = Array(id.uppercased())
    return ids.map { ($0, distance(typed, Array($0))) }.filter { $0.1 <= 3 }
      .sorted { ($0.1, $0.0) < ($1.1, $1.0) }.prefix(3).map(\.0)
  }

  /// Levenshtein distance.
  static func distance(_ a: [Character], _ b: [Character]) -> Int {
    var previous = Array(0...b.count)
    for (i, x) in a.enumerated() {
      var current = [i + 1]
      for (j, y) in b.enumerated() {
        current.append(min(previous[j + 1] + 1, current[j] + 1, previous[j] + (x == y ? 0 : 1)))
      }
      previous = current
    }
    return previous[b.count]
  }
}
