import ShanshuiXML

/// `range`: every target value lies within `[min, max]`, after converting it to the bound's unit.
public struct RangeCheck: RuleCheck {
  public let path: SimplePath
  public let min: Bound?
  public let max: Bound?
  /// The unit of literal bounds, and of targets that state none.
  public let unit: QuantityUnit?

  public static let description = CheckKindDescription(
    name: "range",
    summary: LocalizedText(
      zh: "每个目标值（换算到界限的单位后）不小于 min、不大于 max；非数字也视为失败。失败位置为目标节点。",
      en:
        "Each target value, converted to the bound's unit, is at least min and at most max; a non-number fails too. Reported on the target."
    ),
    placeholders: ["actual", "limit", "unit", "min", "max"],
    exampleRule: """
      <rule id="SS-TST-002" severity="error">
        <title lang="zh">单元面积不少于1公顷</title><title lang="en">A unit covers at least 1 ha</title>
        <message lang="zh">面积 {actual} {unit} 小于 {limit} {unit}</message>
        <message lang="en">Area {actual} {unit} is below {limit} {unit}</message>
        <source ref="test-source"/>
        <context>/s:submission/s:units/s:unit</context>
        <range path="area" min="1" unit="ha"/>
        <example outcome="pass" profile="chongqing">
          <set path="units/unit[1]/area/@unit">mu</set><set path="units/unit[1]/area">15</set>
        </example>
        <example outcome="fail" profile="chongqing">
          <set path="units/unit[1]/area/@unit">m2</set><set path="units/unit[1]/area">9999</set>
        </example>
      </rule>
      """)

  public init(element: CheckElement) throws(Diagnostic) {
    path = try element.simplePath("path")
    min = try element.bound("min")
    max = try element.bound("max")
    unit = try element.unit()
    if min == nil && max == nil { throw element.fail("range 须有 min 或 max", "range needs min or max") }
  }

  public var parameterIDs: [String] { [min, max].compactMap { $0?.parameterID } }
  public var codelistIDs: [String] { [] }
  public var readPaths: [SimplePath] { [path] }
  public var boundSides: [BoundSide] {
    [(min, BoundSide.min), (max, BoundSide.max)].compactMap { $0.0 == nil ? nil : $0.1 }
  }

  public func evaluate(at node: XMLNode, in context: CheckContext) throws(XPathError) -> [CheckFailure] {
    let lower = min?.resolve(in: context, literalUnit: unit)
    let upper = max?.resolve(in: context, literalUnit: unit)
    var failures: [CheckFailure] = []
    for target in path.select(from: node) {
      let quantity = Quantity(target, fallback: unit ?? lower?.unit ?? upper?.unit)
      for (bound, side) in [(lower, BoundSide.min), (upper, BoundSide.max)] {
        guard let bound else { continue }
        // A bound without a unit (a rule document of language 1 that states none) reads the value in its own
        // dimension's base unit: the same verdict whichever unit the submitter chose.
        let displayUnit = bound.unit ?? quantity.unit.map(\.dimension.baseUnit)
        switch quantity.reading(in: bound.unit) {
        case .notANumber:
          failures.append(failure(target, LocalizedText(quantity.text), bound, displayUnit, lower, upper, side))
        case .otherDimension(let stated):
          var failure = failure(target, LocalizedText(quantity.text), bound, displayUnit, lower, upper, side)
          if let expected = bound.unit?.dimension {
            failure.message = quantity.otherDimensionMessage(stated: stated, expected: expected)
            failure.parameter = nil  // the value was never compared with it
          }
          failures.append(failure)
        case .value(let value):
          guard side == .min ? value < bound.value : value > bound.value else { continue }
          failures.append(
            failure(target, LocalizedText(NumberFormat.format(value)), bound, displayUnit, lower, upper, side))
        }
        break
      }
    }
    return failures
  }

  private func failure(
    _ target: XMLNode, _ actual: LocalizedText, _ bound: ResolvedBound, _ unit: QuantityUnit?,
    _ lower: ResolvedBound?, _ upper: ResolvedBound?, _ side: BoundSide
  ) -> CheckFailure {
    let values: [String: LocalizedText] = [
      "actual": actual,
      "limit": LocalizedText(NumberFormat.format(bound.value)),
      "unit": unit?.symbol ?? LocalizedText(""),
      "min": LocalizedText(lower.map { NumberFormat.format($0.value) } ?? ""),
      "max": LocalizedText(upper.map { NumberFormat.format($0.value) } ?? ""),
    ]
    return CheckFailure(node: target, values: values, parameter: bound.parameter, bound: side)
  }
}
