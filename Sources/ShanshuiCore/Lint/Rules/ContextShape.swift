import ShanshuiXML

/// SL011: a context selects nodes and uses no parameter (`$id` is bound for checks only).
struct ContextShape: LintRule {
  let id = "SL011"
  let name = "context-shape"
  let severity = Severity.error
  let title = LocalizedText(zh: "上下文使用了参数或不选取节点", en: "A context uses a parameter or does not select nodes")
  let rationale = LocalizedText(
    zh: "上下文对每个选中的节点运行一次检查：它必须选取节点；参数只在检查中绑定，上下文中的 $id 在运行时无定义（加载器：E206）。",
    en:
      "A check runs once per node its context selects, so the context must select nodes; parameters are bound for checks only, so $id in a context is undefined at run time (loader: E206)."
  )
  let triggering = [
    LintExample(
      rules: LintExample.rule(context: "<context>/s:submission/s:units/s:unit[s:area &gt; $test-share]</context>")),
    LintExample(rules: LintExample.rule(context: "<context>count(/s:submission/s:units/s:unit)</context>")),
  ]
  let nonTriggering = [
    LintExample(rules: LintExample.rule(context: "<context>/s:submission/s:units/s:unit[s:area &gt; 1]</context>"))
  ]

  func check(_ standard: LintedStandard) -> [LintFinding] {
    let dryRun = DryRun.evaluator(
      base: standard.exampleBase, namespaces: standard.namespaces, parameterIDs: standard.parameters.keys)
    return standard.rules.compactMap { rule -> LintFinding? in
      guard let context = rule.context, let text = rule.contextText else { return nil }
      let location = rule.file.location(ofText: context)
      if !XPathLexer.variables(in: text).isEmpty {
        return finding(
          "规则 \(rule.id) 的上下文不能使用参数变量", "rule \(rule.id): a context cannot use parameters ($…)", at: location)
      }
      guard let (evaluator, document) = dryRun, let compiled = try? XPathExpression(text),
        let problem = DryRun.problem(
          ruleID: rule.id, context: compiled, tests: [], at: location, evaluator: evaluator, document: document),
        problem.contextIsNotNodes
      else { return nil }
      return finding(problem.diagnostic.message, at: location)
    }
  }
}
