import ShanshuiCore
import ShanshuiTestSupport
import Testing

/// Every check kind's documented example rule loads and its passing and failing examples behave as declared.
@Suite struct CheckKindTests {
  @Test(arguments: CheckKinds.all.map { $0.description.name })
  func exampleRuleBehavesAsDocumented(kind: String) throws {
    let description = try #require(CheckKinds.named(kind)).description
    let standard = try MiniStandard.load(rules: description.exampleRule)
    let rule = try #require(standard.rules.first)
    let results = ExampleRunner(validator: Validator(standard: standard)).run(rule)
    #expect(results.count >= 2)
    #expect(results.contains { $0.outcome == .fail })
    for result in results {
      #expect(result.passed, "\(rule.id) example \(result.index): \(result.problem?.text(.en) ?? "")")
    }
    for failing in results where failing.outcome == .fail {
      let known = description.placeholders.union(["profile", "path"])
      for finding in failing.findings {
        #expect(finding.severity == rule.severity)
        let left = Set(MessageTemplate.placeholders(in: finding.message.text(.en))).intersection(known)
        #expect(left.isEmpty, "unfilled placeholders \(left) in \(finding.message.text(.en))")
      }
    }
  }

  @Test func kindNamesAreUniqueAndDocumented() {
    let names = CheckKinds.all.map { $0.description.name }
    #expect(Set(names).count == names.count)
    #expect(
      Set(names) == [
        "required", "range", "codelist", "pattern", "count", "sum", "dates", "assert", "pairs", "geometry-valid",
        "area-matches", "within", "disjoint", "overlap", "distance",
      ])
    for kind in CheckKinds.all {
      #expect(kind.description.summary.zh?.isEmpty == false && kind.description.summary.en?.isEmpty == false)
    }
  }
}
