import ShanshuiCore
import ShanshuiTestSupport
import Testing

/// Every fixture yields exactly the findings it declares on its own lines.
@Suite struct FixtureTests {
  static let validator = BundledTestStandard.validator

  static let unwaivable = Set(validator?.standard.rules.filter { !$0.isWaivable }.map(\.id) ?? [])

  /// The fixtures checked here: those that state no reviewer layer (`layer: ROLE=PATH`). The spatial fixtures need
  /// their layers, which `check --layer` loads (ShanshuiFrontend): SpatialFixtureTests checks them.
  public static func fixturesWithoutLayers() throws -> [String] {
    try Repository.fixtures().filter {
      FixtureLayers(text: String(decoding: try Repository.bytes("fixtures/\($0)"), as: UTF8.self)).isEmpty
    }
  }

  @Test(arguments: (try? FixtureTests.fixturesWithoutLayers()) ?? [])
  func fixtureMatchesItsExpectations(name: String) throws {
    let validator = try #require(Self.validator)
    let bytes = try Repository.bytes("fixtures/\(name)")
    let expectations = FixtureExpectations(text: String(decoding: bytes, as: UTF8.self))
    #expect(expectations.expectsNoFindings != !expectations.expectations.isEmpty, "\(name) declares no expectation")
    let result = validator.validate(bytes: bytes, path: name, selection: .auto)
    #expect(result.status == .checked, "\(name): \(result.diagnostics.map { $0.message.text(.en) })")
    // Expectations state what remains even when a reviewer allows the submitter's waivers (`shanshui-ignore` under
    // --inline-suppressions allow): a request on a rule that can be waived silences it, one on a law-based rule not.
    var files = [result]
    _ = SuppressionPolicy(inlineMode: .allow, unwaivable: Self.unwaivable).apply(to: &files)
    let findings = files[0].findings.map { (line: $0.location.line, ruleID: $0.ruleID, profile: $0.profile.rawValue) }
    #expect(expectations.mismatches(findings) == [], "\(name)")
  }

  @Test func thereAreEnoughFixtures() throws {
    let names = try Repository.fixtures()
    #expect(names.count >= 8)
    let texts = try names.map { String(decoding: try Repository.bytes("fixtures/\($0)"), as: UTF8.self) }
    #expect(texts.contains { $0.contains("<!-- expect-no-findings -->") })
    #expect(texts.contains { $0.contains("<!-- expect") && !$0.contains("expect-no-findings") })
  }
}
