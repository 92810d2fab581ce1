import ShanshuiXML

/// `sum`: the parts add up to the total, exactly unless a tolerance is stated; parts are converted to one unit first.
public struct SumCheck: RuleCheck {
  public let total: SimplePath
  public let parts: [SimplePath]
  public let tolerance: Bound
  /// Whether the document wrote `tolerance` (an unwritten one is an exact 0, which needs no unit).
  let toleranceStated: Bool
  public let unit: QuantityUnit?

  public static let description = CheckKindDescription(
    name: "sum",
    summary: LocalizedText(
      zh: "各部分（每条 part 路径选中的全部节点）换算到同一单位后之和等于总数；默认精确相等，可设 tolerance。失败位置为总数节点。",
      en:
        "The parts (every node each part path selects), converted to one unit, add up to the total: exactly, or within tolerance. Reported on the total."
    ),
    placeholders: ["actual", "limit", "unit"],
    exampleRule: """
      <rule id="SS-TST-006" severity="error">
        <title lang="zh">子项目预算之和等于总投资</title><title lang="en">Sub-project budgets add up to the total</title>
        <message lang="zh">子项目预算合计 {actual} {unit}，总投资 {limit} {unit}</message>
        <message lang="en">Sub-project budgets add up to {actual} {unit}; the total is {limit} {unit}</message>
        <source ref="test-source"/>
        <context>/s:submission</context>
        <sum total="investment/total" unit="wan-yuan"><part path="units/unit/subproject/budget"/></sum>
        <example outcome="pass" profile="chongqing">
          <set path="units/unit[1]/subproject[2]/budget/@unit">yi-yuan</set>
          <set path="units/unit[1]/subproject[2]/budget">12</set>
        </example>
        <example outcome="fail" profile="chongqing"><set path="units/unit[1]/subproject[2]/budget">1</set></example>
      </rule>
      """)

  public init(element: CheckElement) throws(Diagnostic) {
    total = try element.simplePath("total")
    unit = try element.unit()
    tolerance = try element.bound("tolerance") ?? .literal(0)
    toleranceStated = element.attribute("tolerance") != nil
    var parts: [SimplePath] = []
    for child in element.node.childElements where child.localName == "part" {
      let part = CheckElement(node: child, location: element.location)
      parts.append(try part.simplePath("path"))
    }
    guard !parts.isEmpty else { throw element.fail("sum 须有 part", "sum needs at least one part") }
    self.parts = parts
  }

  public var parameterIDs: [String] { [tolerance.parameterID].compactMap { $0 } }
  public var codelistIDs: [String] { [] }
  public var readPaths: [SimplePath] { [total] + parts }
  /// A sum has one tolerance, not a lower and an upper bound.
  public var boundSides: [BoundSide] { [] }

  public func evaluate(at node: XMLNode, in context: CheckContext) throws(XPathError) -> [CheckFailure] {
    guard let totalNode = total.first(from: node) else { return [] }
    let totalQuantity = Quantity(totalNode, fallback: unit)
    let target = unit ?? totalQuantity.unit
    guard let allowed = tolerance.resolve(in: context, literalUnit: target) else { return [] }
    let limit =
      target == nil && totalQuantity.unknownUnit == nil ? totalQuantity.value : totalQuantity.value(in: target)
    var sum: Double? = 0
    // A part or total in a unit of another dimension is its own finding (on that node), never added up.
    var otherDimension: [CheckFailure] = []
    func note(_ quantity: Quantity, at node: XMLNode) {
      guard let target, case .otherDimension(let stated) = quantity.reading(in: target) else { return }
      var failure = CheckFailure(
        node: node,
        values: [
          "actual": LocalizedText(quantity.text), "limit": LocalizedText(""),
          "unit": target.symbol,
        ], parameter: nil)
      failure.message = quantity.otherDimensionMessage(stated: stated, expected: target.dimension)
      otherDimension.append(failure)
    }
    note(totalQuantity, at: totalNode)
    for part in parts {
      part.forEach(from: node) { partNode in
        let quantity = Quantity(partNode, fallback: target)
        note(quantity, at: partNode)
        // Neither the check nor the total states a unit: raw numbers, as written.
        let value = target == nil ? quantity.value : quantity.value(in: target)
        sum = value.flatMap { value in sum.map { $0 + value } }
      }
    }
    if !otherDimension.isEmpty { return otherDimension }
    var slack = allowed.value
    if let toleranceUnit = allowed.unit, let target, let converted = toleranceUnit.convert(allowed.value, to: target) {
      slack = converted
    }
    if let sum, let limit {
      // Exact up to binary rounding of converted decimals: a relative 1e-9 covers 亩 (1/15 ha) and friends.
      let epsilon = 1e-9 * Swift.max(abs(sum), abs(limit), 1)
      if abs(sum - limit) <= slack + epsilon { return [] }
    }
    // On the total: the figure the parts are held to, and the one to change when it is the wrong one.
    return [
      CheckFailure(
        node: totalNode,
        values: [
          "actual": LocalizedText(sum.map(NumberFormat.format) ?? "NaN"),
          "limit": LocalizedText(limit.map(NumberFormat.format) ?? totalQuantity.text),
          "unit": target?.symbol ?? LocalizedText(""),
        ], parameter: allowed.parameter)
    ]
  }
}
