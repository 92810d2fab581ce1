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
  /// (rule index, context node) pairs to evaluate, grouped by profile so that variables are bound once per profile.
  private var work: [Profile: [(Int, XMLNode)]] = [:]

  init(path: String, validator: Validator, evaluator: XPathEvaluator) {
    self.path = path
    self.validator = validator
    self.evaluator = evaluator
  }

  var sortedFindings: [Finding] {
    findings.sorted { ($0.location.line, $0.ruleID, $0.profile, $0.path) < ($1.location.line, $1.ruleID, $1.profile, $1.path) }
  }

  /// Evaluates each distinct context once, and assigns each context node to the profile that judges it.
  mutating func collectWork(projectType: String, plan: ProfilePlan) {
    profilesApplied.insert(plan.projectProfile)
    var contexts: [String: [XMLNode]] = [:]
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
        guard validator.applicable[profile]?.contains(rule.id) == true else { continue }
        work[profile, default: []].append((index, node))
        evaluatedRules.insert(index)
      }
    }
  }

  mutating func evaluateWork() {
    for profile in Profile.allCases {
      guard let items = work[profile], !items.isEmpty else { continue }
      let parameters = validator.parameters[profile] ?? [:]
      evaluator.removeAllVariables()
      for (id, parameter) in parameters { evaluator.setVariable(id, to: parameter.number) }
      let context = CheckContext(
        profile: profile, parameters: parameters, codelists: validator.standard.codelists, xpath: evaluator)
      for (index, node) in items where !failedRules.contains(index) {
        let rule = validator.standard.rules[index]
        do {
          for failure in try rule.check.evaluate(at: node, in: context) {
            findings.append(FindingBuilder.finding(rule: rule, failure: failure, context: context, file: path, paths: paths))
          }
        } catch {
          failedRules.insert(index)
          report(error, rule: rule)
        }
      }
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
