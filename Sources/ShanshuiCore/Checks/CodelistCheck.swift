import ShanshuiXML

/// `codelist`: every target value is a current code of the list; a retired code is reported with its replacement.
public struct CodelistCheck: RuleCheck {
  public let path: SimplePath
  public let list: String

  public static let description = CheckKindDescription(
    name: "codelist",
    summary: LocalizedText(
      zh: "每个目标值都是代码表中的现行代码；已停用代码同样失败，并给出替代代码。失败位置为目标节点。",
      en: "Each target value is a current code of the list; a retired code fails too, naming its replacement. Reported on the target."),
    placeholders: ["actual", "replacement", "list"],
    exampleRule: """
      <rule id="SS-TST-003" severity="error">
        <title lang="zh">修复模式须为四类之一</title><title lang="en">The restoration mode is one of four</title>
        <message lang="zh">修复模式“{actual}”无效</message><message lang="en">Restoration mode "{actual}" is not valid</message>
        <source ref="test-source"/>
        <context>/s:submission/s:units/s:unit</context>
        <codelist path="@mode" list="test-modes"/>
        <example outcome="pass" profile="sichuan"/>
        <example outcome="fail" profile="sichuan"><set path="units/unit[1]/@mode">landscaping</set></example>
      </rule>
      """)

  public init(element: CheckElement) throws(Diagnostic) {
    path = try element.simplePath("path")
    list = try element.required("list")
  }

  public var parameterIDs: [String] { [] }
  public var readPaths: [SimplePath] { [path] }
  public var codelistIDs: [String] { [list] }

  public func evaluate(at node: XMLNode, in context: CheckContext) throws(XPathError) -> [CheckFailure] {
    guard let codelist = context.codelists[list] else { return [] }
    var failures: [CheckFailure] = []
    for target in path.select(from: node) {
      let value = target.stringValue.trimmed
      let code = codelist.codes[value]
      if let code, code.replacedBy == nil { continue }
      var failure = CheckFailure(node: target, values: [
        "actual": LocalizedText(value),
        "replacement": LocalizedText(code?.replacedBy ?? ""),
        "list": codelist.title,
      ])
      if let replacement = code?.replacedBy {
        failure.notes.append(LocalizedText(
          zh: "代码 \(value) 已停用，现行代码为 \(replacement)",
          en: "code \(value) is retired; use \(replacement)"))
      }
      failures.append(failure)
    }
    return failures
  }
}
