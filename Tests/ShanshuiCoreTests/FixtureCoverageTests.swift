import ShanshuiCore
import ShanshuiTestSupport
import Testing

/// Every rule fires on at least one fixture and stays silent on at least one other: no rule goes untested on a real
/// submission, and none fires everywhere. The spatial rules are covered by SpatialFixtureTests, on the fixtures that
/// state their reviewer layers (loaded by `check --layer`, outside ShanshuiCore).
@Suite struct FixtureCoverageTests {
  @Test func everyRuleFiresOnAFixtureAndIsSilentOnAnother() throws {
    let validator = try #require(FixtureTests.validator)
    let names = try FixtureTests.fixturesWithoutLayers()
    var firing: [String: Set<String>] = [:]
    for name in names {
      let result = validator.validate(bytes: try Repository.bytes("fixtures/\(name)"), path: name, selection: .auto)
      for finding in result.findings { firing[finding.ruleID, default: []].insert(name) }
    }
    for rule in validator.standard.rules where !(rule.check is any SpatialRuleCheck) {
      let fixtures = firing[rule.id] ?? []
      #expect(!fixtures.isEmpty, "\(rule.id) fires on no fixture")
      #expect(fixtures.count < names.count, "\(rule.id) fires on every fixture")
    }
  }
}
