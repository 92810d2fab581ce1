/// A unit of measure that rule documents and submissions name, with its conversion to the dimension's base unit.
public struct QuantityUnit: Sendable, Hashable, Codable, CustomStringConvertible {
  /// What a unit measures; only units of one dimension convert into each other.
  public enum Dimension: String, Sendable, Codable, CaseIterable {
    case area, length, money, duration, angle, volume, count, mass
    /// A dimensionless share: `percent` and `ratio` (0.88 = 88 %) convert into each other.
    case share
    /// Rates: soil loss per area and year (侵蚀模数); money per area (unit cost, compensation per mu).
    case erosionModulus, moneyPerArea

    /// How people name the dimension.
    public var title: LocalizedText {
      switch self {
      case .area: LocalizedText(zh: "面积", en: "area")
      case .length: LocalizedText(zh: "长度", en: "length")
      case .money: LocalizedText(zh: "金额", en: "money")
      case .duration: LocalizedText(zh: "时长", en: "duration")
      case .angle: LocalizedText(zh: "角度", en: "angle")
      case .volume: LocalizedText(zh: "体积", en: "volume")
      case .count: LocalizedText(zh: "个数", en: "count")
      case .mass: LocalizedText(zh: "质量", en: "mass")
      case .share: LocalizedText(zh: "比率", en: "share")
      case .erosionModulus: LocalizedText(zh: "侵蚀模数", en: "erosion modulus")
      case .moneyPerArea: LocalizedText(zh: "单位面积金额", en: "money per area")
      }
    }

    /// The units of this dimension, in the order of `QuantityUnit.ordered`.
    public var units: [QuantityUnit] { QuantityUnit.ordered.filter { $0.dimension == self } }

    /// The unit every other unit of the dimension is a multiple of (factor 1).
    public var baseUnit: QuantityUnit { units.first { $0.factor == 1 }! }
  }

  /// The identifier used in documents: `ha`, `wan-yuan`, …
  public let id: String
  public let dimension: Dimension
  /// How many base units one of this unit is (area: ha; length: m; money: 万元; volume: m³; duration: day;
  /// share: percent; money per area: 万元/ha).
  public let factor: Double
  /// How people write the unit.
  public let symbol: LocalizedText

  public var description: String { id }

  /// Every unit, by identifier.
  public static let all: [String: QuantityUnit] = Dictionary(uniqueKeysWithValues: ordered.map { ($0.id, $0) })

  /// Every unit, grouped by dimension, smaller units first.
  public static let ordered: [QuantityUnit] = [
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
    QuantityUnit(id: "percent", dimension: .share, factor: 1, symbol: LocalizedText("%")),
    QuantityUnit(id: "ratio", dimension: .share, factor: 100, symbol: LocalizedText(zh: "", en: "")),
    QuantityUnit(id: "degree", dimension: .angle, factor: 1, symbol: LocalizedText("°")),
    QuantityUnit(id: "t-per-km2-a", dimension: .erosionModulus, factor: 1, symbol: LocalizedText("t/(km²·a)")),
    QuantityUnit(
      id: "yuan-per-mu", dimension: .moneyPerArea, factor: 0.0015, symbol: LocalizedText(zh: "元/亩", en: "yuan/mu")),
    QuantityUnit(
      id: "wan-yuan-per-mu", dimension: .moneyPerArea, factor: 15, symbol: LocalizedText(zh: "万元/亩", en: "×10⁴ yuan/mu")
    ),
    QuantityUnit(
      id: "wan-yuan-per-ha", dimension: .moneyPerArea, factor: 1, symbol: LocalizedText(zh: "万元/公顷", en: "×10⁴ yuan/ha")
    ),
    QuantityUnit(id: "m3", dimension: .volume, factor: 1, symbol: LocalizedText("m³")),
    QuantityUnit(id: "wan-m3", dimension: .volume, factor: 10_000, symbol: LocalizedText(zh: "万立方米", en: "×10⁴ m³")),
    QuantityUnit(id: "count", dimension: .count, factor: 1, symbol: LocalizedText(zh: "个", en: "")),
    QuantityUnit(id: "t", dimension: .mass, factor: 1, symbol: LocalizedText(zh: "吨", en: "t")),
  ]

  /// The unit named `id`, if it exists.
  public static func named(_ id: String) -> QuantityUnit? { all[id] }

  /// Converts `value` from this unit to `target`; `nil` when the dimensions differ.
  public func convert(_ value: Double, to target: QuantityUnit) -> Double? {
    guard dimension == target.dimension else { return nil }
    if id == target.id { return value }
    return value * factor / target.factor
  }

  /// `value` in this unit expressed in the dimension's base unit.
  public func toBase(_ value: Double) -> Double { factor == 1 ? value : value * factor }
}

extension QuantityUnit.Dimension {
  /// "percent 或 ratio" / "percent or ratio": the unit identifiers a submission may use for this dimension.
  public var unitList: LocalizedText {
    let ids = units.map(\.id)
    func join(_ separator: String, _ last: String) -> String {
      ids.count < 2 ? ids.joined() : ids.dropLast().joined(separator: separator) + last + ids.last!
    }
    return LocalizedText(zh: join("、", " 或 "), en: join(", ", " or "))
  }
}
