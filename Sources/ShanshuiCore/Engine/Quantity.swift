import ShanshuiXML

/// A number read from a submission node, with the unit it is stated in.
struct Quantity {
  var text: String
  var value: Double?
  var unit: QuantityUnit?

  /// Reads a node: its string value as a number, its unit from `@unit` of the element (of the owner, for an
  /// attribute), or `fallback` when the submission states none.
  init(_ node: XMLNode, fallback: QuantityUnit?) {
    text = node.stringValue.trimmed
    value = Quantity.number(text)
    let holder = node.kind == .attribute ? node.parent : node
    unit = holder?.attribute("unit").map(\.trimmed).flatMap(QuantityUnit.named) ?? fallback
  }

  /// The value converted to `target`; the raw value when either unit is unknown.
  func value(in target: QuantityUnit?) -> Double? {
    guard let value else { return nil }
    guard let unit, let target else { return value }
    return unit.convert(value, to: target)
  }

  /// Parses an xs:decimal-like number (no exponent, no hex, no NaN or infinity).
  static func number(_ raw: String) -> Double? {
    let text = raw.trimmed
    // ASCII digits, signs and points only (the bytes of any other character are outside this set).
    guard !text.isEmpty, text.utf8.allSatisfy({ (0x30...0x39).contains($0) || $0 == 0x2B || $0 == 0x2D || $0 == 0x2E })
    else { return nil }
    guard let value = Double(text), value.isFinite else { return nil }
    return value
  }
}

/// Formats numbers for messages: no trailing `.0`, at most four decimals.
enum NumberFormat {
  static func format(_ value: Double) -> String {
    if value.isNaN { return "NaN" }
    if value.isInfinite { return value < 0 ? "-∞" : "∞" }
    // Beyond 1e14 four decimals no longer fit an Int64 after scaling; such figures print as Swift does.
    guard abs(value) < 1e14 else { return String(value) }
    let scaled = Int64((abs(value) * 10_000).rounded())
    let whole = scaled / 10_000
    let fraction = scaled % 10_000
    let sign = value < 0 && scaled != 0 ? "-" : ""
    guard fraction != 0 else { return sign + String(whole) }
    var digits = String(fraction)
    digits = String(repeating: "0", count: 4 - digits.count) + digits
    while digits.hasSuffix("0") { digits.removeLast() }
    return sign + "\(whole).\(digits)"
  }
}
