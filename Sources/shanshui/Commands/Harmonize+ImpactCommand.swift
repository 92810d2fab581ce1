import ArgumentParser
import ShanshuiCore
import ShanshuiFrontend
import ShanshuiReports

extension ShanshuiCommand.Harmonize {
  /// `shanshui harmonize impact DIR`: the impact of the provinces' differences, and of a proposal, on a corpus. The
  /// older spelling `harmonize --corpus DIR` runs the same and stays accepted.
  struct Impact: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "impact",
      abstract: "Measure the impact on a corpus of submissions: passes per profile, flips, and a proposal's effect.",
      discussion: """
        The same as harmonize --corpus DIR (still accepted). Exit status: 0 printed; 2 the standard, a submission \
        or the proposal could not be read or checked, or the corpus is empty; 64 usage error. See \
        docs/harmonization.md.
        """)

    @Argument(help: ArgumentHelp("The submissions: a directory (or one file).", valueName: "dir"))
    var corpus: String

    @Option(
      help: ArgumentHelp(
        "Evaluate proposed unified values: strictest, loosest, or a JSON/XML overlay file.",
        valueName: "strictest|loosest|file"))
    var propose: String?

    @OptionGroup var outputOptions: OutputOptions<ImpactFormat>

    @OptionGroup var standardOptions: StandardOptions

    @OptionGroup(title: "Standard version") var versionOptions: VersionSelectionOptions

    func run() throws {
      let standard = try StandardProvider.loadOrExit(standardOptions, version: versionOptions)
      let run = CorpusImpactRun(propose: propose, json: outputOptions.format == .json, language: standardOptions.lang)
      let (text, complete) = try run.impact(of: standard, on: corpus)
      try outputOptions.write(text, language: standardOptions.lang)
      if !complete { throw ExitCode(2) }
    }
  }
}

/// The formats of the impact on a corpus.
enum ImpactFormat: String, CaseIterable, OutputFormat {
  case text, json

  static var byDefault: ImpactFormat { .text }
  static var formatHelp: String { "Output format: text or versioned JSON." }
  static var resultName: String { "the impact" }
}
