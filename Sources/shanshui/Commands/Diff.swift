import ArgumentParser
import ShanshuiCore
import ShanshuiFrontend
import ShanshuiReports

extension ShanshuiCommand {
  /// `shanshui diff OLD NEW`: what changed between two versions of a standard, like diff(1) for rule documents.
  struct Diff: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "diff",
      abstract: "List what changed between two versions of a standard: rules, parameters per profile, codelists.",
      discussion: """
        OLD and NEW are standards as for --standard (a directory with standard.xml, a manifest, or one rule \
        document); both are loaded and checked in full. Rules, parameters, codelists and source documents are \
        compared by id: added, removed, and changed field by field (severity, context and check, messages, \
        per-profile values, codes). --format markdown writes a changelog for release notes. Exit status: 0 the \
        versions are identical; 1 they differ; 2 a version could not be loaded or the output not written; 64 usage \
        error.
        """)

    @Argument(help: ArgumentHelp("The old version of the standard.", valueName: "old"))
    var old: String

    @Argument(help: ArgumentHelp("The new version of the standard.", valueName: "new"))
    var new: String

    @OptionGroup var outputOptions: OutputOptions<DiffFormat>

    @Option(help: "Language of labels and titles: zh or en.")
    var lang: Language = .zh

    func run() throws {
      // Load both before giving up, so an editor sees every problem of both versions at once.
      let oldStandard = StandardProvider.loadReportingProblems(old, language: lang)
      let newStandard = StandardProvider.loadReportingProblems(new, language: lang)
      guard let oldStandard, let newStandard else { throw ExitCode(2) }
      let diff = StandardDiff(old: oldStandard, new: newStandard)
      let report = DiffReport(toolVersion: ShanshuiCommand.version, diff: diff, language: lang)
      try outputOptions.write(outputOptions.format.renderer.render(report), language: lang)
      if !diff.isEmpty { throw ExitCode(1) }
    }
  }
}

extension DiffFormat: ExpressibleByArgument {}
