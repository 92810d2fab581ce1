import ArgumentParser
import Foundation

extension OutputWriter {
  /// Writes `files` (relative path → text) below `directory`, creating it as needed; each file is written
  /// atomically, so a reader never sees a half-written page. Other files in the directory are left alone. A file that
  /// cannot be written is a run that could not be completed (exit status 2).
  static func writeFiles(_ files: [String: String], into directory: String) throws {
    let root = URL(fileURLWithPath: directory)
    for (relative, text) in files.sorted(by: { $0.key < $1.key }) {
      let url = root.appendingPathComponent(relative)
      do {
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url, options: .atomic)
      } catch {
        writeError("shanshui: error: cannot write \(url.path): \(error.localizedDescription)\n")
        throw ExitCode(2)
      }
    }
  }
}
