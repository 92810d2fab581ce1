import ArgumentParser
import ShanshuiBundledStandard
import ShanshuiCore

/// Loads the standard a command works on: `--standard PATH`, or the one compiled into the binary.
enum StandardProvider {
  static func load(_ path: String?) -> Result<Standard, StandardLoader.Failure> {
    let loader = StandardLoader(toolFiles: BundledStandard.files)
    let source = path.map(StandardSource.at) ?? BundledStandard.source
    return Result { () throws(StandardLoader.Failure) in try loader.load(source) }
  }

  /// The standard, or, when it is broken, its problems on standard error and exit status 2.
  static func loadOrExit(_ options: StandardOptions) throws -> Standard {
    switch load(options.standard) {
    case .success(let standard):
      return standard
    case .failure(let failure):
      for diagnostic in failure.diagnostics {
        OutputWriter.writeError(DiagnosticText.line(diagnostic, language: options.lang) + "\n")
      }
      throw ExitCode(2)
    }
  }
}
