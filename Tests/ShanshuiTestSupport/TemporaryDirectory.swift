import Foundation

/// Unique places under the system's temporary directory, named `shanshui-LABEL-UUID` so that a leftover says which
/// test made it.
public enum TemporaryDirectory {
  /// A unique path, not created (for a command or a copy that creates it).
  public static func url(_ label: String) -> URL {
    FileManager.default.temporaryDirectory.appendingPathComponent("shanshui-\(label)-\(UUID().uuidString)")
  }

  /// A new, empty directory.
  public static func make(_ label: String) throws -> URL {
    let url = url(label)
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }
}
