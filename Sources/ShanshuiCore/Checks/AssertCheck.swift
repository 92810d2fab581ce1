import ShanshuiXML

/// `assert`: an XPath 1.0 expression, true for a compliant context node. The escape hatch for what the declarative
/// kinds cannot say; parameters are the variables `$id`, in the parameter's unit.
public struct AssertCheck: RuleCheck {
  public let test: XPathExpression
  public let parameterIDs: [String]
  public var readPaths: [SimplePath] { [] }

  public static let description = CheckKindDescription(
    name: "assert",
    summary: LocalizedText(
      zh: "XPath 1.0 表达式对上下文节点为真；参数以变量 $id 引用，数值为参数单位下的值。失败位置为上下文节点。",
      en: "An XPath 1.0 expression is true for the context node; parameters are the variables $id, in the parameter's unit. Reported on the context node."),
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
    parameterIDs = XPathVariables.names(in: text)
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
    guard let fast = context.conditions[ObjectIdentifier(test)],
      fast.parameterIDs.allSatisfy({ context.parameters[$0] != nil })
    else { return nil }
    return fast.condition
  }
}

/// Finds `$name` variable references in an XPath expression, outside string literals.
enum XPathVariables {
  static func names(in expression: String) -> [String] {
    var names: [String] = []
    var quote: Character?
    var index = expression.startIndex
    while index < expression.endIndex {
      let character = expression[index]
      if let open = quote {
        if character == open { quote = nil }
      } else if character == "'" || character == "\"" {
        quote = character
      } else if character == "$" {
        var end = expression.index(after: index)
        while end < expression.endIndex,
          expression[end].isLetter || expression[end].isNumber || "_-.".contains(expression[end])
        {
          end = expression.index(after: end)
        }
        // A name cannot end in '-' or '.': "$a - 1" is subtraction.
        var name = String(expression[expression.index(after: index)..<end])
        while name.hasSuffix("-") || name.hasSuffix(".") { name.removeLast() }
        if !name.isEmpty, !names.contains(name) { names.append(name) }
        index = end
        continue
      }
      index = expression.index(after: index)
    }
    return names
  }
}

/// Messages for XPath problems found while loading a standard.
enum XPathMessages {
  static func syntax(_ error: XPathError) -> LocalizedText {
    let detail = withCaret(error.expression, at: characterOffset(error))
    let offset = error.offset.map { " (offset \($0))" } ?? ""
    return LocalizedText(
      zh: "XPath 语法错误：\(error.message)\(offset)\n\(detail)",
      en: "XPath syntax error: \(error.message)\(offset)\n\(detail)")
  }

  /// The expression with a caret line under the character at `offset`: right below the line of a multi-line
  /// expression that holds it, indented by that line's display width before it (a Chinese character takes two
  /// columns, a tab stays a tab), so that the caret stands under it on a terminal.
  static func withCaret(_ expression: String, at offset: Int?) -> String {
    guard let offset else { return expression }
    var lines = expression.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    var remaining = offset
    var index = 0
    while index < lines.count - 1, remaining > lines[index].count {
      remaining -= lines[index].count + 1
      index += 1
    }
    let padding = lines[index].prefix(max(0, remaining)).map { $0 == "\t" ? "\t" : String(repeating: " ", count: DisplayWidth.of($0)) }
    lines.insert(padding.joined() + "^", at: index + 1)
    return lines.joined(separator: "\n")
  }

  /// The error's offset in characters: libxml2 counts bytes of UTF-8, the caret goes under the character there.
  static func characterOffset(_ error: XPathError) -> Int? {
    error.offset.map { offset in String(decoding: Array(error.expression.utf8.prefix(max(0, offset))), as: UTF8.self).count }
  }
}
