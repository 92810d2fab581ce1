import Foundation
import ShanshuiCore

/// The standard compiled into the binary from `standards/` at build time.
public enum BundledStandard {
  /// Every bundled file: path relative to `standards/` → bytes.
  public static let files: [String: [UInt8]] = {
    var files: [String: [UInt8]] = [:]
    for (path, base64) in embeddedStandardFiles {
      files[path] = Data(base64Encoded: base64).map { [UInt8]($0) } ?? []
    }
    return files
  }()

  /// The bundled files as a source the standard loader reads from.
  public static var source: StandardSource { .inMemory(name: "<bundled>", files: files) }
}
