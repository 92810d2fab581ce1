import Foundation

/// The one way shanshui writes JSON: pretty-printed, keys sorted, slashes unescaped, non-finite numbers as strings.
enum JSONText {
  static func encode<Value: Encodable>(_ value: Value) -> String {
    encode(value, encoder: prettyEncoder())
  }

  /// The encoder of `encode(_:)`, for a caller that encodes many values.
  static func prettyEncoder() -> JSONEncoder {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    encoder.nonConformingFloatEncodingStrategy = .convertToString(
      positiveInfinity: "Infinity", negativeInfinity: "-Infinity", nan: "NaN")
    return encoder
  }

  /// `value` encoded by `encoder`, ending in a newline.
  static func encode<Value: Encodable>(_ value: Value, encoder: JSONEncoder) -> String {
    // With non-finite numbers handled, encoding these plain value types cannot fail.
    guard let data = try? encoder.encode(value) else { return "{}\n" }
    return String(decoding: data, as: UTF8.self) + "\n"
  }

  /// The encoder of JSON Lines: one line per value, keys sorted, slashes unescaped, non-finite numbers as strings.
  static func lineEncoder() -> JSONEncoder {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    encoder.nonConformingFloatEncodingStrategy = .convertToString(
      positiveInfinity: "Infinity", negativeInfinity: "-Infinity", nan: "NaN")
    return encoder
  }

  /// `value` as one line of JSON Lines, ending in a newline (`lineEncoder()`'s encoding never breaks a line).
  static func line<Value: Encodable>(_ value: Value, encoder: JSONEncoder) -> String {
    guard let data = try? encoder.encode(value) else { return "{}\n" }
    return String(decoding: data, as: UTF8.self) + "\n"
  }
}
