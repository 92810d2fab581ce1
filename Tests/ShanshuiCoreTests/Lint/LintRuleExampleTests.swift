import ShanshuiCore
import ShanshuiTestSupport
import Testing

/// Every lint rule's own examples: a triggering one yields that rule's findings and nothing else, a non-triggering one
/// yields nothing at all.
@Suite struct LintRuleExampleTests {
  static let ids = LintRules.all.map(\.id)

  static func lint(_ example: LintExample) throws -> LintResult {
    let files = example.files(toolFiles: try Repository.standardFiles())
    return Linter(toolFiles: files).lint(.inMemory(name: "<example>", files: files))
  }

  static func describe(_ result: LintResult) -> String {
    (result.problems.map { "\($0.code.rawValue) \($0.message.text(.en))" }
      + result.findings.map { "\($0.location.line):\($0.location.column) [\($0.ruleID)] \($0.message.text(.en))" })
      .joined(separator: "\n")
  }

  @Test(arguments: ids) func triggeringExamplesYieldOnlyTheirRule(id: String) throws {
    let rule = try #require(LintRules.rule(id))
    #expect(!rule.triggering.isEmpty)
    for example in rule.triggering {
      let result = try Self.lint(example)
      #expect(result.problems.isEmpty, "\(Self.describe(result))")
      #expect(!result.findings.isEmpty, "\(id): no finding for\n\(example.snippet)")
      #expect(result.findings.allSatisfy { $0.ruleID == id }, "\(id):\n\(Self.describe(result))")
      #expect(
        result.findings.allSatisfy {
          // SL024 is about the set of versions: its findings are on an older version's manifest.
          (id == "SL024"
            ? $0.location.file.hasPrefix("<example>/versions/") : $0.location.file == "<example>/rules/test.xml")
            && $0.location.line > 0 && $0.location.column > 0
        },
        "\(Self.describe(result))")
    }
  }

  @Test(arguments: ids) func nonTriggeringExamplesYieldNothing(id: String) throws {
    let rule = try #require(LintRules.rule(id))
    #expect(!rule.nonTriggering.isEmpty)
    for example in rule.nonTriggering {
      let result = try Self.lint(example)
      #expect(result.problems.isEmpty && result.findings.isEmpty, "\(id):\n\(Self.describe(result))")
    }
  }

  /// The severity policy, checked against the loader: an error is what the loader refuses, a warning loads.
  @Test(arguments: ids) func errorsAreWhatTheLoaderRefuses(id: String) throws {
    let rule = try #require(LintRules.rule(id))
    for example in rule.triggering + rule.nonTriggering {
      let files = example.files(toolFiles: try Repository.standardFiles())
      let standard = try? StandardLoader(toolFiles: files).load(.inMemory(name: "<example>", files: files))
      let loads = standard != nil
      let triggers = !(try Self.lint(example)).findings.isEmpty
      if id == "SL024" {
        // The loader loads one version; the versions a run may judge by are read by their headers, and a set with
        // one name or date twice still orders its versions (the current one wins a tie), so it loads too.
        #expect(loads, "\(example.snippet)")
        continue
      }
      if id == "SL020" {
        // An error of rule language 2, which the loader refuses (E213); language 1 (these examples) still loads, warned.
        #expect(loads && standard?.warnings.contains { $0.code == .boundWithoutUnit } == triggers, "\(example.snippet)")
        continue
      }
      #expect(loads == (!triggers || rule.severity != .error), "\(id): loads \(loads)\n\(example.snippet)")
    }
  }

  @Test func idsAreUniqueAndWellFormed() {
    #expect(Set(Self.ids).count == Self.ids.count)
    #expect(Self.ids.allSatisfy { $0.wholeMatch(of: /SL[0-9]{3}/) != nil })
    #expect(Self.ids == Self.ids.sorted())
    #expect(Set(LintRules.all.map(\.name)).count == LintRules.all.count)
  }
}
