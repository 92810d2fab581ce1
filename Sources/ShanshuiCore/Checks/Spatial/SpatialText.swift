import Foundation

/// How spatial measurements read in messages.
enum SpatialText {
  /// "108.39000°E, 30.81000°N (EPSG:4490 30.81 108.39)": longitude, latitude first, then as written.
  static func point(_ point: SpatialDetail.Point?) -> LocalizedText {
    guard let point else { return LocalizedText("") }
    let lonLat = "\(FixedDecimal.sixDecimals(point.longitude))°E, \(FixedDecimal.sixDecimals(point.latitude))°N"
    let written =
      "\(point.crs) \(NumberFormat.format(rounded(point.first, 6))) \(NumberFormat.format(rounded(point.second, 6)))"
    return LocalizedText(zh: "\(lonLat)；\(written)", en: "\(lonLat); \(written)")
  }

  /// An area in m² in `unit` (ha when none), rounded for reading.
  static func area(_ squareMetres: Double, in unit: QuantityUnit?) -> (value: Double, text: LocalizedText) {
    let unit = unit ?? QuantityUnit.hectare
    let value = squareMetres / 10_000 / unit.factor
    return (value, LocalizedText(NumberFormat.format(significant(value))))
  }

  /// A distance in metres in `unit` (m when none).
  static func length(_ metres: Double, in unit: QuantityUnit?) -> (value: Double, text: LocalizedText) {
    let value = metres / (unit?.factor ?? 1)
    return (value, LocalizedText(NumberFormat.format(significant(value))))
  }

  /// A share in percent, one decimal.
  static func percent(_ value: Double) -> LocalizedText { LocalizedText(NumberFormat.format(rounded(value, 1))) }

  /// The unit's symbol (its id when it has none).
  static func symbol(_ unit: QuantityUnit?) -> LocalizedText {
    guard let unit else { return LocalizedText("") }
    return LocalizedText(
      zh: unit.symbol.text(.zh).isEmpty ? unit.id : unit.symbol.text(.zh),
      en: unit.symbol.text(.en).isEmpty ? unit.id : unit.symbol.text(.en))
  }

  static func rounded(_ value: Double, _ digits: Int) -> Double {
    let scale = pow10(digits)
    return (value * scale).rounded() / scale
  }

  /// Four significant digits, never fewer than the whole part.
  static func significant(_ value: Double) -> Double {
    guard value != 0, value.isFinite else { return value }
    let magnitude = Int(log10Floor(abs(value)))
    return rounded(value, max(0, 3 - magnitude))
  }

  private static func pow10(_ digits: Int) -> Double {
    var scale = 1.0
    for _ in 0..<digits { scale *= 10 }
    return scale
  }

  private static func log10Floor(_ value: Double) -> Double {
    var magnitude = 0.0
    var scaled = value
    while scaled >= 10 {
      scaled /= 10
      magnitude += 1
    }
    while scaled < 1 {
      scaled *= 10
      magnitude -= 1
    }
    return magnitude
  }
}

extension QuantityUnit {
  /// The hectare, as `ordered` lists it.
  static let hectare = QuantityUnit(id: "ha", dimension: .area, factor: 1, symbol: LocalizedText(zh: "公顷", en: "ha"))
}
