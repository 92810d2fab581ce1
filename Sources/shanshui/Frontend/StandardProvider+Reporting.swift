import ShanshuiCore
import ShanshuiReports

extension StandardProvider {
  /// The standard at `path` (the bundled one for `nil`); when it cannot be loaded, its problems are printed to
  /// standard error (`file:line:column: error: [CODE] …`) and the result is `nil`, for the caller to exit 2. What
  /// loading only warns about (`warning: [E213] …`) is printed too, and the standard is used.
  static func loadReportingProblems(_ path: String?, language: Language) -> Standard? {
    switch load(path) {
    case .success(let standard):
      for warning in standard.warnings {
        OutputWriter.writeError(CompilerStyleLine.text(warning, severity: .warning, language: language) + "\n")
      }
      return standard
    case .failure(let failure):
      for diagnostic in failure.diagnostics {
        OutputWriter.writeError(CompilerStyleLine.text(diagnostic, language: language) + "\n")
      }
      return nil
    }
  }
}
