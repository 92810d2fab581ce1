import ShanshuiXML

/// The state of checking one document: the work list by profile, and what it found.
struct ValidationRun {
  let path: String
  let validator: Validator
  let evaluator: XPathEvaluator
  let paths = UnitSubject.pathBuilder()
  private(set) var findings: [Finding] = []
  private(set) var diagnostics: [Diagnostic] = []
  /// The document's geometry and the run's layers (a standard with spatial rules only).
  var spatial: SpatialSession?
  /// Spatial rules that could not judge some node, once per rule, profile and reason.
  private(set) var notChecked: [NotCheckedRule] = []
  private(set) var profilesApplied: Set<Profile> = []
  /// Rules that failed to evaluate on this document: reported once, then skipped, so that an expensive or broken
  /// rule costs one operation limit per document, not one per context node.
  private(set) var failedRules: Set<Int> = []
  /// Rules that had at least one context node to run on.
  private(set) var evaluatedRules: Set<Int> = []
  /// The work by profile ordinal (so that variables are bound once per profile): each context node once, with the rules to
  /// run on it.
  private var work = [NodeWork](repeating: NodeWork(), count: Profile.allCases.count)
  /// By profile ordinal: some rule in its work has libxml2 read `$` parameters (`RuleTable.readsVariables`).
  private var readsVariables = [Bool](repeating: false, count: Profile.allCases.count)
  /// Evaluation errors with (profile, rule index), reported in that order whatever node order found them.
  private var evaluationErrors: [(profile: Profile, rule: Int, error: XPathError)] = []
  /// Verify mode: the fast path's decisions taken again by libxml2 (`nil` outside verify mode).
  private var verifier: FastPathVerifier?
  /// Fast-path decisions verify mode took again on this document.
  var verifiedDecisions: Int { verifier?.verified ?? 0 }

  /// Context nodes in the order they were first selected, each with its rules in standard order.
  ///
  /// Evaluating node by node rather than rule by rule reads each node's subtree while it is still in the CPU cache:
  /// on a large submission a pass over every unit per rule is mostly cache misses (`docs/performance.md`).
  ///
  /// The (node, rule) pairs are kept flat and grouped by node only when evaluated: a list of rules per node was an
  /// allocation per context node.
  private struct NodeWork {
    var nodes: [XMLNode] = []
    var pairs: [(node: Int, rule: Int)] = []
    var slots: [XMLNode.Identity: Int] = [:]

    mutating func add(rule: Int, at node: XMLNode) {
      let key = node.identity
      let slot: Int
      if let known = slots[key] {
        slot = known
      } else {
        slot = nodes.count
        slots[key] = slot
        nodes.append(node)
      }
      pairs.append((slot, rule))
    }

    /// Each node with its rules in the order they were added (a stable counting sort of the pairs by node).
    func forEachNode(_ body: (XMLNode, ArraySlice<Int>) -> Void) {
      var starts = [Int](repeating: 0, count: nodes.count + 1)
      for pair in pairs { starts[pair.node + 1] += 1 }
      for index in nodes.indices { starts[index + 1] += starts[index] }
      var next = starts
      var rules = [Int](repeating: 0, count: pairs.count)
      for pair in pairs {
        rules[next[pair.node]] = pair.rule
        next[pair.node] += 1
      }
      for (index, node) in nodes.enumerated() { body(node, rules[starts[index]..<starts[index + 1]]) }
    }
  }

  init(path: String, validator: Validator, evaluator: XPathEvaluator) {
    self.path = path
    self.validator = validator
    self.evaluator = evaluator
    if validator.verifiesFastPath {
      verifier = FastPathVerifier(
        file: path, evaluator: evaluator, paths: paths, readPaths: validator.readPathExpressions)
    }
  }

  /// The findings in report order (line, rule, profile, path), handed over: the run keeps none.
  ///
  /// Sorted without a second array of findings: the order is found on their indexes, and the findings are moved into
  /// it in place. A copy (and the sort's scratch half) was the peak of a file with many findings.
  mutating func takeSortedFindings() -> [Finding] {
    var sorted = findings
    findings = []
    let keys = sorted.map { ($0.location.line, $0.ruleID, $0.profile, $0.path) }
    let order = keys.indices.sorted { keys[$0] < keys[$1] }
    sorted.permute(to: order)
    return sorted
  }

  /// Evaluates each distinct context once, and assigns each context node to the profile that judges it.
  mutating func collectWork(root: XMLNode, projectType: String, programmes: Set<String>, plan: ProfilePlan) {
    profilesApplied.insert(plan.projectProfile)
    let table = validator.ruleTable
    let ruleCount = table.checks.count
    var contexts = [[XMLNode]?](repeating: nil, count: table.contexts.count)
    // Every context that direct tree access can select, in one walk; the others by XPath below.
    var fastRules: [Int] = []  // the first rule of each fast context, for verify mode's diagnostics
    var fast: [ContextPath] = []
    var fastSlots: [Int] = []
    for index in 0..<ruleCount where table.applies(index, toProjectType: projectType, programmes: programmes) {
      let slot = table.contextSlot[index]
      guard contexts[slot] == nil, let path = table.contexts[slot] else { continue }
      contexts[slot] = []
      fast.append(path)
      fastSlots.append(slot)
      fastRules.append(index)
    }
    for (position, selected) in ContextPath.select(fast, root: root).enumerated() {
      var nodes = selected
      if validator.fault == .dropLastContextNode, !nodes.isEmpty { nodes.removeLast() }
      let rule = fastRules[position]
      verifier?.context(validator.standard.rules[rule].context, selected: nodes, rule: rule, at: root)
      contexts[fastSlots[position]] = nodes
    }
    var applied = [Bool](repeating: false, count: Profile.allCases.count)
    for index in 0..<ruleCount where table.applies(index, toProjectType: projectType, programmes: programmes) {
      let slot = table.contextSlot[index]
      let nodes: [XMLNode]
      if let cached = contexts[slot] {
        nodes = cached
      } else if let scan = table.scans[slot] {
        var selected = scan.select(root: root)
        if validator.fault == .dropLastContextNode, !selected.isEmpty { selected.removeLast() }
        verifier?.context(validator.standard.rules[index].context, selected: selected, rule: index, at: root)
        nodes = selected
        contexts[slot] = nodes
      } else {
        let rule = validator.standard.rules[index]
        do {
          nodes = try evaluator.evaluate(rule.context).nodes
        } catch {
          report(error, rule: rule)
          nodes = []
        }
        contexts[slot] = nodes
      }
      var added = 0  // a bit per profile ordinal
      for node in nodes {
        let profile = plan.profile(for: node).ordinal
        applied[profile] = true
        guard table.applicable[profile][index] else { continue }
        work[profile].add(rule: index, at: node)
        added |= 1 << profile
      }
      guard added != 0 else { continue }
      evaluatedRules.insert(index)
      for profile in readsVariables.indices where added & (1 << profile) != 0 && table.readsVariables[profile][index] {
        readsVariables[profile] = true
      }
    }
    for profile in Profile.allCases where applied[profile.ordinal] { profilesApplied.insert(profile) }
  }

  mutating func evaluateWork() {
    let checks = validator.ruleTable.checks
    var failed = [Bool](repeating: false, count: checks.count)
    var boundVariables = false
    for profile in Profile.allCases {
      let items = work[profile.ordinal]
      guard !items.nodes.isEmpty else { continue }
      let parameters = validator.parameters[profile] ?? [:]
      // Variables only for a profile whose rules ask libxml2 to read them (most tests are decided in place).
      if boundVariables { evaluator.removeAllVariables() }
      // Verify mode binds them always: libxml2 then decides the tests the fast path decided without them.
      boundVariables = readsVariables[profile.ordinal] || verifier != nil
      if boundVariables { for (id, parameter) in parameters { evaluator.setVariable(id, to: parameter.number) } }
      var context = CheckContext(
        profile: profile, parameters: parameters, codelists: validator.standard.codelists, xpath: evaluator)
      context.spatial = spatial
      let inPlace = validator.ruleTable.inPlace
      let citations = validator.ruleTable.citations
      items.forEachNode { node, rules in
        for index in rules where !failed[index] {
          context.inPlace = inPlace[index]
          do throws(XPathError) {
            let failures = try checks[index].evaluate(at: node, in: context)
            if verifier != nil { verify(index, at: node, holds: failures.isEmpty, in: context) }
            guard !failures.isEmpty else { continue }
            let rule = validator.standard.rules[index]
            for failure in failures {
              if let cause = failure.notChecked {
                recordNotChecked(rule, cause, at: failure.node, profile: profile)
                continue
              }
              findings.append(
                FindingBuilder.finding(
                  rule: rule, citations: citations[index], failure: failure, context: context, file: path,
                  paths: paths))
            }
          } catch {
            failed[index] = true
            failedRules.insert(index)
            evaluationErrors.append((profile, index, error))
          }
        }
      }
    }
    // Rule by rule within each profile, as a rule-major evaluation would have met them.
    for (_, index, error) in evaluationErrors.sorted(by: { ($0.profile, $0.rule) < ($1.profile, $1.rule) }) {
      report(error, rule: validator.standard.rules[index])
    }
    if let verifier { diagnostics += verifier.diagnostics(rules: validator.standard.rules) }
    if let spatial { diagnostics += spatial.diagnostics }
  }

  /// Counts a node a spatial rule could not judge; the first such node is where the report points.
  private mutating func recordNotChecked(_ rule: Rule, _ cause: NotCheckedCause, at node: XMLNode, profile: Profile) {
    if let index = notChecked.firstIndex(where: {
      $0.ruleID == rule.id && $0.profile == profile && $0.reason == cause.reason && $0.layerRole == cause.role
    }) {
      notChecked[index].count += 1
      return
    }
    profilesApplied.insert(profile)
    notChecked.append(
      NotCheckedRule(
        ruleID: rule.id, severity: rule.severity, title: rule.title, reason: cause.reason, layerRole: cause.role,
        profile: profile, location: SourceLocation(file: path, line: node.line), path: paths.path(of: node), count: 1,
        message: NotCheckedText.message(cause)))
  }

  /// Verify mode: the fast path's part in rule `index`'s verdict at `node`, taken again by libxml2.
  private mutating func verify(_ index: Int, at node: XMLNode, holds: Bool, in context: CheckContext) {
    let check = validator.ruleTable.checks[index]
    if let inPlace = context.inPlace {
      guard inPlace.condition(under: context.parameters) != nil else { return }
      verifier?.assert(inPlace.test, holds: holds, at: node, rule: index, profile: context.profile)
    } else if check is DecidableInPlace {
      return  // libxml2 decided it: nothing to verify
    } else {
      for path in check.readPaths { verifier?.readPath(path, at: node, rule: index, profile: context.profile) }
    }
  }

  mutating func reportForeignDivisions(_ divisions: [(XMLNode, String)]) {
    for (node, code) in divisions {
      profilesApplied.insert(.unified)
      findings.append(FindingBuilder.foreignDivision(node: node, code: code, file: path, paths: paths))
    }
  }

  /// Adds a finding the engine raises itself (`SS-SYS-…`).
  mutating func report(notice finding: Finding) {
    profilesApplied.insert(finding.profile)
    findings.append(finding)
  }

  private mutating func report(_ error: XPathError, rule: Rule) {
    let diagnostic = Diagnostic(
      .inputEvaluationFailed,
      LocalizedText(
        zh: "规则 \(rule.id) 无法求值：\(error.message)（\(error.expression)）",
        en: "rule \(rule.id) could not be evaluated: \(error.message) (\(error.expression))"),
      at: SourceLocation(file: path, line: 0))
    if !diagnostics.contains(diagnostic) { diagnostics.append(diagnostic) }
  }
}

extension Array {
  /// Rearranges the elements so that the element at `order[i]` ends at `i`, by swaps along each cycle of the
  /// permutation: no second array of elements. `order` must be a permutation of `indices`.
  mutating func permute(to order: [Int]) {
    var placed = [Bool](repeating: false, count: count)
    for start in indices where !placed[start] {
      // Position `current` receives the element at `order[current]`; follow the cycle until it closes.
      var current = start
      placed[current] = true
      while order[current] != start {
        let next = order[current]
        swapAt(current, next)
        placed[next] = true
        current = next
      }
    }
  }
}
