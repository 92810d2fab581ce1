extension RangeCheck {
  public func schematron(in scope: SchematronScope) throws(Unexpressible) -> SchematronForm {
    SchematronForm(test: "not(\(path.xpath(where: try failure(in: scope))))")
  }

  /// The condition, on a target node (`.`), that the check fails there (`evaluate`).
  private func failure(in scope: SchematronScope) throws(Unexpressible) -> String {
    var lower: (value: String, unit: QuantityUnit?)?
    var upper: (value: String, unit: QuantityUnit?)?
    if let min { lower = try scope.bound(min, literalUnit: unit) }
    if let max { upper = try scope.bound(max, literalUnit: unit) }
    let fallback = unit ?? lower?.unit ?? upper?.unit
    let value = QuantityXPath.number(of: ".")
    var failures: [String] = []
    for (limit, comparison) in [(lower, ">="), (upper, "<=")] {
      guard let limit else { continue }
      // A stated unit that does not exist fails (shanshui's own finding, `Quantity.reading`).
      failures.append(
        try QuantityXPath.byUnit(unitOf: path.unitXPath, fallback: fallback, unknownStated: "true()") {
          unit throws(Unexpressible) in
          guard let converted = try QuantityXPath.converted(value, from: unit, to: limit.unit) else { return "true()" }
          return "not(\(converted) \(comparison) \(limit.value))"
        })
    }
    return XPathText.any(failures)
  }

  /// Every bound with its unit (issue 13): the message of a one-sided range names its limit.
  public func knownPlaceholders(in scope: SchematronScope, language: Language) -> [String: LocalizedText] {
    func resolve(_ bound: Bound?) -> (value: Double, unit: QuantityUnit?)? {
      switch bound {
      case .literal(let value): return (value, unit)
      case .parameter(let id): return scope.parameters[id].map { ($0.number, $0.parameter.unit) }
      case nil: return nil
      }
    }
    var values: [String: LocalizedText] = [:]
    let lower = resolve(min)
    let upper = resolve(max)
    if let lower { values["min"] = LocalizedText(NumberFormat.format(lower.value)) }
    if let upper { values["max"] = LocalizedText(NumberFormat.format(upper.value)) }
    if (lower == nil) != (upper == nil), let only = lower ?? upper {
      values["limit"] = LocalizedText(NumberFormat.format(only.value))
      if let unit = only.unit {
        values["unit"] = unit.symbol.text(language).isEmpty ? LocalizedText(unit.id) : unit.symbol
      }
    }
    return values
  }

  /// Reads no codelist.
  public var codelistHistories: [String] { [] }
}
