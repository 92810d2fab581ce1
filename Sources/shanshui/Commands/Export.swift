import ArgumentParser
import ShanshuiCore
import ShanshuiFrontend

extension ShanshuiCommand {
  /// `shanshui export`: the standard in other rule languages.
  struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "export",
      abstract: "Export the standard for other tools.",
      subcommands: [Schematron.self])
  }
}

extension ShanshuiCommand.Export {
  /// `shanshui export schematron --profile P`: the standard under one profile as an ISO Schematron schema.
  struct Schematron: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "schematron",
      abstract: "Write the standard, as it applies under one profile, as an ISO Schematron schema (XPath 1.0).",
      discussion: """
        One pattern per rule, the assertion id is the rule id and its role the severity; parameters are global \
        let variables with the profile's values; pattern checks use EXSLT regexp:test. Rules that do not apply \
        under the profile are left out; a rule that cannot be expressed is left out, named in a comment and on \
        standard error. Exit status: 0 written; 2 the standard could not be loaded or the schema not written; \
        64 usage error. See docs/schematron.md.
        """)

    @Option(help: ArgumentHelp("The profile whose criteria the schema states.", valueName: "chongqing|sichuan|unified"))
    var profile: Profile

    @Option(
      help: ArgumentHelp(
        "Write the schema to this file (atomically; - is standard output) instead of standard output.",
        valueName: "file"))
    var output: String?

    @OptionGroup var standardOptions: StandardOptions

    @OptionGroup(title: "Standard version") var versionOptions: VersionSelectionOptions

    func run() throws {
      let standard = try StandardProvider.loadOrExit(standardOptions, version: versionOptions)
      let export = SchematronExporter(standard: standard).export(profile: profile, language: standardOptions.lang)
      for rule in export.unexpressed {
        let note =
          standardOptions.lang == .zh ? "警告：规则 \(rule.ruleID) 无法导出：" : "warning: rule \(rule.ruleID) is not exported: "
        OutputWriter.writeError("shanshui: \(note)\(rule.reason.text(standardOptions.lang))\n")
      }
      try OutputWriter.writeResult(export.text, to: output, language: standardOptions.lang)
    }
  }
}
