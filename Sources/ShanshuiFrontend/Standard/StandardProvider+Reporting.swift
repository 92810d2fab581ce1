import ShanshuiCore
import ShanshuiReports

extension StandardProvider {
  /// The standard at `path` (the bundled one for `nil`); when it cannot be loaded, each of its problems is handed to
  /// `report` as one line (`file:line:column: error: [CODE] …`, no newline) and the result is `nil` (the CLI then exits
  /// 2). What loading only warns about (`warning: [E213] …`) is handed over too, and the standard is used.
  public static func loadReportingProblems(
    _ path: String?, language: Language, report: (String) -> Void
  ) -> Standard? {
    let loaded = load(path)
    for line in problemLines(loaded, language: language) { report(line) }
    return try? loaded.get()
  }

  /// What a load has to say, one compiler-style line each: a loaded standard's warnings, or a broken one's problems.
  public static func problemLines(_ loaded: Result<Standard, StandardLoader.Failure>, language: Language) -> [String] {
    switch loaded {
    case .success(let standard):
      return standard.warnings.map { CompilerStyleLine.text($0, severity: .warning, language: language) }
    case .failure(let failure):
      return failure.diagnostics.map { CompilerStyleLine.text($0, language: language) }
    }
  }
}
