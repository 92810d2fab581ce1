import ArgumentParser
import ShanshuiCore
import ShanshuiFrontend
import ShanshuiReports

extension ShanshuiCommand {
  /// `shanshui harmonize`: the criteria of Chongqing, Sichuan and the unified profile side by side (`compare`, the
  /// default), or their impact on a corpus (`impact`).
  struct Harmonize: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "harmonize",
      abstract:
        "Compare the criteria: every parameter's Chongqing, Sichuan and unified values, and unification progress.",
      discussion: """
        Without a subcommand, compare (its options apply: shanshui harmonize --format csv); harmonize impact DIR \
        measures a corpus, also spelled harmonize --corpus DIR.
        """,
      subcommands: [Compare.self, Impact.self],
      defaultSubcommand: Compare.self)
  }
}

extension ShanshuiCommand.Harmonize {
  /// `shanshui harmonize [compare]`: every parameter's values side by side; with `--corpus DIR`, the older spelling of
  /// `harmonize impact DIR`.
  struct Compare: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "compare",
      abstract:
        "Compare the criteria: every parameter's Chongqing, Sichuan and unified values, and unification progress.",
      discussion: """
        For each parameter: the values of both provinces and the unified profile (adopted or provisional), the \
        stricter province, whether a unified value is agreed, provisional or missing (then the stricter provincial \
        value applies), its sources or reasons, and the rules that use it. Exit status: 0 printed; 2 the standard \
        could not be loaded or the output not written; 64 usage error.
        """)

    @OptionGroup var outputOptions: OutputOptions<HarmonizationFormat>

    @Flag(help: "List only the parameters whose provinces differ (the summary still counts every parameter).")
    var onlyDiffering = false

    @Option(
      help: ArgumentHelp(
        "Measure the impact on the submissions in this directory (or file): passes per profile, flips (as harmonize impact).",
        valueName: "dir"))
    var corpus: String?

    @Option(
      help: ArgumentHelp(
        "With --corpus: evaluate proposed unified values: strictest, loosest, or a JSON/XML overlay file.",
        valueName: "strictest|loosest|file"))
    var propose: String?

    @OptionGroup var standardOptions: StandardOptions

    @OptionGroup(title: "Standard version") var versionOptions: VersionSelectionOptions

    func validate() throws {
      if propose != nil && corpus == nil { throw ValidationError("--propose needs --corpus") }
      if corpus != nil && ![.text, .json].contains(outputOptions.format) {
        throw ValidationError(
          "--format \(outputOptions.format.rawValue): the impact on a --corpus is reported as text or json")
      }
    }

    func run() throws {
      let standard = try StandardProvider.loadOrExit(standardOptions, version: versionOptions)
      if let corpus {
        let run = CorpusImpactRun(propose: propose, json: outputOptions.format == .json, language: standardOptions.lang)
        let (text, complete) = try run.impact(of: standard, on: corpus)
        try write(text)
        if !complete { throw ExitCode(2) }
      } else {
        try write(comparison(standard))
      }
    }

    /// The criteria comparison of `standard`, rendered in the chosen format and language.
    func comparison(_ standard: Standard) -> String {
      let report = HarmonizationReport(
        toolVersion: ShanshuiCommand.version, comparison: ParameterComparison(standard: standard),
        language: standardOptions.lang, onlyDiffering: onlyDiffering)
      return outputOptions.format.renderer.render(report)
    }

    private func write(_ text: String) throws { try outputOptions.write(text, language: standardOptions.lang) }
  }
}

extension HarmonizationFormat: ExpressibleByArgument {}
