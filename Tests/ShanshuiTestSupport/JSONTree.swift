import Foundation

/// Read-only navigation in parsed JSON for tests: `log["runs"][0]["results"].count`. A missing key, an index out of
/// range or a value of another type reads as absent (nil, empty), so a wrong report fails an expectation instead of
/// crashing the test run with a forced cast.
public struct JSONTree {
  public let value: Any?

  public init(_ value: Any?) { self.value = value }

  /// Parses `text`; throws when it is not JSON.
  public init(parsing text: String) throws {
    value = try JSONSerialization.jsonObject(with: Data(text.utf8))
  }

  public subscript(key: String) -> JSONTree { JSONTree((value as? [String: Any])?[key]) }

  public subscript(index: Int) -> JSONTree {
    guard let array = value as? [Any], array.indices.contains(index) else { return JSONTree(nil) }
    return JSONTree(array[index])
  }

  /// The elements of an array; empty for anything else.
  public var array: [JSONTree] { (value as? [Any])?.map(JSONTree.init) ?? [] }
  public var count: Int { array.count }
  public var string: String? { value as? String }
  public var int: Int? { value as? Int }
  public var bool: Bool? { value as? Bool }
  public var exists: Bool { value != nil && !(value is NSNull) }
}
