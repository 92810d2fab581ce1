import ShanshuiXML

/// `assert`: an XPath 1.0 expression, true for a compliant context node. The escape hatch for what the declarative
/// kinds cannot say; parameters are the variables `$id`, in the parameter's unit.
public struct AssertCheck: RuleCheck {
  public let test: XPathExpression
  public let parameterIDs: [String]
  /// An expression may read any codelist variable it likes; none is declared.
  public var codelistIDs: [String] { [] }
  /// Reads through its XPath test, not through simple paths.
  public var readPaths: [SimplePath] { [] }
  /// A test holds or not; it crosses no bound of its own.
  public var boundSides: [BoundSide] { [] }

  public static let description = CheckKindDescription(
    name: "assert",
    summary: LocalizedText(
      zh: "XPath 1.0 表达式对上下文节点为真；参数以变量 $id 引用，数值为参数单位下的值。失败位置为上下文节点。",
      en:
        "An XPath 1.0 expression is true for the context node; parameters are the variables $id, in the parameter's unit. Reported on the context node."
    ),
    placeholders: [],
    exampleRule: """
      <rule id="SS-TST-008" severity="error">
        <title lang="zh">中央资金不超过总投资一半</title><title lang="en">Central funds are at most half the total</title>
        <message lang="zh">中央资金超过总投资的 {param:test-share}</message>
        <message lang="en">Central funds exceed {param:test-share} of the total</message>
        <source ref="test-source"/>
        <context>/s:submission/s:investment</context>
        <assert test="ss:quantity(s:source[@kind='central'], 'wan-yuan') &lt;= ss:quantity(s:total, 'wan-yuan') * $test-share div 100"/>
        <example outcome="pass" profile="chongqing"/>
        <example outcome="fail" profile="chongqing">
          <set path="investment/source[1]">200000</set><set path="investment/source[2]">20000</set>
        </example>
      </rule>
      """)

  public init(element: CheckElement) throws(Diagnostic) {
    let text = try element.required("test")
    do {
      test = try XPathExpression(text)
    } catch {
      throw Diagnostic(.xpathSyntax, XPathMessages.syntax(error), at: element.location)
    }
    parameterIDs = XPathLexer.variables(in: text)
  }

  public func evaluate(at node: XMLNode, in context: CheckContext) throws(XPathError) -> [CheckFailure] {
    // A test of the ContextPath grammar reads the tree in place; it means the same, at a fraction of libxml2's cost.
    let holds: Bool
    if let fast = decidedInPlace(in: context) {
      holds = fast.holds(at: node, parameters: context.parameters)
    } else {
      holds = try context.xpath.evaluate(test, at: node).booleanValue
    }
    if holds { return [] }
    let parameter = parameterIDs.count == 1 ? context.parameters[parameterIDs[0]] : nil
    return [CheckFailure(node: node, values: [:], parameter: parameter)]
  }

  /// The condition that decides the test by direct tree access under the context's profile (every parameter it
  /// reads has a value there), or `nil` when libxml2 decides it.
  func decidedInPlace(in context: CheckContext) -> ContextPath.Condition? {
    context.inPlace?.condition(under: context.parameters)
  }
}
