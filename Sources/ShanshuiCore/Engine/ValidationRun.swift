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
  /// The work by profile (so that variables are bound once per profile): each context node once, with the rules to
  /// run on it.
  private var work: [Profile: NodeWork] = [:]
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
    var contexts: [String: [XMLNode]] = [:]
    // Every context that direct tree access can select, in one walk; the others by XPath below.
    let rules = validator.standard.rules.filter { $0.projectTypes.isEmpty || $0.projectTypes.contains(projectType) }
    var fast: [ContextPath] = []
    for rule in rules where contexts[rule.context.source] == nil {
      guard let path = validator.contextPaths[rule.context.source] else { continue }
      contexts[rule.context.source] = []
      fast.append(path)
    }
    for (path, nodes) in zip(fast, ContextPath.select(fast, root: root)) { contexts[path.source] = nodes }
    for (index, rule) in validator.standard.rules.enumerated() {
      if !rule.projectTypes.isEmpty && !rule.projectTypes.contains(projectType) { continue }
      let nodes: [XMLNode]
      if let cached = contexts[rule.context.source] {
        nodes = cached
      } else {
        do {
          nodes = try evaluator.evaluate(rule.context).nodes
        } catch {
          report(error, rule: rule)
          nodes = []
        }
        contexts[rule.context.source] = nodes
      }
      for node in nodes {
        let profile = plan.profile(for: node)
        profilesApplied.insert(profile)
        guard validator.applicableByIndex[profile]?[index] == true else { continue }
        work[profile, default: NodeWork()].add(rule: index, at: node)
        evaluatedRules.insert(index)
      }
    }
  }

  mutating func evaluateWork() {
    for profile in Profile.allCases {
      guard let items = work[profile], !items.nodes.isEmpty else { continue }
      let parameters = validator.parameters[profile] ?? [:]
      evaluator.removeAllVariables()
      for (id, parameter) in parameters { evaluator.setVariable(id, to: parameter.number) }
      let context = CheckContext(
        profile: profile, parameters: parameters, codelists: validator.standard.codelists, xpath: evaluator,
        conditions: validator.assertConditions)
      for (node, rules) in zip(items.nodes, items.rules) {
        for index in rules where !failedRules.contains(index) {
          let rule = validator.standard.rules[index]
          do {
            for failure in try rule.check.evaluate(at: node, in: context) {
              findings.append(FindingBuilder.finding(rule: rule, failure: failure, context: context, file: path, paths: paths))
            }
          } catch {
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
