/// The standard's rules as flat arrays by rule index, for the per-document work list (`ValidationRun`): contexts
/// numbered by distinct XPath text, applicability by profile ordinal, checks without copying their `Rule`.
struct RuleTable: Sendable {
  /// Each rule's context, as an index into `contexts`.
  let contextSlot: [Int]
  /// Each distinct context: its direct-access path, or nil when XPath selects it.
  let contexts: [ContextPath?]
  /// Each rule's project types (empty: every type).
  let projectTypes: [Set<String>]
  /// Each rule's check.
  let checks: [any RuleCheck]
  /// `applicable[profile.ordinal][index]`: the rule applies under that profile.
  let applicable: [[Bool]]

  init(rules: [Rule], contextPaths: [String: ContextPath], applicable: [Profile: [Bool]]) {
    var slots: [String: Int] = [:]
    var contextSlot: [Int] = []
    var contexts: [ContextPath?] = []
    for rule in rules {
      let source = rule.context.source
      if let slot = slots[source] {
        contextSlot.append(slot)
      } else {
        slots[source] = contexts.count
        contextSlot.append(contexts.count)
        contexts.append(contextPaths[source])
      }
    }
    self.contextSlot = contextSlot
    self.contexts = contexts
    projectTypes = rules.map(\.projectTypes)
    checks = rules.map(\.check)
    self.applicable = Profile.allCases.map { applicable[$0] ?? Array(repeating: false, count: rules.count) }
  }

  /// Whether rule `index` applies to a project of `type`.
  func applies(_ index: Int, toProjectType type: String) -> Bool {
    projectTypes[index].isEmpty || projectTypes[index].contains(type)
  }
}

extension Profile {
  /// The position in `Profile.allCases`, for tables indexed by profile.
  var ordinal: Int {
    switch self {
    case .chongqing: return 0
    case .sichuan: return 1
    case .unified: return 2
    }
  }
}
