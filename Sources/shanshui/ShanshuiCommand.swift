import ArgumentParser
import ShanshuiFrontend

/// `shanshui`: checks ecological-restoration project submissions against the Chengdu–Chongqing joint standard.
@main
struct ShanshuiCommand: ParsableCommand {
  static let version = ToolVersion.current

  static let configuration = CommandConfiguration(
    commandName: "shanshui",
    abstract: "Check restoration project submissions against the Chengdu–Chongqing joint standard (山水).",
    discussion: """
      Exit status: 0 no finding at or above --fail-on; 1 findings; 2 some input or the standard could not be \
      checked (the other inputs are still checked and reported); 64 usage error.
      """,
    version: version,
    subcommands: [
      Check.self, TestExamples.self, Generate.self, Init.self, Harmonize.self, Lint.self, Explain.self, Diff.self,
      Doc.self,
      Export.self, StandardCommand.self, Geometry.self, Merge.self,
    ],
    defaultSubcommand: Check.self)
}
