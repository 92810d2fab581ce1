import ShanshuiXML

/// The compiled plan of every rule, decided once when the validator is made and nowhere else: how its context is
/// selected (direct tree access, or libxml2's XPath), whether its test is decided in place, under which profiles it
/// applies and whether evaluating it there needs parameters bound as XPath variables. Flat arrays by rule index, for
/// the per-document work list (`ValidationRun`): contexts numbered by distinct XPath text, applicability by profile
/// ordinal, checks without copying their `Rule`.
struct RuleTable: Sendable {
  /// Each rule's context, as an index into `contexts`.
  let contextSlot: [Int]
  /// Each distinct context: its direct-access path, or nil when a scan or XPath selects it.
  let contexts: [ContextPath?]
  /// Each distinct context that one walk over every element selects (`DescendantScan`), or nil.
  let scans: [DescendantScan?]
  /// Each rule's project types (empty: every type).
  let projectTypes: [Set<String>]
  /// Each rule's programmes (empty: every submission, with a programme or without).
  let programmes: [Set<String>]
  /// Each rule's check.
  let checks: [any RuleCheck]
  /// Each rule's sources cited in both languages, made once: a finding shares its rule's (one copy per finding was
  /// most of a finding's memory).
  let citations: [[LocalizedText]]
  /// Each rule's test decided by direct tree access (`InPlaceTest`), or nil when libxml2 decides it.
  let inPlace: [InPlaceTest?]
  /// `applicable[profile.ordinal][index]`: the rule applies under that profile.
  let applicable: [[Bool]]
  /// `readsVariables[profile.ordinal][index]`: evaluating the rule under that profile asks libxml2 to read `$`
  /// parameters (an `assert` with parameters that direct tree access does not decide), so they must be bound as
  /// XPath variables first; binding them costs ≈ 1,800 instructions each, per profile and document.
  let readsVariables: [[Bool]]

  /// - parameter fastPath: whether direct tree access may select contexts and decide tests (off: the kill switch).
  /// - parameter fault: a test's injected fast-path defect.
  init(
    rules: [Rule], namespaces: [String: String], applicable: [Profile: [Bool]],
    parameters: [Profile: [String: ResolvedParameter]], fastPath: Bool, fault: FastPathFault?
  ) {
    var slots: [String: Int] = [:]
    var contextSlot: [Int] = []
    var contexts: [ContextPath?] = []
    var scans: [DescendantScan?] = []
    for rule in rules {
      let source = rule.context.source
      if let slot = slots[source] {
        contextSlot.append(slot)
      } else {
        slots[source] = contexts.count
        contextSlot.append(contexts.count)
        let path = fastPath ? ContextPath(source, namespaces: namespaces) : nil
        contexts.append(path)
        scans.append(fastPath && path == nil ? DescendantScan(source, namespaces: namespaces) : nil)
      }
    }
    self.contextSlot = contextSlot
    self.contexts = contexts
    self.scans = scans
    projectTypes = rules.map(\.projectTypes)
    programmes = rules.map(\.programmes)
    checks = rules.map(\.check)
    citations = rules.map { $0.sources.map(\.citation) }
    let inPlace = rules.map { rule -> InPlaceTest? in
      guard fastPath, let decidable = rule.check as? DecidableInPlace,
        let condition = ContextPath.condition(decidable.test.source, namespaces: namespaces, fault: fault)
      else { return nil }
      return InPlaceTest(test: decidable.test, condition: condition, parameterIDs: condition.parameterIDs)
    }
    self.inPlace = inPlace
    self.applicable = Profile.allCases.map { applicable[$0] ?? Array(repeating: false, count: rules.count) }
    readsVariables = Profile.allCases.map { profile in
      let values = parameters[profile] ?? [:]
      return rules.indices.map { index in
        guard let decidable = rules[index].check as? DecidableInPlace, !decidable.parameterIDs.isEmpty else {
          return false
        }
        // Decided in place exactly when every parameter it reads has a value (`InPlaceTest.condition(under:)`).
        guard let fast = inPlace[index] else { return true }
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

/// A check whose XPath test direct tree access may decide (`assert`): the one capability the fast path asks of a
/// check kind.
protocol DecidableInPlace {
  var test: XPathExpression { get }
  var parameterIDs: [String] { get }
}

/// A test in the `ContextPath` grammar, decided by direct tree access instead of libxml2. A class: the engine hands
/// it to each evaluation (`CheckContext.inPlace`), and one reference costs less to pass than three.
final class InPlaceTest: Sendable {
  let test: XPathExpression
  let condition: ContextPath.Condition
  let parameterIDs: Set<String>

  init(test: XPathExpression, condition: ContextPath.Condition, parameterIDs: Set<String>) {
    self.test = test
    self.condition = condition
    self.parameterIDs = parameterIDs
  }

  /// The condition under a profile's parameters: `nil` when one it reads has no value there (libxml2 then decides,
  /// and reports the missing variable as it would).
  func condition(under parameters: [String: ResolvedParameter]) -> ContextPath.Condition? {
    parameterIDs.allSatisfy { parameters[$0] != nil } ? condition : nil
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
