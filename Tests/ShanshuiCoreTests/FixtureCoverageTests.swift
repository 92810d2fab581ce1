import ShanshuiCore
import ShanshuiTestSupport
import Testing

/// Every rule fires on at least one fixture and stays silent on at least one other: no rule goes untested on a real
/// submission, and none fires everywhere.
@Suite struct FixtureCoverageTests {
  @Test func everyRuleFiresOnAFixtureAndIsSilentOnAnother() throws {
    let validator = try #require(FixtureTests.validator)
    let names = try Repository.fixtures()
    var firing: [String: Set<String>] = [:]
    for name in names {
      let result = validator.validate(bytes: try Repository.bytes("fixtures/\(name)"), path: name, selection: .auto)
      for finding in result.findings { firing[finding.ruleID, default: []].insert(name) }
    }
    for rule in validator.standard.rules {
      let fixtures = firing[rule.id] ?? []
      #expect(!fixtures.isEmpty, "\(rule.id) fires on no fixture")
      #expect(fixtures.count < names.count, "\(rule.id) fires on every fixture")
    }
  }
}
