/// The standard's rules as flat arrays by rule index, for the per-document work list (`ValidationRun`): contexts
/// numbered by distinct XPath text, applicability by profile ordinal, checks without copying their `Rule`.
struct RuleTable: Sendable {
  /// Each rule's context, as an index into `contexts`.
  let contextSlot: [Int]
  /// Each distinct context: its direct-access path, or nil when XPath selects it.
  let contexts: [ContextPath?]
  /// Each rule's project types (empty: every type).
  let projectTypes: [Set<String>]
  /// Each rule's programmes (empty: every submission, with a programme or without).
  let programmes: [Set<String>]
  /// Each rule's check.
  let checks: [any RuleCheck]
  /// `applicable[profile.ordinal][index]`: the rule applies under that profile.
  let applicable: [[Bool]]
  /// `readsVariables[profile.ordinal][index]`: evaluating the rule under that profile asks libxml2 to read `$`
  /// parameters (an `assert` with parameters that direct tree access does not decide), so they must be bound as
  /// XPath variables first; binding them costs ≈ 1,800 instructions each, per profile and document.
  let readsVariables: [[Bool]]

  init(
    rules: [Rule], contextPaths: [String: ContextPath], applicable: [Profile: [Bool]],
    parameters: [Profile: [String: ResolvedParameter]],
    conditions: [ObjectIdentifier: (condition: ContextPath.Condition, parameterIDs: Set<String>)]
  ) {
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
    programmes = rules.map(\.programmes)
    checks = rules.map(\.check)
    self.applicable = Profile.allCases.map { applicable[$0] ?? Array(repeating: false, count: rules.count) }
    readsVariables = Profile.allCases.map { profile in
      let values = parameters[profile] ?? [:]
      return rules.map { rule in
        guard let check = rule.check as? AssertCheck, !check.parameterIDs.isEmpty else { return false }
        // AssertCheck.evaluate decides in place exactly when this holds.
        guard let fast = conditions[ObjectIdentifier(check.test)] else { return true }
        return !fast.parameterIDs.allSatisfy { values[$0] != nil }
      }
    }
  }

  /// Whether rule `index` applies to a project of `type` in `programmes` (the submission's `project/programme/@code`
  /// values): a rule limited to programmes needs one of them, so it is n/a for a submission of another or of none.
  func applies(_ index: Int, toProjectType type: String, programmes submitted: Set<String>) -> Bool {
    (projectTypes[index].isEmpty || projectTypes[index].contains(type))
      && (programmes[index].isEmpty || !programmes[index].isDisjoint(with: submitted))
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
