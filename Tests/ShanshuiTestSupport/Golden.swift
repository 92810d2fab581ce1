import Foundation
import Testing

/// Compares output with a file committed in the repository; with `SHANSHUI_UPDATE_GOLDEN=1` in the environment it
/// rewrites the file instead (then review the diff before committing).
public enum Golden {
  public static var updating: Bool { ProcessInfo.processInfo.environment["SHANSHUI_UPDATE_GOLDEN"] == "1" }

  public static func check(_ actual: String, against relative: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
    let url = Repository.url(relative)
    if updating {
      try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
      try actual.write(to: url, atomically: true, encoding: .utf8)
      return
    }
    let expected = try String(contentsOf: url, encoding: .utf8)
    #expect(actual == expected, "\(relative) is out of date; regenerate with SHANSHUI_UPDATE_GOLDEN=1", sourceLocation: sourceLocation)
  }
}
