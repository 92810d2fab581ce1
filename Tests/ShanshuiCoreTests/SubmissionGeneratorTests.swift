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

  /// Version 2 adds the eligibility, performance and plan sections, consistent with the generated units and budgets:
  /// the version-2 rules run on them (a central integrated project) and find nothing.
  @Test func generatesAConsistentVersion2Submission() throws {
    let standard = try #require(Self.standard)
    let bytes = try SubmissionGenerator(units: 200, formatVersion: 2).generate(from: try #require(standard.exampleBase))
    let text = String(decoding: bytes, as: UTF8.self)
    #expect(text.contains("formatVersion=\"2\""))
    #expect(text.components(separatedBy: "<otherCentralFunds/>").count - 1 == 400)
    #expect(text.contains("<performance>") && text.contains("<plan>") && text.contains("<eligibility>"))
    let result = Validator(standard: standard).validate(bytes: bytes, path: "generated.xml", selection: .auto)
    #expect(result.status == .checked, "\(result.diagnostics.prefix(3).map { $0.message.text(.en) })")
    #expect(result.findings.map(\.ruleID).isEmpty)
    // The rules did read the sections: a wrong cost is found.
    let wrong = text.replacingOccurrences(
      of: "<cost name=\"项目总投入\" unit=\"yuan\">", with: "<cost name=\"项目总投入\" unit=\"yuan\">1")
    let broken = Validator(standard: standard).validate(bytes: Array(wrong.utf8), path: "g.xml", selection: .auto)
    #expect(broken.findings.map(\.ruleID) == ["SS-PRF-005"])
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
