import ArgumentParser
import Foundation
import ShanshuiCore

/// Writes a report to standard output, or atomically to a file (a temporary file renamed into place), so an
/// interrupted run never leaves a half-written report.
enum OutputWriter {
  static func write(_ text: String, to path: String?) throws {
    guard let path else {
      FileHandle.standardOutput.write(Data(text.utf8))
      return
    }
    try Data(text.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
  }

  /// Writes a command's result; one that cannot be written is a run that could not be completed (exit status 2).
  static func writeResult(_ text: String, to path: String?, language: Language = .en) throws {
    do {
      try write(text, to: path)
    } catch {
      writeError(cannotWrite(path, error, language))
      throw ExitCode(2)
    }
  }

  /// The message for a report or result that could not be written.
  static func cannotWrite(_ path: String?, _ error: any Error, _ language: Language) -> String {
    language == .zh
      ? "shanshui: 错误: 无法写入\(path.map { "报告 \($0)" } ?? "标准输出")：\(error.localizedDescription)\n"
      : "shanshui: error: cannot write the report to \(path ?? "standard output"): \(error.localizedDescription)\n"
  }

  static func writeError(_ text: String) {
    FileHandle.standardError.write(Data(text.utf8))
  }
}

/// Whether standard output is a terminal that may show colour.
enum Terminal {
  static var allowsColor: Bool {
    // no-color.org: NO_COLOR set to a non-empty value disables colour.
    if let value = ProcessInfo.processInfo.environment["NO_COLOR"], !value.isEmpty { return false }
    if ProcessInfo.processInfo.environment["TERM"] == "dumb" { return false }
    return isatty(STDOUT_FILENO) != 0
  }
}
