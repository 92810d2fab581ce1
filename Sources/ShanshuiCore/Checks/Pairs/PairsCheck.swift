import ShanshuiXML

/// `pairs`: for every code of one list and every code of another, the context node has a child element carrying
/// both, one per attribute (every GB/T 50434 indicator for both periods: `<indicator name="…" period="…">`). One
/// failure on the context node names every missing pair with its codes' names and its XML spelling, so a submitter
/// can copy the lines to add.
public struct PairsCheck: RuleCheck {
  /// The elements that carry the pairs, relative to the context node (no attribute step).
  public let path: SimplePath
  /// The attribute holding the first code, and the list of first codes.
  public let first: String
  public let firstList: String
  /// The attribute holding the second code, and the list of second codes.
  public let second: String
  public let secondList: String

  public static let description = CheckKindDescription(
    name: "pairs",
    summary: LocalizedText(
      zh:
        "对代码表 first-list 中每个现行代码与代码表 second-list 中每个现行代码的组合，上下文节点下须有 path 元素，其 first 属性等于前者、second 属性等于后者（按原值比较）。失败位置为上下文节点，{missing} 逐项列出缺少的组合（代码名称及 XML 写法），{count} 为缺少的组合数。",
      en:
        "For every current code of codelist first-list combined with every current code of codelist second-list, the context node has a path element whose first attribute holds the former and whose second attribute holds the latter (compared as written). Reported on the context node; {missing} lists each missing combination (the codes' names and its XML spelling), {count} how many are missing."
    ),
    placeholders: ["missing", "count"],
    exampleRule: """
      <rule id="SS-TST-015" severity="error">
        <title lang="zh">须列明两项指标的两个时段</title><title lang="en">Both indicators are stated for both periods</title>
        <message lang="zh">缺少 {count} 项指标：{missing}</message><message lang="en">{count} indicators are missing: {missing}</message>
        <source ref="test-source"/>
        <context>/s:submission/s:soilConservation</context>
        <pairs path="indicator" first="name" first-list="test-indicators" second="period" second-list="test-periods"/>
        <example outcome="pass" profile="chongqing"><append path="."><s:soilConservation zone="southwest-karst">
          <s:indicator name="erosion-control-degree" period="construction" unit="percent">80</s:indicator>
          <s:indicator name="erosion-control-degree" period="design-level-year" unit="percent">95</s:indicator>
          <s:indicator name="vegetation-coverage-rate" period="construction" unit="percent">15</s:indicator>
          <s:indicator name="vegetation-coverage-rate" period="design-level-year" unit="percent">23</s:indicator>
        </s:soilConservation></append></example>
        <example outcome="fail" profile="chongqing"><append path="."><s:soilConservation zone="southwest-karst">
          <s:indicator name="erosion-control-degree" period="design-level-year" unit="percent">95</s:indicator>
        </s:soilConservation></append></example>
      </rule>
      """)

  public init(element: CheckElement) throws(Diagnostic) {
    path = try element.simplePath("path")
    guard path.attribute == nil, !path.elements.isEmpty else {
      throw element.fail("pairs 的 path 须为元素路径", "the path of pairs must select elements")
    }
    first = try element.required("first")
    firstList = try element.required("first-list")
    second = try element.required("second")
    secondList = try element.required("second-list")
    for name in [first, second] where !name.isXMLName {
      throw element.fail("\(name) 不是属性名", "\(name) is not an attribute name")
    }
  }

  public var parameterIDs: [String] { [] }
  public var codelistIDs: [String] { [firstList, secondList] }
  public var readPaths: [SimplePath] { [path] }
  /// Presence has no bounds.
  public var boundSides: [BoundSide] { [] }

  public func evaluate(at node: XMLNode, in context: CheckContext) throws(XPathError) -> [CheckFailure] {
    guard let firsts = context.codelists[firstList], let seconds = context.codelists[secondList] else { return [] }
    var present: Set<[String]> = []
    for element in path.select(from: node) {
      if let a = element.attribute(first), let b = element.attribute(second) { present.insert([a, b]) }
    }
    let missing = Self.current(firsts).flatMap { a in
      Self.current(seconds).filter { b in !present.contains([a.value, b.value]) }.map { (a, $0) }
    }
    if missing.isEmpty { return [] }
    let element = path.elements.last?.localName ?? ""
    let lines = missing.map { a, b in
      let xml = "<\(element) \(first)=\"\(a.value)\" \(second)=\"\(b.value)\">"
      return LocalizedText(
        zh: "\(a.name.text(.zh))（\(b.name.text(.zh))）\(xml)", en: "\(a.name.text(.en)) (\(b.name.text(.en))) \(xml)")
    }
    let list = LocalizedText(
      zh: lines.map { $0.text(.zh) }.joined(separator: "；"), en: lines.map { $0.text(.en) }.joined(separator: "; "))
    return [CheckFailure(node: node, values: ["missing": list, "count": LocalizedText(String(missing.count))])]
  }

  /// The codes in force of `list`, in code order (the order `missing` names them).
  static func current(_ list: Codelist) -> [Codelist.Code] {
    list.codes.values.filter { $0.replacedBy == nil && $0.validTo == nil }.sorted { $0.value < $1.value }
  }
}
