import Foundation

/// The admin routes' bearer token, read from a file (never given on the command line, where `ps` shows it) and
/// compared in constant time.
public struct AdminToken: Sendable {
  private let bytes: [UInt8]

  /// The token in `path`: its content without the final newline; at least 16 bytes.
  public init(file path: String) throws(AdminTokenError) {
    guard let data = FileManager.default.contents(atPath: path) else { throw .unreadable(path) }
    var text = String(decoding: data, as: UTF8.self)
    while text.last == "\n" || text.last == "\r" { text.removeLast() }
    guard text.utf8.count >= 16 else { throw .tooShort(path) }
    bytes = Array(text.utf8)
  }

  init(_ token: String) { bytes = Array(token.utf8) }

  /// Whether `candidate` is the token: every byte compared whatever the first difference, so the time taken tells
  /// nothing but the length.
  public func matches(_ candidate: String) -> Bool {
    let given = Array(candidate.utf8)
    var difference = UInt8(given.count == bytes.count ? 0 : 1)
    for index in 0..<bytes.count {
      difference |= bytes[index] ^ (index < given.count ? given[index] : 0)
    }
    return difference == 0
  }

  /// Whether an `Authorization` header carries the token (`Bearer TOKEN`).
  func authorizes(_ header: String?) -> Bool {
    // The scheme is case-insensitive (RFC 9110 §11.1); the token is not.
    guard let header, header.count > 7, header.prefix(7).lowercased() == "bearer " else { return false }
    return matches(String(header.dropFirst(7)).trimmingCharacters(in: .whitespaces))
  }
}

/// Why the admin token could not be read.
public enum AdminTokenError: Error, CustomStringConvertible {
  case unreadable(String)
  case tooShort(String)

  public var description: String {
    switch self {
    case .unreadable(let path): "--admin-token-file \(path): cannot be read"
    case .tooShort(let path): "--admin-token-file \(path): the token is shorter than 16 bytes"
    }
  }
}
