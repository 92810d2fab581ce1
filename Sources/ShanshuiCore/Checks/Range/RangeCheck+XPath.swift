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

  /// The element of the first value out of range, and the value converted to the bound's unit as the engine shows
  /// it (rounded to 4 decimals: XPath 1.0 prints binary noise).
  public func submissionPlaceholders(in scope: SchematronScope, language: Language) -> [String: String] {
    guard let failure = try? failure(in: scope) else { return ["path": SchematronPlaceholder.name(of: ".")] }
    var values = SchematronPlaceholder.failingValue(path, where: failure)
    let node = "(\(path.xpath(where: failure)))[1]"
    let boundUnit = [min, max].compactMap { $0 }.compactMap { scope.resolved($0, literalUnit: unit)?.unit }.first
    let value = QuantityXPath.number(of: node)
    guard let boundUnit else { return values.merging(["actual": "string(\(value))"]) { $1 } }
    let statedUnit = "\(node)/\(path.unitXPath)"
    var cases = QuantityXPath.units.filter { $0.dimension == boundUnit.dimension }.compactMap { stated -> String? in
      guard let converted = try? QuantityXPath.converted(value, from: stated, to: boundUnit) else { return nil }
      return SchematronPlaceholder.when("\(statedUnit) = '\(stated.id)'", "round((\(converted)) * 10000) div 10000")
    }
    cases.append(SchematronPlaceholder.when("not(\(statedUnit))", value))
    values["actual"] = "concat(\(cases.joined(separator: ", ")))"
    return values
  }

  /// Reads no codelist.
  public var codelistHistories: [String] { [] }
}
