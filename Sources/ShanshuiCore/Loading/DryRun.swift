import ShanshuiXML

/// Evaluates every context and `assert` once on the example base (or an empty submission), with every parameter
/// bound: libxml2 accepts unknown functions, prefixes and variables at compile time and fails only here.
struct DryRun {
  let standard: Standard

  func problems() -> [Diagnostic] {
    guard
      let (evaluator, document) = Self.evaluator(
        base: standard.exampleBase, namespaces: standard.namespaces, parameterIDs: standard.parameters.keys)
    else { return [] }
    return standard.rules.compactMap { rule in
      Self.problem(
        ruleID: rule.id, context: rule.context, tests: rule.check.xpathTests, at: rule.location,
        evaluator: evaluator, document: document)?.diagnostic
    }
  }

  /// An evaluator on the example base (or an empty submission) with the functions registered and every parameter
  /// bound to 1.
  static func evaluator<IDs: Sequence<String>>(
    base: [UInt8]?, namespaces: [String: String], parameterIDs: IDs
  ) -> (XPathEvaluator, XMLDocument)? {
    let parsed = base.flatMap { try? XMLDocument.parse($0, url: "base") }
    guard
      let document = parsed
        ?? (try? XMLDocument.parse(Array("<submission xmlns=\"\(Namespaces.submission)\"/>".utf8), url: "empty"))
    else { return nil }
    let evaluator = XPathEvaluator(document: document, namespaces: namespaces)
    ShanshuiFunctions.register(in: evaluator)
    for id in parameterIDs { evaluator.setVariable(id, to: 1) }
    return (evaluator, document)
  }

  /// What went wrong in a dry run: an evaluation error, or a context that selects no nodes.
  struct Problem {
    var diagnostic: Diagnostic
    var contextIsNotNodes: Bool
  }

  /// The problem of one rule's context (and its check's XPath tests), or `nil` when all evaluate.
  static func problem(
    ruleID: String, context: XPathExpression, tests: [XPathExpression], at location: SourceLocation,
    evaluator: XPathEvaluator, document: XMLDocument
  ) -> Problem? {
    do {
      let value = try evaluator.evaluate(context)
      guard case .nodes(let nodes) = value else {
        return Problem(
          diagnostic: Diagnostic(
            .xpathEvaluation,
            LocalizedText(
              zh: "规则 \(ruleID) 的上下文须选取节点，而不是数值、字符串或布尔值",
              en: "rule \(ruleID): the context must select nodes, not a number, string or boolean"), at: location),
          contextIsNotNodes: true)
      }
      for test in tests { _ = try evaluator.evaluate(test, at: nodes.first ?? document.root) }
      return nil
    } catch {
      return Problem(
        diagnostic: Diagnostic(
          .xpathEvaluation,
          LocalizedText(
            zh: "规则 \(ruleID) 的 XPath 试运行失败：\(error.message)\n\(error.expression)",
            en: "rule \(ruleID): XPath dry run failed: \(error.message)\n\(error.expression)"), at: location),
        contextIsNotNodes: false)
    }
  }
}
