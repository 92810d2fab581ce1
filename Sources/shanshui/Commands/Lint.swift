import ArgumentParser
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
        the offset), unknown functions and prefixes, missing translations, examples and sources. Exit status: 0 no \
        finding at or above --fail-on; 1 findings; 2 a file could not be read or parsed (the others are still \
        linted); 64 usage error.
        """)

    @Argument(help: ArgumentHelp("The standard to lint (same as --standard).", valueName: "path"))
    var path: String?

    @OptionGroup var outputOptions: OutputOptions<LintFormat>

    @Option(help: "Lowest severity that makes the exit status 1: error, warning or never.")
    var failOn: FailOn = .error

    @OptionGroup var standardOptions: StandardOptions

    func validate() throws {
      if path != nil && standardOptions.standard != nil {
        throw ValidationError("give the standard once: as an argument or with --standard")
      }
    }

    func run() throws {
      let source =
        (path ?? standardOptions.standard).map(StandardSource.at) ?? BundledStandard.sourceWithVersionManifests
      let result = Linter(toolFiles: BundledStandard.files).lint(source)
      let report = LintReport(toolVersion: ShanshuiCommand.version, result: result, language: standardOptions.lang)
      try outputOptions.write(outputOptions.format.render(report), language: standardOptions.lang)
      if !result.problems.isEmpty { throw ExitCode(2) }
      if result.findings.contains(where: { failOn.fails($0.severity) }) { throw ExitCode(1) }
    }
  }
}

extension LintFormat: ExpressibleByArgument {}
