import Foundation

/// The one way shanshui writes JSON: pretty-printed (or one value per line for JSON Lines), keys sorted, slashes
/// unescaped, non-finite numbers as strings.
enum JSONText {
  static func encode<Value: Encodable>(_ value: Value) -> String {
    encode(value, encoder: prettyEncoder())
  }

  /// The encoder of `encode(_:)`, for a caller that encodes many values.
  static func prettyEncoder() -> JSONEncoder { encoder(pretty: true) }

  /// The encoder of JSON Lines: each value on one line (a JSON string never holds a raw line break).
  static func lineEncoder() -> JSONEncoder { encoder(pretty: false) }

  /// `value` encoded by `encoder` (one of the two above), ending in a newline.
  static func encode<Value: Encodable>(_ value: Value, encoder: JSONEncoder) -> String {
    // With non-finite numbers handled, encoding these plain value types cannot fail.
    guard let data = try? encoder.encode(value) else { return "{}\n" }
    return String(decoding: data, as: UTF8.self) + "\n"
  }

  private static func encoder(pretty: Bool) -> JSONEncoder {
    let encoder = JSONEncoder()
    encoder.outputFormatting =
      pretty ? [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes] : [.sortedKeys, .withoutEscapingSlashes]
    encoder.nonConformingFloatEncodingStrategy = .convertToString(
      positiveInfinity: "Infinity", negativeInfinity: "-Infinity", nan: "NaN")
    return encoder
  }
}
