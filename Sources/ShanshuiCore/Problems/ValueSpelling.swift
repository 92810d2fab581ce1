import Foundation

/// Typing habits that make a number or a date unreadable to the schema, and the spelling it wants instead.
enum ValueSpelling {
  /// A correction: the value as it should be written, and why.
  struct Fix: Equatable {
    var written: String
    var reasons: [LocalizedText]
  }

  /// Full-width digits and signs (`１２３．５`), the ideographic full stop used as a decimal point and the ideographic
  /// space, as their ASCII counterparts; nil when there are none.
  static func halfWidth(_ value: String) -> String? {
    var changed = false
    let scalars = value.unicodeScalars.map { scalar -> Unicode.Scalar in
      switch scalar.value {
      case 0xFF10...0xFF19, 0xFF0B...0xFF0F:
        changed = true
        return Unicode.Scalar(scalar.value - 0xFEE0) ?? scalar
      case 0x3002:  // 。
        changed = true
        return "."
      case 0x3000:
        changed = true
        return " "
      default: return scalar
      }
    }
    return changed ? String(String.UnicodeScalarView(scalars)) : nil
  }

  /// The number a decimal value was meant to be (`52,800` → `52800`, `１２３` → `123`, `12亩` → `12` with
  /// `unit="mu"`), or nil when it is not recognisably one.
  /// - parameter unitNames: the schema's names of unit values (`亩` → `mu`), to name the unit a suffix stands for.
  static func number(_ value: String, integer: Bool = false, unitNames: [String: LocalizedText] = [:]) -> Fix? {
    var text = value.trimmingCharacters(in: .whitespaces)
    var reasons: [LocalizedText] = []
    if let half = halfWidth(text) {
      text = half.trimmingCharacters(in: .whitespaces)
      if value.unicodeScalars.contains(where: { (0xFF0B...0xFF19).contains($0.value) }) {
        reasons.append(LocalizedText(zh: "全角数字和符号改为半角", en: "full-width digits and signs written as ASCII"))
      }
    }
    if value.contains("。") {
      reasons.append(LocalizedText(zh: "小数点写“.”", en: "the decimal point is \".\""))
    }
    let (numeral, suffix) = splitNumeral(text)
    guard !numeral.isEmpty else { return nil }
    var digits = numeral
    if numeral.contains(",") {
      guard isGroupedThousands(numeral) else { return nil }
      digits = numeral.replacingOccurrences(of: ",", with: "")
      reasons.append(LocalizedText(zh: "数值中不写千位分隔符“,”", en: "no thousands separator \",\" in a number"))
    }
    if !suffix.isEmpty {
      let unit = unitID(for: suffix, names: unitNames)
      let attribute = unit.map { " unit=\"\($0)\"" } ?? ""
      reasons.append(
        LocalizedText(
          zh: "单位“\(suffix)”不写在数值里，写在 unit 属性中\(attribute.isEmpty ? "" : "（\(attribute.dropFirst())）")",
          en:
            "the unit \"\(suffix)\" goes in the unit attribute\(attribute.isEmpty ? "" : " (\(attribute.dropFirst()))"), not in the number"
        ))
    }
    guard !reasons.isEmpty, isDecimal(digits), !integer || !digits.contains(".") else { return nil }
    return Fix(written: digits, reasons: reasons)
  }

  /// A date written the Chinese way or with other separators (`2026年3月1日`, `2026/3/1`, `2026.03.01`) as
  /// `2026-03-01`; nil when it is not recognisably a date.
  static func date(_ value: String) -> Fix? {
    let text = (halfWidth(value) ?? value).trimmingCharacters(in: .whitespaces)
    let parts = text.split(whereSeparator: { "年月日/.-".contains($0) }).map(String.init)
    guard parts.count == 3, parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCII) && Int($0) != nil }),
      parts[0].count == 4, let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]),
      (1...12).contains(month), (1...daysIn(month, year: year)).contains(day)
    else { return nil }
    let written = String(format: "%04d-%02d-%02d", year, month, day)
    guard written != text else { return nil }
    return Fix(
      written: written,
      reasons: [
        LocalizedText(zh: "日期写成 年-月-日（YYYY-MM-DD），月和日各两位", en: "dates are written YYYY-MM-DD, two-digit month and day")
      ])
  }

  /// A year written with 年 or full-width digits (`2026年` → `2026`).
  static func year(_ value: String) -> Fix? {
    var text = (halfWidth(value) ?? value).trimmingCharacters(in: .whitespaces)
    if text.hasSuffix("年") { text.removeLast() }
    guard text.count == 4, text.allSatisfy({ $0.isASCII && $0.isNumber }), text != value else { return nil }
    return Fix(written: text, reasons: [LocalizedText(zh: "年份写四位数字", en: "a year is four digits")])
  }

  // MARK: - Pieces

  /// A leading numeral (digits, `,`, `.`, a sign) and what follows it.
  private static func splitNumeral(_ text: String) -> (String, String) {
    let numeral = text.prefix { $0.isASCII && ($0.isNumber || $0 == "," || $0 == "." || $0 == "-" || $0 == "+") }
    return (String(numeral), text.dropFirst(numeral.count).trimmingCharacters(in: .whitespaces))
  }

  private static func isGroupedThousands(_ text: String) -> Bool {
    text.range(of: #"^[-+]?[0-9]{1,3}(,[0-9]{3})+(\.[0-9]+)?$"#, options: .regularExpression) != nil
  }

  private static func isDecimal(_ text: String) -> Bool {
    text.range(of: #"^[-+]?([0-9]+(\.[0-9]*)?|\.[0-9]+)$"#, options: .regularExpression) != nil
  }

  /// The unit value a unit written after a number stands for (`亩` → `mu`, `%` → `percent`), by the schema's names.
  static func unitID(for written: String, names: [String: LocalizedText]) -> String? {
    if written == "%" || written == "％" { return names["percent"] == nil ? nil : "percent" }
    if names[written] != nil { return written }
    return names.filter { $0.value.zh == written }.keys.sorted().first
  }

  private static func daysIn(_ month: Int, year: Int) -> Int {
    switch month {
    case 2: return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28
    case 4, 6, 9, 11: return 30
    default: return 31
    }
  }
}
