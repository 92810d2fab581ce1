import ShanshuiTestSupport
import Testing

@testable import ShanshuiCore

/// A `$parameter` inside a predicate (issue 13): direct tree access evaluates predicates without variables, so it
/// read the parameter as NaN and `not(…[… > $limit])` always held. Such a test now stays with libxml2, and decides
/// as libxml2 does.
@Suite struct FastPathPredicateParameterTests {
  static let namespaces = ["s": Namespaces.submission, "ss": Namespaces.functions]

  static let limit = """

        <parameter id="test-limit" unit="km2" stricter="lower">
          <title lang="zh">上限</title><title lang="en">Limit</title>
          <value profile="chongqing" status="adopted" value="10"><source ref="test-source"/></value>
        </parameter>
    """

  static func rule(_ id: String, _ test: String) -> String {
    """
    <rule id="\(id)" severity="error">
      <title lang="zh">单元面积</title><title lang="en">Unit area</title>
      <message lang="zh">单元面积超过上限</message><message lang="en">A unit's area exceeds the limit</message>
      <source ref="test-source" clause="art. 1"/>
      <context>/s:submission</context>
      <assert test="\(test)"/>
      <example outcome="pass" profile="chongqing"><set path="units/unit/area">500</set></example>
      <example outcome="fail" profile="chongqing"/>
    </rule>
    """
  }

  @Test func aParameterInsideAPredicateIsLeftToXPath() {
    for xpath in [
      "not(s:units/s:unit[ss:quantity(s:area, 'km2') > $test-limit])",
      "s:units/s:unit[ss:quantity(s:area, 'km2') > $test-limit]",
      "s:units/s:unit[s:subproject[ss:quantity(s:area, 'ha') < 2 * $test-limit]]",
    ] {
      #expect(ContextPath.condition(xpath, namespaces: Self.namespaces) == nil, "\(xpath)")
    }
    #expect(
      ContextPath("/s:submission/s:units/s:unit[ss:quantity(s:area, 'km2') > $test-limit]", namespaces: Self.namespaces)
        == nil)
    // Outside a predicate a parameter is in scope, and stays in place.
    #expect(ContextPath.condition("ss:quantity(s:area, 'km2') <= $test-limit", namespaces: Self.namespaces) != nil)
    #expect(
      ContextPath.condition("not(s:units/s:unit[ss:quantity(s:area, 'km2') > 10])", namespaces: Self.namespaces) != nil)
  }

  @Test func theRulesFailingExampleFailsAndCheckAgreesWithLibxml2() throws {
    // `boolean(…)` is outside the fast path's grammar: the twin rule is always decided by libxml2.
    let test = "not(s:units/s:unit[ss:quantity(s:area, 'km2') &gt; $test-limit])"
    let standard = try MiniStandard.load(
      rules: Self.rule("SS-TST-001", test) + Self.rule("SS-TST-002", "boolean(\(test))"), parameters: Self.limit)
    let validator = Validator(standard: standard)
    for rule in standard.rules {
      let results = ExampleRunner(validator: validator).run(rule)
      #expect(results.count == 2)
      #expect(results.contains { $0.outcome == .fail && !$0.findings.isEmpty })
      for result in results {
        #expect(result.passed, "\(rule.id) example \(result.index): \(result.problem?.text(.en) ?? "")")
      }
    }
    // The base submission's unit has 1200 ha = 12 km², over the limit of 10 km².
    let bytes = try #require(standard.exampleBase)
    for selection in [ProfileSelection.auto, .forced(.chongqing), .forced(.sichuan), .forced(.unified)] {
      let result = validator.validate(bytes: bytes, path: "t.xml", selection: selection)
      #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
      let fast = result.findings.filter { $0.ruleID == "SS-TST-001" }.map(\.path)
      let xpath = result.findings.filter { $0.ruleID == "SS-TST-002" }.map(\.path)
      #expect(fast == xpath, "\(selection): \(fast) \(xpath)")
      if selection == .forced(.chongqing) { #expect(fast.count == 1) }
    }
  }
}
