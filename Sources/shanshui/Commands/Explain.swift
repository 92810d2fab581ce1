import ArgumentParser
import ShanshuiCore
import ShanshuiFrontend
import ShanshuiReports

extension ShanshuiCommand {
  /// `shanshui explain RULE-ID`: one rule, explained for a reader of the standard.
  struct Explain: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "explain",
      abstract:
        "Explain a rule: what it checks, why (source and clause), its values per profile with status, its examples.",
      discussion: """
        Exit status: 0 explained; 2 the standard could not be loaded or the output not written; 64 usage error, \
        including an unknown rule id (the nearest ids are suggested).
        """)

    @Argument(help: ArgumentHelp("The rule's id, e.g. SS-RIV-001.", valueName: "rule-id"))
    var ruleID: String?

    @Flag(help: "List the reviewer-layer roles the standard declares (for check --layer ROLE=PATH) instead of a rule.")
    var layers = false

    @OptionGroup var outputOptions: OutputOptions<ExplainFormat>

    @OptionGroup var standardOptions: StandardOptions

    @OptionGroup(title: "Standard version") var versionOptions: VersionSelectionOptions

    func validate() throws {
      if layers == (ruleID != nil) { throw ValidationError("give a rule id, or --layers") }
    }

    func run() throws {
      let language = standardOptions.lang
      let standard = try StandardProvider.loadOrExit(standardOptions, version: versionOptions)
      guard let ruleID else {
        try outputOptions.write(LayerRolesText.render(standard, language: language), language: language)
        return
      }
      guard let rule = standard.rule(ruleID) ?? standard.rule(ruleID.uppercased()) else {
        let near = RuleIDSuggestion.suggestions(for: ruleID, among: standard.rules.map(\.id))
        let hint =
          near.isEmpty ? "" : (language == .zh ? "；您是否要找 " : "; did you mean ") + near.joined(separator: ", ") + "?"
        OutputWriter.writeError(
          (language == .zh ? "shanshui: 错误：标准中没有规则 \(ruleID)" : "shanshui: error: the standard has no rule \(ruleID)")
            + hint + "\n")
        throw ExitCode(64)
      }
      let explanation = RuleExplanation(rule: rule, in: standard)
      try outputOptions.write(outputOptions.format.render(explanation, language: language), language: language)
    }
  }
}

extension ExplainFormat: ExpressibleByArgument {}
