import ArgumentParser
import Foundation
import ShanshuiCore
import ShanshuiFrontend

/// The CLI's side of `OutputFile` (ShanshuiFrontend/Output): a result goes to standard output or to the file an
/// option names, by the rules of docs/security.md ("Output files"); one that cannot be written is reported on standard
/// error, naming the option, the path and the reason, and the run is incomplete (exit status 2).
enum OutputWriter {
  /// Writes `text` to `path` (nil or `-`: standard output).
  static func write(_ text: String, to path: String?, option: String = "--output") throws(OutputError) {
    try OutputFile(path: path ?? "-", option: option).write(text)
  }

  /// Writes a command's result; one that cannot be written is a run that could not be completed (exit status 2).
  static func writeResult(
    _ text: String, to path: String?, option: String = "--output", language: Language = .en
  )
    throws
  {
    do {
      try write(text, to: path, option: option)
    } catch {
      writeError(error.message(language) + "\n")
      throw ExitCode(2)
    }
  }

  /// Checks, before a long run, that `path` is something the result can be written to (nothing is created).
  static func validate(_ path: String?, option: String, language: Language) throws {
    do {
      _ = try OutputFile(path: path ?? "-", option: option).target()
    } catch {
      writeError(error.message(language) + "\n")
      throw ExitCode(2)
    }
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
