/// The `sum` check in XPath 1.0 (`SumCheck.evaluate`): rule-level variables for the total and the sums, and one
/// case per unit the comparison may be made in.
struct SumXPath {
  let check: SumCheck
  /// The tolerance: its XPath value and unit (`nil` unit for a literal: the comparison's unit).
  let bound: (value: String, unit: QuantityUnit?)

  /// The comparison is made in the check's unit, else in the total's own unit (`nil`: raw numbers).
  func translate() throws(Unexpressible) -> (lets: [SchematronLet], test: String) {
    let totalPath = "(\(check.total.xpath))[1]"
    let totalUnit = "\(totalPath)/\(check.total.unitXPath)"
    var lets = [SchematronLet(name: "_ss-total", value: QuantityXPath.number(of: totalPath))]
    var cases: [String] = []
    if let unit = check.unit {
      lets.append(SchematronLet(name: "_ss-sum", value: try partsSum(in: unit)))
      let slack = try self.slack(in: unit)
      cases.append(
        try QuantityXPath.byUnit(unitOf: totalUnit, fallback: unit, unknownStated: "false()") {
          own throws(Unexpressible) in
          guard let limit = try QuantityXPath.converted("$_ss-total", from: own, to: unit) else { return "false()" }
          return within("$_ss-sum", limit, slack)
        })
    } else {
      for unit in QuantityXPath.units {
        let name = "_ss-sum-\(unit.id)"
        lets.append(SchematronLet(name: name, value: try partsSum(in: unit)))
        cases.append(
          XPathText.all(["\(totalUnit) = '\(unit.id)'", within("$\(name)", "$_ss-total", try slack(in: unit))]))
      }
      lets.append(
        SchematronLet(name: "_ss-sum-raw", value: check.parts.map { "sum(\($0.xpath))" }.joined(separator: " + ")))
      // A total without a unit compares raw numbers; one whose unit does not exist has no value (no case holds).
      cases.append(XPathText.all(["not(\(totalUnit))", within("$_ss-sum-raw", "$_ss-total", bound.value)]))
    }
    return (lets, "not(\(check.total.xpath)) or \(XPathText.any(cases))")
  }

  /// The parts converted to `unit`; a part without a known unit is read in `unit`.
  private func partsSum(in unit: QuantityUnit) throws(Unexpressible) -> String {
    try check.parts.map { part throws(Unexpressible) in
      try QuantityXPath.sum(of: part.xpath, unitOf: part.unitXPath, in: unit, fallbackRaw: true)
    }.joined(separator: " + ")
  }

  /// The tolerance in `unit`: a literal is stated in it; a parameter is converted when the dimensions agree.
  private func slack(in unit: QuantityUnit) throws(Unexpressible) -> String {
    guard let own = bound.unit, own.dimension == unit.dimension else { return bound.value }
    return try QuantityXPath.converted(bound.value, from: own, to: unit) ?? bound.value
  }

  /// `abs(sum - limit) <= slack + 1e-9 * max(abs(sum), abs(limit), 1)` without `abs` or `max`, which XPath 1.0 lacks:
  /// both differences within the bound, and a bound under a maximum holds when it holds for one of its terms.
  private func within(_ sum: String, _ limit: String, _ slack: String) -> String {
    let epsilon = "(1 div 1000000000)"
    let terms = [sum, "(0 - \(sum))", limit, "(0 - \(limit))", "1"]
    func atMostBound(_ difference: String) -> String {
      XPathText.any(terms.map { "\(difference) <= \(slack) + \(epsilon) * \($0)" })
    }
    return XPathText.all([atMostBound("(\(sum) - \(limit))"), atMostBound("(\(limit) - \(sum))")])
  }
}
