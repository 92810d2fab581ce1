/// Quantities in XPath 1.0: numbers read as shanshui reads them, and unit conversion spelt out unit by unit (a
/// Schematron engine cannot call `ss:quantity`).
enum QuantityXPath {
  /// Units in a fixed order, so that the export is the same on every run.
  static let units: [QuantityUnit] = QuantityUnit.all.values.sorted { $0.id < $1.id }

  /// The number in `node`'s string value, as `Quantity.number` reads it: trimmed, digits, `+`, `-` and `.` only,
  /// one optional sign; NaN otherwise. XPath's `number()` alone rejects a leading `+` (which `xs:decimal` allows)
  /// and accepts an exponent after a trailing dot (`5.e`), so both are handled here.
  static func number(of node: String) -> String {
    let text = XPathText.trimmed(node)
    let digitsOnly = "translate(\(text), '0123456789+-.', '') = ''"
    let plus = "starts-with(\(text), '+')"
    let unsigned = "substring(\(text), 2)"
    let choice = XPathText.choose([
      (unsigned, "\(digitsOnly) and \(plus) and not(starts-with(\(unsigned), '-'))"),
      (text, "\(digitsOnly) and not(\(plus))"),
    ])
    return "number(\(choice))"
  }

  /// `value` (in `from`) converted to `target` exactly as `QuantityUnit.convert` computes it; without a target, in
  /// the base unit of its own dimension (`Quantity.reading`); the raw value without a unit; `nil` when the dimensions
  /// differ (shanshui then has no value).
  static func converted(_ value: String, from: QuantityUnit?, to target: QuantityUnit?) throws(Unexpressible) -> String?
  {
    if let from, target == nil, from.factor != 1 { return "\(value) * \(try factor(from))" }
    guard let from, let target, from.id != target.id else { return value }
    guard from.dimension == target.dimension else { return nil }
    return "\(value) * \(try factor(from)) div \(try factor(target))"
  }

  static func factor(_ unit: QuantityUnit) throws(Unexpressible) -> String {
    guard let text = XPathText.number(unit.factor) else {
      throw Unexpressible(
        en: "the factor of unit \(unit.id) has no exact XPath form", zh: "单位 \(unit.id) 的换算系数无法精确写成 XPath")
    }
    return text
  }

  /// Whether a node's unit string (`unitOf`) names one of `units`.
  static func unitIs(_ unitOf: String, _ units: [QuantityUnit]) -> String {
    guard units.count > 2 else { return XPathText.any(units.map { "\(unitOf) = '\($0.id)'" }) }
    // Unit ids contain no spaces: a lookup in ' id id … ' is exact for a value without spaces.
    let list = XPathText.literal(" " + units.map(\.id).joined(separator: " ") + " ")
    return "not(contains(\(unitOf), ' ')) and contains(\(list), concat(' ', \(unitOf), ' '))"
  }

  /// A condition on one quantity node, by the unit it is read in: its own `@unit` when that names a known unit,
  /// `fallback` when it states none. `condition(unit)` states the condition for one unit (`nil` unit: read raw);
  /// cases that produce the same condition are merged. A `@unit` that names no known unit is `unknownStated` (shanshui
  /// never reads such a number: `Quantity.reading` gives `otherDimension`).
  static func byUnit(
    unitOf: String, fallback: QuantityUnit?, unknownStated: String,
    _ condition: (QuantityUnit?) throws(Unexpressible) -> String
  ) throws(Unexpressible) -> String {
    var groups: [(condition: String, units: [QuantityUnit])] = []
    for unit in units {
      let text = try condition(unit)
      if let index = groups.firstIndex(where: { $0.condition == text }) {
        groups[index].units.append(unit)
      } else {
        groups.append((text, [unit]))
      }
    }
    var cases = groups.map { group in
      group.condition == "false()" ? nil : XPathText.all([unitIs(unitOf, group.units), group.condition])
    }.compactMap { $0 }
    let unstated = try condition(fallback)
    if unstated != "false()" { cases.append(XPathText.all(["not(\(unitOf))", unstated])) }
    if unknownStated != "false()" {
      cases.append(XPathText.all([unitOf, "not(\(unitIs(unitOf, units)))", unknownStated]))
    }
    return XPathText.any(cases)
  }

  /// `ss:quantity(nodes, 'unit')` in plain XPath: per unit of the target's dimension, the sum of the nodes stated in
  /// it, converted; NaN when a node has no unit of that dimension. Sums group the nodes by unit, so with nodes in
  /// several units the result may differ from shanshui's node-by-node sum in the last bit.
  static func quantity(of nodes: String, in target: QuantityUnit) throws(Unexpressible) -> String {
    let unitOf = "concat(@unit, substring(../@unit, 1 div (count(. | ../@*) = count(../@*))))"
    return try sum(of: nodes, unitOf: unitOf, in: target, fallbackRaw: false)
  }

  /// The sum of `nodes` converted to `target`. `fallbackRaw`: a node without a known unit is read in `target`
  /// (the `sum` check), else it makes the sum NaN (`ss:quantity`).
  static func sum(
    of nodes: String, unitOf: String, in target: QuantityUnit, fallbackRaw: Bool
  ) throws(Unexpressible)
    -> String
  {
    let compatible = units.filter { $0.dimension == target.dimension }
    var terms: [String] = []
    for unit in compatible {
      let selected = "sum((\(nodes))[\(unitOf) = '\(unit.id)'])"
      terms.append(try converted(selected, from: unit, to: target) ?? "0")
    }
    if fallbackRaw {
      // Without a unit a part is read in the target unit; in a unit of another dimension, or one that does not
      // exist, it has no value.
      terms.append("sum((\(nodes))[not(\(unitOf))])")
      terms.append(nanIf("(\(nodes))[\(unitOf) and not(\(unitIs(unitOf, compatible)))]"))
    } else {
      terms.append(nanIf("(\(nodes))[not(\(unitIs(unitOf, compatible)))]"))
    }
    return "(" + terms.joined(separator: " + ") + ")"
  }

  /// 0, or NaN when `nodes` is not empty: `number('0x')` is NaN.
  static func nanIf(_ nodes: String) -> String {
    "number(concat('0', substring('x', 1 div boolean(\(nodes)))))"
  }
}

/// A rule, or a part of one, that has no exact XPath 1.0 form.
public struct Unexpressible: Error, Sendable {
  public var reason: LocalizedText

  init(en: String, zh: String) { reason = LocalizedText(zh: zh, en: en) }
}
