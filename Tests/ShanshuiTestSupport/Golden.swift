import Foundation
import Testing

/// Golden files under `Tests/Fixtures/golden/`: a test compares its output with the file, byte for byte.
///
/// To accept new output after an intended change, run the tests with `SHANSHUI_UPDATE_GOLDEN=1`
/// (`SHANSHUI_UPDATE_GOLDEN=1 swift test --filter Golden`): each golden file is rewritten with the output, then
/// compared as usual. Review the change with `git diff Tests/Fixtures/golden` before committing it.
public enum Golden {
  /// Whether this run rewrites golden files.
  public static var updating: Bool { ProcessInfo.processInfo.environment["SHANSHUI_UPDATE_GOLDEN"] == "1" }

  /// `nil` when `actual` equals the golden file at `relative` (below `Tests/Fixtures/golden/`); otherwise what
  /// differs: the first differing line of each.
  public static func mismatch(_ actual: String, _ relative: String) throws -> String? {
    try mismatch(actual, against: "Tests/Fixtures/golden/" + relative)
  }

  /// As `mismatch(_:_:)`, for a file anywhere in the repository (`docs/lint.md`), by its path from the root.
  public static func mismatch(_ actual: String, against relative: String) throws -> String? {
    let url = Repository.url(relative)
    if updating {
      try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
      try Data(actual.utf8).write(to: url, options: .atomic)
    }
    guard let data = FileManager.default.contents(atPath: url.path) else {
      return "no golden file \(relative): run the tests with SHANSHUI_UPDATE_GOLDEN=1 to write it"
    }
    let expected = String(decoding: data, as: UTF8.self)
    guard expected != actual else { return nil }
    let expectedLines = expected.components(separatedBy: "\n")
    let actualLines = actual.components(separatedBy: "\n")
    let line =
      zip(expectedLines, actualLines).enumerated().first { $0.element.0 != $0.element.1 }?.offset
      ?? min(expectedLines.count, actualLines.count)
    let want = line < expectedLines.count ? expectedLines[line] : "<end of file>"
    let got = line < actualLines.count ? actualLines[line] : "<end of output>"
    return "\(relative) differs at line \(line + 1):\n  golden: \(want)\n  output: \(got)\n"
      + "(SHANSHUI_UPDATE_GOLDEN=1 rewrites the golden files)"
  }

  /// Records an issue when `actual` differs from the golden file at `relative` (below `Tests/Fixtures/golden/`).
  public static func check(
    _ actual: String, against relative: String, sourceLocation: SourceLocation = #_sourceLocation
  ) throws {
    if let difference = try mismatch(actual, relative) {
      Issue.record(Comment(rawValue: difference), sourceLocation: sourceLocation)
    }
  }
}
