import Foundation

/// Compares output with a file committed in the repository; with `SHANSHUI_UPDATE_GOLDEN=1` in the environment it
/// rewrites the file instead (then review the diff before committing).
public enum Golden {
  public static var updating: Bool { ProcessInfo.processInfo.environment["SHANSHUI_UPDATE_GOLDEN"] == "1" }

  /// `nil` when `actual` equals the file at `relative` (or the file was just rewritten), else what differs.
  public static func mismatch(_ actual: String, against relative: String) throws -> String? {
    let url = Repository.url(relative)
    if updating {
      try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
      try actual.write(to: url, atomically: true, encoding: .utf8)
      return nil
    }
    let expected = try String(contentsOf: url, encoding: .utf8)
    guard actual != expected else { return nil }
    let (actualLines, expectedLines) = (actual.components(separatedBy: "\n"), expected.components(separatedBy: "\n"))
    let line = zip(actualLines, expectedLines).enumerated().first { $1.0 != $1.1 }?.offset ?? min(actualLines.count, expectedLines.count)
    return """
      \(relative) is out of date (regenerate with SHANSHUI_UPDATE_GOLDEN=1); first difference on line \(line + 1):
        expected: \(line < expectedLines.count ? expectedLines[line] : "<end>")
        actual:   \(line < actualLines.count ? actualLines[line] : "<end>")
      """
  }
}
