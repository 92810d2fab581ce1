import ShanshuiXML

/// SL010: every function and namespace prefix an expression uses is known: found by reading the expression, and by
/// evaluating it once on the example base (libxml2 accepts both at compile time).
struct XPathUnknownName: LintRule {
  let id = "SL010"
  let name = "xpath-unknown-name"
  let severity = Severity.error
  let title = LocalizedText(zh: "XPath 使用了未知函数或前缀", en: "XPath uses an unknown function or namespace prefix")
  let rationale = LocalizedText(
    zh: "libxml2 编译时接受未知函数与前缀，直到求值才失败，而有的分支只在特定申报中才会求值；这类规则会在审查时才出错（加载器：E206）。",
    en:
      "libxml2 accepts unknown functions and prefixes at compile time and fails only when evaluating them, which some branches reach only on particular submissions; such a rule breaks during a review (loader: E206)."
  )
  let triggering = [
    LintExample(rules: LintExample.rule(check: #"<assert test="matches(s:name, '^[0-9]+$')"/>"#)),
    LintExample(rules: LintExample.rule(context: "<context>/s:submission/gml:units</context>")),
  ]
  let nonTriggering = [
    LintExample(rules: LintExample.rule(check: #"<assert test="ss:quantity(s:area, 'ha') &gt;= 1"/>"#))
  ]

  func check(_ standard: LintedStandard) -> [LintFinding] {
    let dryRun = DryRun.evaluator(
      base: standard.exampleBase, namespaces: standard.namespaces, parameterIDs: standard.parameters.keys)
    return standard.rules.flatMap { rule -> [LintFinding] in
      var findings: [LintFinding] = []
      for (expression, location) in Self.expressions(of: rule) {
        let problems = XPathStaticCheck.problems(
          in: expression, prefixes: Set(standard.namespaces.keys), extensions: ["ss": ShanshuiFunctions.names])
        for problem in problems {
          findings.append(
            finding(
              "规则 \(rule.id) 的 XPath：\(problem)\n\(expression)", "rule \(rule.id): XPath \(problem)\n\(expression)",
              at: location))
        }
      }
      // The dry run finds what reading cannot (a function that exists but takes other arguments); it runs only on
      // a rule that other lint rules find nothing wrong with, so one defect is reported once.
      guard findings.isEmpty, let (evaluator, document) = dryRun, let context = rule.contextText,
        XPathLexer.variables(in: context).isEmpty,
        (rule.builtCheck?.parameterIDs ?? []).allSatisfy({ standard.parameters[$0] != nil }),
        let compiled = try? XPathExpression(context), rule.check.map({ (try? $0.get()) != nil }) ?? false,
        let problem = DryRun.problem(
          ruleID: rule.id, context: compiled, tests: rule.builtCheck?.xpathTests ?? [], at: rule.location,
          evaluator: evaluator, document: document),
        !problem.contextIsNotNodes
      else { return findings }
      // Which expression failed: the context alone, or the test.
      let contextFails =
        DryRun.problem(
          ruleID: rule.id, context: compiled, tests: [], at: rule.location, evaluator: evaluator, document: document)
        != nil
      let expressions = Self.expressions(of: rule)
      return [
        finding(
          problem.diagnostic.message, at: (contextFails ? expressions.first : expressions.last)?.1 ?? rule.location)
      ]
    }
  }

  /// The rule's context and its check's XPath (an `assert`'s test), each with where it is written.
  static func expressions(of rule: LintRuleElement) -> [(String, SourceLocation)] {
    var expressions: [(String, SourceLocation)] = []
    if let context = rule.context, let text = rule.contextText {
      expressions.append((text, rule.file.location(ofText: context)))
    }
    for (attribute, test) in rule.checkXPaths {
      guard let checkNode = rule.checkNode else { continue }
      expressions.append((test, rule.file.location(ofAttribute: attribute, of: checkNode, valueOffset: 0)))
    }
    return expressions
  }
}
