import ShanshuiCore
import ShanshuiTestSupport
import Testing

@Suite struct SubmissionGeneratorTests {
  static let standard = try? BundledTestStandard.standard()

  @Test func generatesAValidCompliantSubmissionOfTheRequestedSize() throws {
    let standard = try #require(Self.standard)
    let bytes = try SubmissionGenerator(units: 3000).generate(from: try #require(standard.exampleBase))
    #expect(bytes.count > 1_500_000)
    let result = Validator(standard: standard).validate(bytes: bytes, path: "generated.xml", selection: .auto)
    #expect(result.status == .checked, "\(result.diagnostics.prefix(3).map { $0.message.text(.en) })")
    #expect(result.findings.map(\.ruleID).isEmpty)
  }

  @Test func isDeterministicAndSeedDependent() throws {
    let base = try #require(Self.standard?.exampleBase)
    let first = try SubmissionGenerator(units: 50, seed: 7).generate(from: base)
    #expect(first == (try SubmissionGenerator(units: 50, seed: 7).generate(from: base)))
    #expect(first != (try SubmissionGenerator(units: 50, seed: 8).generate(from: base)))
  }

  @Test func injectedFaultsAreExactlyTheFindings() throws {
    let standard = try #require(Self.standard)
    let bytes = try SubmissionGenerator(units: 1000, faultEvery: 100).generate(from: try #require(standard.exampleBase))
    let result = Validator(standard: standard).validate(bytes: bytes, path: "faulty.xml", selection: .auto)
    #expect(result.status == .checked)
    let modeRule = try #require(standard.rules.first { ($0.check as? CodelistCheck)?.list == "restoration-modes" })
    let modeFindings = result.findings.filter { $0.ruleID == modeRule.id }
    #expect(modeFindings.map(\.anchoredPath) == (1...10).map { "unit[@id='U\($0 * 100)']/@mode" })
    // Whatever else fires, fires only on the faulty units.
    for finding in result.findings {
      #expect(
        (1...10).contains { finding.anchoredPath.hasPrefix("unit[@id='U\($0 * 100)']") },
        "\(finding.ruleID) \(finding.anchoredPath)")
    }
  }

  @Test func refusesABaseWithoutUnits() {
    #expect(throws: SubmissionGenerator.Failure.self) {
      try SubmissionGenerator(units: 2).generate(from: Array("<submission/>".utf8))
    }
  }
}
