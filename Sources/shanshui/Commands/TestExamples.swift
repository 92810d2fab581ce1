import ArgumentParser
import ShanshuiCore
import ShanshuiFrontend

extension ShanshuiCommand {
  /// `shanshui test`: run every rule's examples, as an editor does after changing a rule document.
  struct TestExamples: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "test",
      abstract: "Run the passing and failing examples of every rule of a standard; exit 1 if any misbehaves.")

    @Option(help: "Only the rules whose id starts with this prefix.")
    var rule: String?

    @Flag(help: "List only the rules that fail.")
    var failuresOnly = false

    @OptionGroup var standardOptions: StandardOptions

    @OptionGroup(title: "Standard version") var versionOptions: VersionSelectionOptions

    func run() throws {
      let language = standardOptions.lang
      let standard = try StandardProvider.loadOrExit(standardOptions, version: versionOptions)
      let runner = ExampleRunner(validator: Validator(standard: standard))
      let rules = standard.rules.filter { rule.map($0.id.hasPrefix) ?? true }
      if rules.isEmpty { throw ValidationError("--rule \(rule ?? ""): no rule id starts with it") }
      var output = ""
      var examples = (passed: 0, failed: 0)
      var failedRules = 0
      for rule in rules {
        let results = runner.run(rule)
        let failures = results.filter { !$0.passed }
        examples.passed += results.count - failures.count
        examples.failed += failures.count
        if failures.isEmpty {
          if !failuresOnly { output += "\(rule.id)  pass  \(results.count) \(language == .zh ? "个示例" : "examples")\n" }
          continue
        }
        failedRules += 1
        output += "\(rule.id)  FAIL\n"
        for failure in failures {
          output +=
            "    \(failure.location.file):\(failure.location.line): example \(failure.index) (\(failure.outcome.rawValue)): \(failure.problem?.text(language) ?? "")\n"
        }
      }
      output +=
        language == .zh
        ? "规则 \(rules.count) 条，\(failedRules) 条未通过\n"
        : "\(rules.count) rules, \(failedRules) failing\n"
      output += "examples: \(examples.passed) passed, \(examples.failed) failed\n"
      try OutputWriter.writeResult(output, to: nil, language: language)
      if examples.failed > 0 { throw ExitCode(1) }
    }
  }
}
