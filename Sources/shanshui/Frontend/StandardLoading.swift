import ArgumentParser
import ShanshuiCore
import ShanshuiFrontend

extension StandardProvider {
  /// The standard at `path` (the bundled one for `nil`); its warnings, or a broken one's problems, one line each on
  /// standard error (`file:line:column: error: [CODE] …`); nil when it is broken, for the caller to exit 2.
  static func loadReportingProblems(_ path: String?, language: Language) -> Standard? {
    loadReportingProblems(path, language: language) { OutputWriter.writeError($0 + "\n") }
  }

  /// The standard, or, when it is broken, its problems on standard error and exit status 2.
  static func loadOrExit(_ options: StandardOptions) throws -> Standard {
    guard let standard = loadReportingProblems(options.standard, language: options.lang) else { throw ExitCode(2) }
    return standard
  }
}
