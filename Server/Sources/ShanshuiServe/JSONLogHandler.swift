import Foundation
import Logging

/// swift-log's handler for the service: one JSON object per line on standard error (time, level, label, message,
/// and every metadata value), for log collectors to read without a parser of their own.
public struct JSONLogHandler: LogHandler {
  public var logLevel: Logger.Level = .info
  public var metadata: Logger.Metadata = [:]
  private let label: String
  private let write: @Sendable (String) -> Void

  /// - parameter write: where each line goes; standard error by default.
  public init(label: String, write: @escaping @Sendable (String) -> Void = JSONLogHandler.standardError) {
    self.label = label
    self.write = write
  }

  public subscript(metadataKey key: String) -> Logger.Metadata.Value? {
    get { metadata[key] }
    set { metadata[key] = newValue }
  }

  public func log(event: LogEvent) {
    var object: [String: Any] = [
      "time": Self.timestamp(), "level": event.level.rawValue, "label": label, "message": "\(event.message)",
    ]
    for (key, value) in metadata.merging(event.metadata ?? [:], uniquingKeysWith: { $1 }) {
      object[key] = Self.json(value)
    }
    guard
      let data = try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes])
    else { return }
    write(String(decoding: data, as: UTF8.self) + "\n")
  }

  /// Writes a line to standard error in one `write` call, so lines from several threads never interleave.
  public static let standardError: @Sendable (String) -> Void = { line in
    var bytes = Array(line.utf8)
    bytes.withUnsafeMutableBytes { _ = Foundation.write(2, $0.baseAddress, $0.count) }
  }

  private static func json(_ value: Logger.Metadata.Value) -> Any {
    switch value {
    case .string(let text): return text
    case .stringConvertible(let value):
      if let number = value as? Int { return number }
      if let number = value as? Double { return number }
      return value.description
    case .array(let values): return values.map(json)
    case .dictionary(let values): return values.mapValues(json)
    }
  }

  private static func timestamp() -> String {
    Date().formatted(.iso8601.year().month().day().timeZone(separator: .omitted).time(includingFractionalSeconds: true))
  }
}
