import ShanshuiXML

/// `required`: the target is present and not empty.
public struct RequiredCheck: RuleCheck {
  public let path: SimplePath

  public static let description = CheckKindDescription(
    name: "required",
    summary: LocalizedText(
      zh: "目标存在且非空（仅含空白视为空）。失败位置为路径上已存在的最深节点（缺少的部分应添加之处；目标存在但为空时即为目标）。",
      en:
        "The target is present and not empty (whitespace only counts as empty). Reported on the deepest node of the path that exists: where the missing part goes, or the empty target itself."
    ),
    placeholders: ["target"],
    exampleRule: """
      <rule id="SS-TST-001" severity="error">
        <title lang="zh">须说明管护责任主体</title><title lang="en">The maintenance party must be stated</title>
        <message lang="zh">{path} 缺少 {target}</message><message lang="en">{path} lacks {target}</message>
        <source ref="test-source"/>
        <context>/s:submission/s:maintenance</context>
        <required path="@party"/>
        <example outcome="pass" profile="chongqing"/>
        <example outcome="fail" profile="chongqing"><remove path="maintenance/@party"/></example>
      </rule>
      """)

  public init(element: CheckElement) throws(Diagnostic) {
    path = try element.simplePath("path")
  }

  public var parameterIDs: [String] { [] }
  public var codelistIDs: [String] { [] }
  public var readPaths: [SimplePath] { [path] }
  /// Presence has no bounds.
  public var boundSides: [BoundSide] { [] }

  public func evaluate(at node: XMLNode, in context: CheckContext) throws(XPathError) -> [CheckFailure] {
    let present = path.select(from: node).contains { !$0.stringValue.trimmed.isEmpty }
    if present { return [] }
    return [CheckFailure(node: path.deepestPresent(from: node), values: ["target": LocalizedText(path.description)])]
  }
}
