import ShanshuiXML

/// The state of checking one document: the work list by profile, and what it found.
struct ValidationRun {
  let path: String
  let validator: Validator
  let evaluator: XPathEvaluator
  let paths = XMLPathBuilder()
  private(set) var findings: [Finding] = []
  private(set) var diagnostics: [Diagnostic] = []
  private(set) var profilesApplied: Set<Profile> = []
  /// Rules that failed to evaluate on this document: reported once, then skipped, so that an expensive or broken
  /// rule costs one operation limit per document, not one per context node.
  private(set) var failedRules: Set<Int> = []
  /// Rules that had at least one context node to run on.
  private(set) var evaluatedRules: Set<Int> = []
  /// The work by profile ordinal (so that variables are bound once per profile): each context node once, with the rules to
  /// run on it.
  private var work = [NodeWork](repeating: NodeWork(), count: Profile.allCases.count)
  /// Evaluation errors with (profile, rule index), reported in that order whatever node order found them.
  private var evaluationErrors: [(profile: Profile, rule: Int, error: XPathError)] = []

  /// Context nodes in the order they were first selected, each with its rules in standard order.
  ///
  /// Evaluating node by node rather than rule by rule reads each node's subtree while it is still in the CPU cache:
  /// on a large submission a pass over every unit per rule is mostly cache misses (`docs/performance.md`).
  private struct NodeWork {
    var nodes: [XMLNode] = []
    var rules: [[Int]] = []
    var slots: [XMLNode.Identity: Int] = [:]

    mutating func add(rule: Int, at node: XMLNode) {
      let key = node.identity
      if let slot = slots[key] {
        rules[slot].append(rule)
      } else {
        slots[key] = nodes.count
        nodes.append(node)
        rules.append([rule])
      }
    }
  }

  init(path: String, validator: Validator, evaluator: XPathEvaluator) {
    self.path = path
    self.validator = validator
    self.evaluator = evaluator
  }

  var sortedFindings: [Finding] {
    findings.sorted { ($0.location.line, $0.ruleID, $0.profile, $0.path) < ($1.location.line, $1.ruleID, $1.profile, $1.path) }
  }

  /// Evaluates each distinct context once, and assigns each context node to the profile that judges it.
  mutating func collectWork(root: XMLNode, projectType: String, plan: ProfilePlan) {
    profilesApplied.insert(plan.projectProfile)
    let table = validator.ruleTable
    let ruleCount = table.checks.count
    var contexts = [[XMLNode]?](repeating: nil, count: table.contexts.count)
    // Every context that direct tree access can select, in one walk; the others by XPath below.
    var fast: [ContextPath] = []
    var fastSlots: [Int] = []
    for index in 0..<ruleCount where table.applies(index, toProjectType: projectType) {
      let slot = table.contextSlot[index]
      guard contexts[slot] == nil, let path = table.contexts[slot] else { continue }
      contexts[slot] = []
      fast.append(path)
      fastSlots.append(slot)
    }
    for (slot, nodes) in zip(fastSlots, ContextPath.select(fast, root: root)) { contexts[slot] = nodes }
    var applied = [Bool](repeating: false, count: Profile.allCases.count)
    for index in 0..<ruleCount where table.applies(index, toProjectType: projectType) {
      let slot = table.contextSlot[index]
      let nodes: [XMLNode]
      if let cached = contexts[slot] {
        nodes = cached
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
      var evaluated = false
      for node in nodes {
        let profile = plan.profile(for: node).ordinal
        applied[profile] = true
        guard table.applicable[profile][index] else { continue }
        work[profile].add(rule: index, at: node)
        evaluated = true
      }
      if evaluated { evaluatedRules.insert(index) }
    }
    for profile in Profile.allCases where applied[profile.ordinal] { profilesApplied.insert(profile) }
  }

  mutating func evaluateWork() {
    let checks = validator.ruleTable.checks
    var failed = [Bool](repeating: false, count: checks.count)
    for profile in Profile.allCases {
      let items = work[profile.ordinal]
      guard !items.nodes.isEmpty else { continue }
      let parameters = validator.parameters[profile] ?? [:]
      evaluator.removeAllVariables()
      for (id, parameter) in parameters { evaluator.setVariable(id, to: parameter.number) }
      let context = CheckContext(
        profile: profile, parameters: parameters, codelists: validator.standard.codelists, xpath: evaluator,
        conditions: validator.assertConditions)
      for (node, rules) in zip(items.nodes, items.rules) {
        for index in rules where !failed[index] {
          do {
            let failures = try checks[index].evaluate(at: node, in: context)
            guard !failures.isEmpty else { continue }
            let rule = validator.standard.rules[index]
            for failure in failures {
              findings.append(FindingBuilder.finding(rule: rule, failure: failure, context: context, file: path, paths: paths))
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
  }

  mutating func reportForeignDivisions(_ divisions: [(XMLNode, String)]) {
    for (node, code) in divisions {
      profilesApplied.insert(.unified)
      findings.append(FindingBuilder.foreignDivision(node: node, code: code, file: path, paths: paths))
    }
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
