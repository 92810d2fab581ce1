import Foundation
import Testing

/// Golden-file comparison: the rendered text must equal the committed file. With `SHANSHUI_UPDATE_GOLDEN=1` the file
/// is rewritten instead (review the diff before committing).
public enum Golden {
  public static func check(_ rendered: String, against relative: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
    let url = Repository.url(relative)
    if ProcessInfo.processInfo.environment["SHANSHUI_UPDATE_GOLDEN"] == "1" {
      try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
      try Data(rendered.utf8).write(to: url)
      return
    }
    guard let data = FileManager.default.contents(atPath: url.path) else {
      Issue.record("missing golden file \(relative); run with SHANSHUI_UPDATE_GOLDEN=1 to create it", sourceLocation: sourceLocation)
      return
    }
    let expected = String(decoding: data, as: UTF8.self)
    if rendered != expected {
      let renderedLines = rendered.split(separator: "\n", omittingEmptySubsequences: false)
      let expectedLines = expected.split(separator: "\n", omittingEmptySubsequences: false)
      let first = zip(renderedLines, expectedLines).enumerated().first { $0.element.0 != $0.element.1 }
      let detail = first.map { "line \($0.offset + 1):\n  got:      \($0.element.0)\n  expected: \($0.element.1)" }
        ?? "lengths differ (\(renderedLines.count) vs \(expectedLines.count) lines)"
      Issue.record("\(relative) differs from the output; \(detail)", sourceLocation: sourceLocation)
    }
  }
}
