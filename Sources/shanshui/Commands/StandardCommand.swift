import ArgumentParser
import ShanshuiCore
import ShanshuiFrontend
import ShanshuiReports

extension ShanshuiCommand {
  /// `shanshui standard`: about the standard itself; `standard versions` lists its versions.
  struct StandardCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "standard",
      abstract: "About the standard itself: its versions.",
      subcommands: [Versions.self])
  }
}

extension ShanshuiCommand.StandardCommand {
  /// `shanshui standard versions`: every version with its effective date, and the one in force.
  struct Versions: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "versions",
      abstract: "List the versions of the standard with their effective dates, oldest first.",
      discussion: """
        The current version (standard.xml) and each frozen one under versions/ (docs/editing-the-standard.md, \
        Standard versions). A submission is judged by the version in force on its call date: the latest effective \
        on or before it. Older versions are known by their manifests alone (not loaded). Exit status: 0 listed; 2 the standard or a version's manifest \
        could not be read, or the output not written; 64 usage error.
        """)

    @OptionGroup var outputOptions: OutputOptions<VersionListFormat>

    @Option(help: ArgumentHelp("Mark the version in force on this date (default: today).", valueName: "date"))
    var asOf: CalendarDate?

    @OptionGroup var standardOptions: StandardOptions

    func run() throws {
      let versioned = try StandardProvider.loadVersionsOrExit(standardOptions.standard, language: standardOptions.lang)
      let text = outputOptions.format.render(
        versioned.set, on: asOf ?? .today(), language: standardOptions.lang)
      try outputOptions.write(text, language: standardOptions.lang)
    }
  }
}

extension VersionListFormat: OutputFormat {
  static var byDefault: VersionListFormat { .text }
  static var formatHelp: String { "Output format: text or json." }
  static var resultName: String { "the list" }
}
