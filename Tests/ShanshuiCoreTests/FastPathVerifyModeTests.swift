import ShanshuiTestSupport
import ShanshuiXML
import Testing

@testable import ShanshuiCore

/// Verify mode bites: with a defect injected into the fast path (`FastPathFault`), a validator in verify mode reports
/// E400 naming the rule, the file, the line, the node and both verdicts, and without verify mode the same defect
/// silently changes the verdict, which is why the mode exists.
@Suite struct FastPathVerifyModeTests {
  /// Issue 13's shape: a unit of the base submission has 1200 ha = 12 km², over the limit of 10 km².
  static let predicateTest = "not(s:units/s:unit[ss:quantity(s:area, 'km2') &gt; $test-limit])"

  static func rule(_ id: String, context: String, test: String) -> String {
    """
    <rule id="\(id)" severity="error">
      <title lang="zh">单元面积</title><title lang="en">Unit area</title>
      <message lang="zh">单元面积超过上限</message><message lang="en">A unit's area exceeds the limit</message>
      <source ref="test-source" clause="art. 1"/>
      <context>\(context)</context>
      <assert test="\(test)"/>
      <example outcome="pass" profile="chongqing"><set path="units/unit/area">500</set></example>
      <example outcome="fail" profile="chongqing"/>
    </rule>
    """
  }

  static func standard() throws -> Standard {
    try MiniStandard.load(
      rules: rule("SS-TST-001", context: "/s:submission", test: predicateTest)
        + rule("SS-TST-002", context: "/s:submission/s:units/s:unit", test: "ss:quantity(s:area, 'ha') &lt; 1000"),
      parameters: FastPathPredicateParameterTests.limit)
  }

  /// The base submission with every unit area set to `hectares` (a compliant file for both rules when small).
  static func base(_ standard: Standard, unitArea hectares: Int? = nil) throws -> [UInt8] {
    let base = String(decoding: try #require(standard.exampleBase), as: UTF8.self)
    guard let hectares else { return Array(base.utf8) }
    return Array(
      base.replacingOccurrences(of: "<area unit=\"ha\">1200</area>", with: "<area unit=\"ha\">\(hectares)</area>").utf8)
  }

  func check(_ validator: Validator, _ bytes: [UInt8], path: String = "t.xml") -> FileResult {
    validator.validate(bytes: bytes, path: path, selection: .forced(.chongqing))
  }

  @Test func withoutAFaultVerifyModeAgreesAndChangesNothing() throws {
    let standard = try Self.standard()
    let bytes = try Self.base(standard)
    let plain = check(Validator(standard: standard, verifyFastPath: false), bytes)
    let verifying = Validator(standard: standard, verifyFastPath: true)
    let verified = check(verifying, bytes)
    #expect(verified.diagnostics.isEmpty, "\(verified.diagnostics.map { $0.message.text(.en) })")
    #expect(plain.findings.map(\.ruleID) == ["SS-TST-001", "SS-TST-002"])
    #expect(verified.findings == plain.findings)
    // Verify mode did take decisions again: SS-TST-002's context and assert (decided in place).
    let document = try XMLDocument.parse(bytes, url: "t.xml", dropIgnorableWhitespace: true)
    #expect(verifying.run(document, path: "t.xml", selection: .forced(.chongqing)).verifiedDecisions >= 2)
  }

  @Test func aParameterReadAsNaNInsideAPredicateIsAnInternalErrorInVerifyMode() throws {
    let standard = try Self.standard()
    let bytes = try Self.base(standard)
    // The fault puts SS-TST-001 back on the fast path, which reads $test-limit as NaN inside the predicate.
    let faulty = Validator(standard: standard, limits: Limits(), verifyFastPath: false, fault: .parametersInPredicates)
    #expect(faulty.ruleTable.inPlace.compactMap { $0 }.count == 2, "the fault must reach the fast path")
    let honest = check(Validator(standard: standard, verifyFastPath: false), bytes)
    let expected = try #require(honest.findings.first { $0.ruleID == "SS-TST-001" })

    // Without verify mode: a false pass, and nothing says so.
    let silent = check(faulty, bytes)
    #expect(silent.diagnostics.isEmpty)
    #expect(!silent.findings.contains { $0.ruleID == "SS-TST-001" })

    // In verify mode: E400 on the context node, naming rule, file, line, node and both verdicts.
    let verifying = Validator(
      standard: standard, limits: Limits(), verifyFastPath: true, fault: .parametersInPredicates)
    let result = check(verifying, bytes)
    let errors = result.diagnostics.filter { $0.code == .fastPathDisagreement }
    #expect(errors.count == 1 && result.diagnostics.count == 1, "\(result.diagnostics.map { $0.message.text(.en) })")
    let error = try #require(errors.first)
    #expect(error.location == SourceLocation(file: "t.xml", line: expected.location.line))
    let english = error.message.text(.en)
    for part in [
      "SS-TST-001", "t.xml:\(expected.location.line)", "node \(expected.path)", "under chongqing",
      "assert not(s:units/s:unit[ss:quantity(s:area, 'km2') > $test-limit])", "fast path true (pass)",
      "libxml2 false (fail)",
    ] {
      #expect(english.contains(part), "\(part) missing from: \(english)")
    }
    #expect(error.message.text(.zh).contains("快速路径 成立，libxml2 不成立"), "\(error.message.text(.zh))")
  }

  @Test func aLostContextNodeIsAnInternalErrorInVerifyMode() throws {
    let standard = try Self.standard()
    let bytes = try Self.base(standard)
    let honest = check(Validator(standard: standard, verifyFastPath: false), bytes)
    let expected = try #require(honest.findings.first { $0.ruleID == "SS-TST-002" })
    #expect(expected.path == "/submission/units/unit[@id='U1']")

    let silent = check(
      Validator(standard: standard, limits: Limits(), verifyFastPath: false, fault: .dropLastContextNode), bytes)
    #expect(silent.diagnostics.isEmpty)
    #expect(!silent.findings.contains { $0.ruleID == "SS-TST-002" })

    let result = check(
      Validator(standard: standard, limits: Limits(), verifyFastPath: true, fault: .dropLastContextNode), bytes)
    let english = result.diagnostics.filter { $0.code == .fastPathDisagreement }.map { $0.message.text(.en) }
    // Both contexts lose their last node: /submission (SS-TST-001) and the unit (SS-TST-002).
    #expect(english.count == 2, "\(english)")
    let unit = try #require(english.first { $0.contains("SS-TST-002") })
    for part in [
      "t.xml:\(expected.location.line)", "node /submission/units/unit", "context /s:submission/s:units/s:unit",
      "fast path does not select it, libxml2 selects it",
    ] {
      #expect(unit.contains(part), "\(part) missing from: \(unit)")
    }
  }

  @Test func theOtherFilesOfABatchAreStillChecked() throws {
    let standard = try Self.standard()
    let verifying = Validator(
      standard: standard, limits: Limits(), verifyFastPath: true, fault: .parametersInPredicates)
    let broken = check(verifying, try Self.base(standard), path: "a.xml")
    // 500 ha = 5 km² and 1000 ha = 10 km² are not over the limit: the faulty fast path and libxml2 agree on these files.
    let fine = check(verifying, try Self.base(standard, unitArea: 500), path: "b.xml")
    let failing = check(verifying, try Self.base(standard, unitArea: 1000), path: "c.xml")
    #expect(broken.diagnostics.map(\.code) == [.fastPathDisagreement])
    #expect(fine.status == .checked && fine.diagnostics.isEmpty && fine.findings.isEmpty)
    #expect(failing.diagnostics.isEmpty && failing.findings.map(\.ruleID) == ["SS-TST-002"])
  }
}
