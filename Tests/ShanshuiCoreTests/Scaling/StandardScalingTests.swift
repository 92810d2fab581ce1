import ShanshuiCore
import ShanshuiTestSupport
import Testing

/// The loader's, lint's and diff's loops over a standard's content (a rule document may come from an untrusted pull
/// request), at 10× and 100× a base: one rule of each check kind (8 rules) copied 10 and 100 times; the bundled
/// divisions codelist (350 codes) at 3,500 and 35,000 codes; 300 and 3,000 parameters.
@Suite struct StandardScalingTests {
  static func load(copies: Int, codes: Int = 1, parameters: Int = 1) throws -> Standard {
    try MiniStandard.load(
      rules: ScaledInputs.rules(copies: copies), parameters: ScaledInputs.parameters(count: parameters),
      codelists: ScaledInputs.codelist(entries: codes))
  }

  @Test func loadingGrowsLinearlyWithRules() throws {
    #expect(try Self.load(copies: 100).rules.count == 100 * CheckKinds.all.count)
    let measured = try Scaling.ratio(
      small: { _ = try Self.load(copies: 10) }, large: { _ = try Self.load(copies: 100) })
    #expect(measured.isWithinBound, "\(measured)")
  }

  @Test func loadingGrowsLinearlyWithCodelistEntries() throws {
    #expect(try Self.load(copies: 1, codes: 35_000).codelists["scaled-list"]?.codes.count == 35_000)
    let measured = try Scaling.ratio(
      small: { _ = try Self.load(copies: 1, codes: 3_500) }, large: { _ = try Self.load(copies: 1, codes: 35_000) })
    #expect(measured.isWithinBound, "\(measured)")
  }

  @Test func loadingGrowsLinearlyWithParameters() throws {
    #expect(try Self.load(copies: 1, parameters: 3_000).parameters.count > 3_000)
    let measured = try Scaling.ratio(
      small: { _ = try Self.load(copies: 1, parameters: 300) },
      large: { _ = try Self.load(copies: 1, parameters: 3_000) })
    #expect(measured.isWithinBound, "\(measured)")
  }

  @Test func lintGrowsLinearlyWithRules() throws {
    func lint(_ copies: Int) throws -> LintResult {
      let files = try MiniStandard.files(rules: ScaledInputs.rules(copies: copies))
      return Linter(toolFiles: files).lint(.inMemory(name: "<scaled>", files: files))
    }
    #expect(try lint(100).problems.isEmpty)
    let measured = try Scaling.ratio(small: { _ = try lint(10) }, large: { _ = try lint(100) })
    #expect(measured.isWithinBound, "\(measured)")
  }

  @Test func diffGrowsLinearlyWithRules() throws {
    let pairs = try [10, 100].map { copies in
      (try Self.load(copies: copies), try Self.load(copies: copies, parameters: 2))
    }
    #expect(!StandardDiff(old: pairs[1].0, new: pairs[1].1).parameters.isEmpty)
    let measured = Scaling.ratio(
      small: { _ = StandardDiff(old: pairs[0].0, new: pairs[0].1) },
      large: { _ = StandardDiff(old: pairs[1].0, new: pairs[1].1) })
    #expect(measured.isWithinBound, "\(measured)")
  }
}
