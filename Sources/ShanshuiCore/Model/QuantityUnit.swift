/// A unit of measure that rule documents and submissions name, with its conversion to the dimension's base unit.
public struct QuantityUnit: Sendable, Hashable, Codable, CustomStringConvertible {
  /// What a unit measures; only units of one dimension convert into each other.
  public enum Dimension: String, Sendable, Codable {
    case area, length, money, duration, percent, angle, ratio, erosionModulus, volume, count, mass
  }

  /// The identifier used in documents: `ha`, `wan-yuan`, …
  public let id: String
  public let dimension: Dimension
  /// How many base units one of this unit is (area: ha; length: m; money: 万元; volume: m³; duration: day).
  public let factor: Double
  /// How people write the unit.
  public let symbol: LocalizedText

  public var description: String { id }

  /// Every unit, by identifier.
  public static let all: [String: QuantityUnit] = Dictionary(
    uniqueKeysWithValues: [
      QuantityUnit(id: "m2", dimension: .area, factor: 0.0001, symbol: LocalizedText(zh: "平方米", en: "m²")),
      QuantityUnit(id: "mu", dimension: .area, factor: 1.0 / 15.0, symbol: LocalizedText(zh: "亩", en: "mu")),
      QuantityUnit(id: "ha", dimension: .area, factor: 1, symbol: LocalizedText(zh: "公顷", en: "ha")),
      QuantityUnit(id: "km2", dimension: .area, factor: 100, symbol: LocalizedText(zh: "平方千米", en: "km²")),
      QuantityUnit(id: "m", dimension: .length, factor: 1, symbol: LocalizedText(zh: "米", en: "m")),
      QuantityUnit(id: "km", dimension: .length, factor: 1000, symbol: LocalizedText(zh: "千米", en: "km")),
      QuantityUnit(id: "yuan", dimension: .money, factor: 0.0001, symbol: LocalizedText(zh: "元", en: "yuan")),
      QuantityUnit(id: "wan-yuan", dimension: .money, factor: 1, symbol: LocalizedText(zh: "万元", en: "×10⁴ yuan")),
      QuantityUnit(id: "yi-yuan", dimension: .money, factor: 10_000, symbol: LocalizedText(zh: "亿元", en: "×10⁸ yuan")),
      QuantityUnit(id: "day", dimension: .duration, factor: 1, symbol: LocalizedText(zh: "天", en: "days")),
      QuantityUnit(id: "month", dimension: .duration, factor: 30.436875, symbol: LocalizedText(zh: "个月", en: "months")),
      QuantityUnit(id: "year", dimension: .duration, factor: 365.2425, symbol: LocalizedText(zh: "年", en: "years")),
      QuantityUnit(id: "percent", dimension: .percent, factor: 1, symbol: LocalizedText("%")),
      QuantityUnit(id: "degree", dimension: .angle, factor: 1, symbol: LocalizedText("°")),
      QuantityUnit(id: "ratio", dimension: .ratio, factor: 1, symbol: LocalizedText(zh: "", en: "")),
      QuantityUnit(id: "t-per-km2-a", dimension: .erosionModulus, factor: 1, symbol: LocalizedText("t/(km²·a)")),
      QuantityUnit(id: "m3", dimension: .volume, factor: 1, symbol: LocalizedText("m³")),
      QuantityUnit(id: "wan-m3", dimension: .volume, factor: 10_000, symbol: LocalizedText(zh: "万立方米", en: "×10⁴ m³")),
      QuantityUnit(id: "count", dimension: .count, factor: 1, symbol: LocalizedText(zh: "个", en: "")),
      QuantityUnit(id: "t", dimension: .mass, factor: 1, symbol: LocalizedText(zh: "吨", en: "t")),
    ].map { ($0.id, $0) })

  /// The unit named `id`, if it exists.
  public static func named(_ id: String) -> QuantityUnit? { all[id] }

  /// Converts `value` from this unit to `target`; `nil` when the dimensions differ.
  public func convert(_ value: Double, to target: QuantityUnit) -> Double? {
    guard dimension == target.dimension else { return nil }
    if id == target.id { return value }
    return value * factor / target.factor
  }
}
