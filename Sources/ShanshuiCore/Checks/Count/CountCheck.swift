import ShanshuiXML

/// `count`: the number of targets lies within `[min, max]`.
public struct CountCheck: RuleCheck {
  public let path: SimplePath
  public let min: Bound?
  public let max: Bound?

  public static let description = CheckKindDescription(
    name: "count",
    summary: LocalizedText(
      zh: "目标个数在 [min, max] 之内。失败位置为上下文节点。",
      en: "The number of targets lies within [min, max]. Reported on the context node."),
    placeholders: ["actual", "limit", "min", "max"],
    exampleRule: """
      <rule id="SS-TST-005" severity="error">
        <title lang="zh">须衔接两类规划</title><title lang="en">Two plans must be linked</title>
        <message lang="zh">只衔接了 {actual} 项规划，至少需要 {min} 项</message>
        <message lang="en">Only {actual} plans are linked; at least {min} are needed</message>
        <source ref="test-source"/>
        <context>/s:submission/s:location</context>
        <count path="planLinkage" min="2"/>
        <example outcome="pass" profile="chongqing"/>
        <example outcome="fail" profile="chongqing"><remove path="location/planLinkage[2]"/></example>
      </rule>
      """)

  public init(element: CheckElement) throws(Diagnostic) {
    path = try element.simplePath("path")
    min = try element.bound("min")
    max = try element.bound("max")
    if min == nil && max == nil { throw element.fail("count 须有 min 或 max", "count needs min or max") }
  }

  public var parameterIDs: [String] { [min, max].compactMap { $0?.parameterID } }
  public var codelistIDs: [String] { [] }
  public var readPaths: [SimplePath] { [path] }
  /// A count's failure names its limit in `{limit}`, not a bound of its own message.
  public var boundSides: [BoundSide] { [] }

  public func evaluate(at node: XMLNode, in context: CheckContext) throws(XPathError) -> [CheckFailure] {
    var selected = 0
    path.forEach(from: node) { _ in selected += 1 }
    let count = Double(selected)
    let lower = min?.resolve(in: context, literalUnit: nil)
    let upper = max?.resolve(in: context, literalUnit: nil)
    let violated = [lower.flatMap { count < $0.value ? $0 : nil }, upper.flatMap { count > $0.value ? $0 : nil }]
      .compactMap { $0 }.first
    guard let violated else { return [] }
    return [
      CheckFailure(
        node: node,
        values: [
          "actual": LocalizedText(NumberFormat.format(count)),
          "limit": LocalizedText(NumberFormat.format(violated.value)),
          "min": LocalizedText(lower.map { NumberFormat.format($0.value) } ?? ""),
          "max": LocalizedText(upper.map { NumberFormat.format($0.value) } ?? ""),
        ], parameter: violated.parameter)
    ]
  }
}
