import ArgumentParser
import Foundation
import ShanshuiBundledStandard
import ShanshuiCore
import ShanshuiFrontend
import ShanshuiReports

extension ShanshuiCommand {
  /// `shanshui lint`: what the rule-document schema cannot see, every defect at once, for editors of the standard.
  struct Lint: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "lint",
      abstract: "Check a standard's rule documents beyond their schema; report every defect with its lint rule id.",
      discussion: """
        Reports file:line:column and a lint rule id (SL001…, see docs/lint.md) for every defect: schema errors, \
        duplicate ids, unknown parameters, codelists and sources, unit mismatches, XPath errors (with a caret under \
        the offset), unknown functions and prefixes, missing translations, examples and sources. \
        With rule documents as arguments (shanshui lint standards/rules/soil.xml), each is linted in the context of \
        its standard: the nearest standard.xml above it that includes it, or --standard; only the named files' \
        findings are reported. Exit status: 0 no finding at or above --fail-on; 1 findings; 2 a file could not be \
        read or parsed (the others are still linted); 64 usage error.
        """)

    @Argument(
      help: ArgumentHelp(
        "The standard to lint (a directory or manifest, same as --standard), or rule documents to lint in the context of their standard.",
        valueName: "path"))
    var paths: [String] = []

    @OptionGroup var outputOptions: OutputOptions<LintFormat>

    @Option(help: "Lowest severity that makes the exit status 1: error, warning, info or never.")
    var failOn: FailOn = .error

    @OptionGroup var standardOptions: StandardOptions

    func validate() throws {
      let directories = paths.filter(Self.isDirectory)
      if !directories.isEmpty && standardOptions.standard != nil {
        throw ValidationError("give the standard once: as an argument or with --standard")
      }
      if !directories.isEmpty && paths.count > 1 {
        throw ValidationError("give one standard directory, or rule documents: not both, nor several directories")
      }
      _ = try targets()
    }

    static func isDirectory(_ path: String) -> Bool {
      var isDirectory: ObjCBool = false
      return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
    }

    /// A directory (or nothing) lints a whole standard; files lint each in the context of its standard.
    func targets() throws -> [LintTarget] {
      guard !paths.isEmpty, !paths.contains(where: Self.isDirectory) else {
        let source =
          (paths.first ?? standardOptions.standard).map(StandardSource.at) ?? BundledStandard.sourceWithVersionManifests
        return [LintTarget(source: source)]
      }
      do {
        return try LintTarget.locate(paths, standard: standardOptions.standard)
      } catch {
        throw ValidationError(error.message.text(standardOptions.lang))
      }
    }

    func run() throws {
      let result = Linter(toolFiles: BundledStandard.files).lint(try targets())
      let report = LintReport(toolVersion: ShanshuiCommand.version, result: result, language: standardOptions.lang)
      try outputOptions.write(outputOptions.format.render(report), language: standardOptions.lang)
      if !result.problems.isEmpty { throw ExitCode(2) }
      if result.findings.contains(where: { failOn.fails($0.severity) }) { throw ExitCode(1) }
    }
  }
}

extension LintFormat: ExpressibleByArgument {}
