import ShanshuiCore

extension StandardProvider {
  /// The standard at `path` (the bundled one for `nil`); when it cannot be loaded, its problems are printed to
  /// standard error (`file:line:column: error: [CODE] …`) and the result is `nil`, for the caller to exit 2.
  static func loadReportingProblems(_ path: String?, language: Language) -> Standard? {
    switch load(path) {
    case .success(let standard):
      return standard
    case .failure(let failure):
      for diagnostic in failure.diagnostics {
        OutputWriter.writeError(DiagnosticText.line(diagnostic, language: language) + "\n")
      }
      return nil
    }
  }
}
