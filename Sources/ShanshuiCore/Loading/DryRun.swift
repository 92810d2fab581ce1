import ShanshuiXML

/// Evaluates every context and `assert` once on the example base (or an empty submission), with every parameter
/// bound: libxml2 accepts unknown functions, prefixes and variables at compile time and fails only here.
struct DryRun {
  let standard: Standard

  func problems() -> [Diagnostic] {
    let base = standard.exampleBase.flatMap { try? XMLDocument.parse($0, url: "base") }
    guard let document = base ?? (try? XMLDocument.parse(Array("<submission xmlns=\"\(Namespaces.submission)\"/>".utf8), url: "empty"))
    else { return [] }
    let evaluator = XPathEvaluator(document: document, namespaces: standard.namespaces)
    ShanshuiFunctions.register(in: evaluator)
    for id in standard.parameters.keys { evaluator.setVariable(id, to: 1) }
    var diagnostics: [Diagnostic] = []
    for rule in standard.rules {
      do {
        let value = try evaluator.evaluate(rule.context)
        guard case .nodes(let nodes) = value else {
          diagnostics.append(Diagnostic(.xpathEvaluation, LocalizedText(
            zh: "规则 \(rule.id) 的上下文须选取节点，而不是数值、字符串或布尔值",
            en: "rule \(rule.id): the context must select nodes, not a number, string or boolean"), at: rule.location))
          continue
        }
        if let check = rule.check as? AssertCheck {
          _ = try evaluator.evaluate(check.test, at: nodes.first ?? document.root)
        }
      } catch {
        diagnostics.append(Diagnostic(.xpathEvaluation, LocalizedText(
          zh: "规则 \(rule.id) 的 XPath 试运行失败：\(error.message)\n\(error.expression)",
          en: "rule \(rule.id): XPath dry run failed: \(error.message)\n\(error.expression)"), at: rule.location))
      }
    }
    return diagnostics
  }
}
