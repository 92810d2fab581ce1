import ArgumentParser
import ShanshuiCore

extension ShanshuiCommand {
  /// `shanshui test`: run every rule's examples, as an editor does after changing a rule document.
  struct TestExamples: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "test",
      abstract: "Run the passing and failing examples of every rule of a standard.")

    @Option(help: "Only the rules whose id starts with this prefix.")
    var rule: String?

    @OptionGroup var standardOptions: StandardOptions

    func run() throws {
      let language = standardOptions.lang
      let standard: Standard
      switch StandardProvider.load(standardOptions.standard) {
      case .failure(let failure):
        for diagnostic in failure.diagnostics {
          OutputWriter.writeError(
            "\(diagnostic.location.file):\(diagnostic.location.line):\(diagnostic.location.column): error: [\(diagnostic.code.rawValue)] \(diagnostic.message.text(language))\n")
        }
        throw ExitCode(2)
      case .success(let loaded):
        standard = loaded
      }
      let runner = ExampleRunner(validator: Validator(standard: standard))
      let rules = standard.rules.filter { rule.map($0.id.hasPrefix) ?? true }
      var passed = 0
      var failed = 0
      var output = ""
      for rule in rules {
        for result in runner.run(rule) {
          if let problem = result.problem {
            failed += 1
            output += "\(result.location.file):\(result.location.line): error: [\(result.ruleID)] example \(result.index) (\(result.outcome.rawValue)): \(problem.text(language))\n"
          } else {
            passed += 1
          }
        }
      }
      output += "\(passed) passed, \(failed) failed\n"
      try OutputWriter.write(output, to: nil)
      if failed > 0 { throw ExitCode(1) }
    }
  }
}
