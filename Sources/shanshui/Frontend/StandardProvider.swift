import ArgumentParser
import ShanshuiBundledStandard
import ShanshuiCore

/// Loads the standard a command works on: `--standard PATH`, or the one compiled into the binary.
enum StandardProvider {
  static func load(_ path: String?) -> Result<Standard, StandardLoader.Failure> {
    // The bundled standard's example edits are verified by the test suite (BundledStandardTests) before it is built
    // in; re-applying them would add a third to every start-up. A standard given by path is checked in full.
    let loader = StandardLoader(toolFiles: BundledStandard.files, checksExampleEdits: path != nil)
    let source = path.map(StandardSource.at) ?? BundledStandard.source
    return Result { () throws(StandardLoader.Failure) in try loader.load(source) }
  }

  /// The standard, or, when it is broken, its problems on standard error and exit status 2.
  static func loadOrExit(_ options: StandardOptions) throws -> Standard {
    guard let standard = loadReportingProblems(options.standard, language: options.lang) else { throw ExitCode(2) }
    return standard
  }
}
