import ShanshuiXML

/// A number read from a submission node, with the unit it is stated in.
struct Quantity {
  var text: String
  var value: Double?
  var unit: QuantityUnit?
  /// The `@unit` the submission wrote, when it names no known unit (`furlong`): never read as the rule's unit.
  var unknownUnit: String?

  /// Reads a node: its string value as a number, its unit from `@unit` of the element (of the owner, for an
  /// attribute), or `fallback` when the submission states none.
  init(_ node: XMLNode, fallback: QuantityUnit?) {
    text = node.stringValue.trimmed
    value = Quantity.number(trimmed: text)
    let holder = node.kind == .attribute ? node.parent : node
    if let stated = holder?.attribute("unit")?.trimmed {
      unit = QuantityUnit.named(stated)
      unknownUnit = unit == nil ? stated : nil
    } else {
      unit = fallback
    }
  }

  /// What comparing the quantity in a unit gives.
  enum Reading: Equatable {
    case value(Double)
    /// The text is not a number.
    case notANumber
    /// The submission states a unit of another dimension than the rule's (or one that does not exist): the number
    /// means something else, so it is never compared.
    case otherDimension(stated: String)
  }

  /// The quantity in `target`. Without a target unit (a bound of a rule document that states none, which the
  /// loader warns about) the value is read in the base unit of its own dimension (ha, m, 万元, day, percent, …),
  /// so the verdict never depends on which unit the submitter chose.
  func reading(in target: QuantityUnit?) -> Reading {
    guard let value else { return .notANumber }
    if let unknownUnit { return .otherDimension(stated: unknownUnit) }
    guard let unit else { return .value(value) }
    guard let target else { return .value(unit.toBase(value)) }
    guard let converted = unit.convert(value, to: target) else { return .otherDimension(stated: unit.id) }
    return .value(converted)
  }

  /// The value converted to `target`; `nil` when it is not a number or of another dimension.
  func value(in target: QuantityUnit?) -> Double? {
    if case .value(let value) = reading(in: target) { return value }
    return nil
  }

  /// The message template (with `{path}`) of a value stated in a unit of another dimension than `expected`:
  /// "… 的数值 95 应以 percent 或 ratio 表示（比率），给出的是 degree（角度）".
  func otherDimensionMessage(stated: String, expected: QuantityUnit.Dimension) -> LocalizedText {
    let given = QuantityUnit.named(stated)
    let zhKind = given.map { "（\($0.dimension.title.text(.zh))）" } ?? "（未知单位）"
    let enKind = given.map { " (\($0.dimension.title.text(.en)))" } ?? " (not a known unit)"
    return LocalizedText(
      zh:
        "{path} 的数值 \(text) 应以 \(expected.unitList.text(.zh)) 表示（\(expected.title.text(.zh))），给出的是 \(stated)\(zhKind)；不同量纲的数值不作比较",
      en:
        "{path} (\(text)) must be stated in \(expected.unitList.text(.en)) (\(expected.title.text(.en))); the submission gives \(stated)\(enKind), which is never compared"
    )
  }

  /// Parses an xs:decimal-like number (no exponent, no hex, no NaN or infinity).
  static func number(_ raw: String) -> Double? { number(trimmed: raw.trimmed) }

  /// `number(_:)` of a text already trimmed.
  static func number(trimmed text: String) -> Double? {
    // Most quantities are short decimals: the fast path first (it accepts only digits, signs and a point, so the
    // check below would have passed), the general parser for the rest.
    if let value = shortDecimal(text) { return value }
    // ASCII digits, signs and points only (the bytes of any other character are outside this set).
    guard !text.isEmpty, text.utf8.allSatisfy({ (0x30...0x39).contains($0) || $0 == 0x2B || $0 == 0x2D || $0 == 0x2E })
    else { return nil }
    guard let value = Double(text), value.isFinite else { return nil }
    return value
  }

  /// `[+-]digits[.digits]` with at most 15 digits, exactly as `Double(_:)` reads it, without its general parser:
  /// the digits form an integer below 2^53 and the scale a power of ten up to 10^15, both exact doubles, so the one
  /// division is correctly rounded, as a full decimal conversion is (Clinger's fast path). `nil` for anything else.
  static func shortDecimal(_ text: String) -> Double? {
    var digits: Int64 = 0
    var count = 0
    var scale = 0
    var negative = false
    var seenPoint = false
    var index = 0
    for byte in text.utf8 {
      defer { index += 1 }
      switch byte {
      case UInt8(ascii: "+"), UInt8(ascii: "-"):
        guard index == 0 else { return nil }
        negative = byte == UInt8(ascii: "-")
      case UInt8(ascii: "."):
        guard !seenPoint, count > 0 else { return nil }
        seenPoint = true
      case UInt8(ascii: "0")...UInt8(ascii: "9"):
        count += 1
        guard count <= 15 else { return nil }
        digits = digits * 10 + Int64(byte - UInt8(ascii: "0"))
        if seenPoint { scale += 1 }
      default:
        return nil
      }
    }
    // At least one digit, and at least one after a point.
    guard count > 0, !seenPoint || scale > 0 else { return nil }
    let magnitude = Double(digits) / powersOfTen[scale]
    return negative ? -magnitude : magnitude
  }

  private static let powersOfTen: [Double] = (0...15).map { exponent in
    (0..<exponent).reduce(1.0) { value, _ in value * 10 }
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
