import ShanshuiXML

/// `pattern`: every target value matches the whole regular expression.
public struct PatternCheck: RuleCheck {
  public let path: SimplePath
  public let regex: String
  private let compiled: CompiledRegex

  public static let description = CheckKindDescription(
    name: "pattern",
    summary: LocalizedText(
      zh: "每个目标值整体匹配正则表达式（ICU/Python 共同子集）。失败位置为目标节点。",
      en:
        "Each target value matches the whole regular expression (the ICU/Python common subset). Reported on the target."
    ),
    placeholders: ["actual", "regex"],
    exampleRule: """
      <rule id="SS-TST-004" severity="warning">
        <title lang="zh">项目编号格式</title><title lang="en">Project id format</title>
        <message lang="zh">项目编号“{actual}”不符合格式 {regex}</message>
        <message lang="en">Project id "{actual}" does not match {regex}</message>
        <source ref="test-source"/>
        <context>/s:submission/s:project</context>
        <pattern path="@id" regex="[A-Z]{2,4}-[A-Z]{3}-[0-9]{3}"/>
        <example outcome="pass" profile="unified"/>
        <example outcome="fail" profile="unified"><set path="project/@id">project-1</set></example>
      </rule>
      """)

  public init(element: CheckElement) throws(Diagnostic) {
    path = try element.simplePath("path")
    regex = try element.required("regex")
    if let problem = RegexDialect.violation(in: regex) {
      throw element.fail(
        "正则表达式超出 pattern 的方言（见 docs/rule-language.md）：\(problem)：\(regex)",
        "regular expression outside the dialect of pattern (docs/rule-language.md): \(problem): \(regex)",
        code: .invalidRegex)
    }
    do {
      compiled = try CompiledRegex(regex)
    } catch .tooLarge(let states) {
      let limit = CompiledRegex.maximumStates
      throw element.fail(
        "正则表达式过大：需要至少 \(states) 个自动机状态，超过上限 \(limit)（计数重复 {n,m} 按次数展开）：\(regex)",
        "regular expression too large: it needs at least \(states) automaton states, more than the limit of \(limit) (counted repetition {n,m} is expanded per count): \(regex)",
        code: .invalidRegex)
    } catch {
      throw element.fail("正则表达式无效：\(regex)", "invalid regular expression: \(regex)", code: .invalidRegex)
    }
  }

  public var parameterIDs: [String] { [] }
  public var codelistIDs: [String] { [] }
  public var readPaths: [SimplePath] { [path] }
  /// A match has no bounds.
  public var boundSides: [BoundSide] { [] }

  public func evaluate(at node: XMLNode, in context: CheckContext) throws(XPathError) -> [CheckFailure] {
    var failures: [CheckFailure] = []
    // Linear is not small when an expression of many states keeps many live over a value of megabytes: the same
    // limit as an XPath evaluation's (`--max-xpath-ops`) bounds the state visits of one value.
    let limit = context.xpath.operationLimit
    let budget = limit > 0 ? limit : Int.max
    for target in path.select(from: node) {
      let value = target.stringValue
      guard let matched = compiled.wholeMatch(value, budget: budget) else {
        // Reported as E103 with libxml2's code for its own operation limit (1200 + XPATH_OP_LIMIT_EXCEEDED).
        throw XPathError(
          expression: regex, code: 1225,
          message: "matching a value of \(value.unicodeScalars.count) characters took more than \(limit) steps",
          offset: nil)
      }
      if !matched {
        failures.append(
          CheckFailure(node: target, values: ["actual": LocalizedText(value), "regex": LocalizedText(regex)]))
      }
    }
    return failures
  }
}
