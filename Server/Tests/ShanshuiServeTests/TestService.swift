import Foundation
import Hummingbird
import HummingbirdTesting
import Logging
import NIOCore
import ShanshuiServe

/// A service for one test: its settings, the bundled standard loaded unless told otherwise, no log output.
enum TestService {
  /// The repository's root (this file is Server/Tests/ShanshuiServeTests/TestService.swift).
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()

  static func settings(_ change: (inout ServeSettings) -> Void = { _ in }) -> ServeSettings {
    var settings = ServeSettings()
    settings.port = 0
    settings.maxConcurrent = 2
    change(&settings)
    return settings
  }

  static func make(_ settings: ServeSettings = settings(), load: Bool = true) -> ShanshuiService {
    let service = ShanshuiService(
      settings: settings, logger: Logger(label: "test", factory: { _ in SwiftLogNoOpLogHandler() }))
    if load { service.store.reload() }
    return service
  }

  /// Runs `body` against the service listening on a free loopback port, with HummingbirdTesting's live client.
  static func live<Value>(
    _ service: ShanshuiService, setup: TestingSetup = .live,
    _ body: @escaping @Sendable (any TestClientProtocol) async throws -> Value
  ) async throws -> Value {
    try await service.application().test(setup, body)
  }

  static func fixture(_ path: String) throws -> ByteBuffer {
    ByteBuffer(bytes: try Data(contentsOf: root.appendingPathComponent(path)))
  }

  static func text(_ buffer: ByteBuffer) -> String { String(buffer: buffer) }

  /// A report with what must differ between two runs replaced: timestamps, durations, the host's name.
  static func stable(_ text: String) -> String {
    let patterns = [
      #"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d"#, #"(time|seconds|duration)("?\s*[=:]\s*"?)[0-9.e-]+"#, #"hostname="[^"]*""#,
    ]
    return patterns.reduce(text) { text, pattern in
      text.replacingOccurrences(of: pattern, with: "<varies>", options: .regularExpression)
    }
  }

  /// A multipart/form-data body of `files` (name, bytes) under `boundary`.
  static func multipart(_ files: [(String, [UInt8])], boundary: String = "shanshui-test-boundary") -> ByteBuffer {
    var buffer = ByteBuffer()
    for (name, bytes) in files {
      buffer.writeString(
        "--\(boundary)\r\nContent-Disposition: form-data; name=\"file\"; filename=\"\(name)\"\r\n"
          + "Content-Type: application/xml\r\n\r\n")
      buffer.writeBytes(bytes)
      buffer.writeString("\r\n")
    }
    buffer.writeString("--\(boundary)--\r\n")
    return buffer
  }
}
