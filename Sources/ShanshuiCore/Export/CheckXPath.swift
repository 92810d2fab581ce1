/// One rule's check as a Schematron rule body: rule-level variables and the assertion's test (true = compliant),
/// meaning exactly what the check means under one profile.
struct CheckXPath {
  let parameters: [String: ResolvedParameter]
  let codelists: CodelistXPath
  let rewriter: QuantityCallRewriter

  func translate(_ check: any RuleCheck) throws(Unexpressible) -> (lets: [SchematronLet], test: String) {
    switch check {
    case let check as RequiredCheck:
      let filled = "\(XPathText.withoutWhitespace(".")) != ''"
      return ([], "boolean(\(check.path.xpath(where: filled)))")
    case let check as RangeCheck:
      return ([], "not(\(check.path.xpath(where: try rangeFailure(check))))")
    case let check as CodelistCheck where check.isVersioned:
      guard let history = codelists.history(check) else {
        throw Unexpressible(en: "unknown codelist \(check.list)", zh: "未知代码表 \(check.list)")
      }
      return try history.translate()
    case let check as CodelistCheck:
      return ([], "not(\(check.path.xpath(where: "not(\(try codeIsCurrent(check.list)))")))")
    case let check as PatternCheck:
      let regex = "^(?:\(check.regex))(?![\\s\\S])"
      return ([], "not(\(check.path.xpath(where: "not(regexp:test(string(.), \(XPathText.literal(regex))))")))")
    case let check as CountCheck:
      let count = "count(\(check.path.xpath))"
      var conditions: [String] = []
      if let min = check.min { conditions.append("\(count) >= \(try bound(min).value)") }
      if let max = check.max { conditions.append("\(count) <= \(try bound(max).value)") }
      return ([], XPathText.all(conditions))
    case let check as SumCheck:
      return try SumXPath(check: check, bound: try bound(check.tolerance)).translate()
    case let check as DatesCheck:
      let (lets, fails) = try DatesXPath(check: check, parameters: parameters).translate()
      let present = "\(check.start.xpath) and \(check.end.xpath)"
      return (lets, "not(\(present)) or not(\(fails))")
    case let check as AssertCheck:
      return ([], try rewriter.rewrite(check.test.source))
    default:
      throw Unexpressible(en: "unknown check kind", zh: "未知的检查类型")
    }
  }

  /// A bound's XPath value and unit under the profile (a parameter is its global variable).
  func bound(_ bound: Bound, literalUnit: QuantityUnit? = nil) throws(Unexpressible) -> (value: String, unit: QuantityUnit?) {
    switch bound {
    case .literal(let value):
      guard let text = XPathText.number(value) else {
        throw Unexpressible(en: "the bound \(value) has no exact XPath form", zh: "界限 \(value) 无法精确写成 XPath")
      }
      return (text, literalUnit)
    case .parameter(let id):
      guard let parameter = parameters[id] else {
        throw Unexpressible(en: "parameter \(id) has no value", zh: "参数 \(id) 无值")
      }
      return ("$\(id)", parameter.parameter.unit)
    }
  }

  /// The condition, on a target node (`.`), that a range check fails there (`RangeCheck.evaluate`).
  private func rangeFailure(_ check: RangeCheck) throws(Unexpressible) -> String {
    var lower: (value: String, unit: QuantityUnit?)?
    var upper: (value: String, unit: QuantityUnit?)?
    if let min = check.min { lower = try bound(min, literalUnit: check.unit) }
    if let max = check.max { upper = try bound(max, literalUnit: check.unit) }
    let fallback = check.unit ?? lower?.unit ?? upper?.unit
    let value = QuantityXPath.number(of: ".")
    var failures: [String] = []
    for (limit, comparison) in [(lower, ">="), (upper, "<=")] {
      guard let limit else { continue }
      // A stated unit that does not exist fails (shanshui's own finding, `Quantity.reading`).
      failures.append(try QuantityXPath.byUnit(unitOf: check.path.unitXPath, fallback: fallback, unknownStated: "true()") { unit throws(Unexpressible) in
        guard let converted = try QuantityXPath.converted(value, from: unit, to: limit.unit) else { return "true()" }
        return "not(\(converted) \(comparison) \(limit.value))"
      })
    }
    return XPathText.any(failures)
  }

  /// Whether the target's trimmed value (`.`) is a current code of `list` (`CodelistXPath`).
  private func codeIsCurrent(_ list: String) throws(Unexpressible) -> String {
    guard let condition = codelists.isCurrent(list) else {
      throw Unexpressible(en: "unknown codelist \(list)", zh: "未知代码表 \(list)")
    }
    return condition
  }
}

/// A rule-level variable (`sch:let` inside `sch:rule`).
struct SchematronLet {
  var name: String
  var value: String
  /// Written as a comment after the variable (a parameter's status).
  var note: String? = nil
}
