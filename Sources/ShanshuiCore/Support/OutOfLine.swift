/// An optional value kept out of line, behind one pointer: for a rare field of a struct kept by the thousand, so
/// that the struct stays small when the field is absent. A finding's spatial detail is 360 bytes inline and absent
/// from all but spatial findings; boxed, a finding is 288 bytes instead of 640.
///
/// Transparent to `Codable` (encoded as the value itself, omitted when nil) and to `Hashable` (compared by value).
@propertyWrapper
public struct OutOfLine<Value: Sendable & Hashable & Codable>: Sendable, Hashable, Codable {
  private final class Box: Sendable {
    let value: Value
    init(_ value: Value) { self.value = value }
  }

  private var box: Box?

  public init(wrappedValue: Value?) {
    box = wrappedValue.map(Box.init)
  }

  public var wrappedValue: Value? {
    get { box?.value }
    set { box = newValue.map(Box.init) }
  }

  public static func == (left: Self, right: Self) -> Bool { left.wrappedValue == right.wrappedValue }

  public func hash(into hasher: inout Hasher) { hasher.combine(wrappedValue) }

  public init(from decoder: any Decoder) throws {
    let container = try decoder.singleValueContainer()
    box = container.decodeNil() ? nil : Box(try container.decode(Value.self))
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    if let value = wrappedValue { try container.encode(value) } else { try container.encodeNil() }
  }
}

// A synthesized `Codable` omits an absent value and accepts a missing key, as for a plain optional.
extension KeyedEncodingContainer {
  public mutating func encode<Value>(_ value: OutOfLine<Value>, forKey key: Key) throws {
    try encodeIfPresent(value.wrappedValue, forKey: key)
  }
}

extension KeyedDecodingContainer {
  public func decode<Value>(_ type: OutOfLine<Value>.Type, forKey key: Key) throws -> OutOfLine<Value> {
    OutOfLine(wrappedValue: try decodeIfPresent(Value.self, forKey: key))
  }
}
