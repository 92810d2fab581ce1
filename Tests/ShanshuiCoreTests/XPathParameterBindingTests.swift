import Foundation
import ShanshuiCore
import ShanshuiTestSupport
import Testing

/// Parameters are bound as XPath variables only for a profile whose work has an `assert` libxml2 evaluates with `$`
/// parameters (`RuleTable.readsVariables`): such a test must still see them, and decide as the same test decided in
/// place does.
@Suite struct XPathParameterBindingTests {
  static func rule(_ id: String, _ test: String) -> String {
    """
    <rule id="\(id)" severity="error">
      <title lang="zh">份额</title><title lang="en">Share</title>
      <message lang="zh">份额</message><message lang="en">Share</message>
      <source ref="test-source" clause="art. 1"/>
      <context>/s:submission/s:units/s:unit/s:subproject</context>
      <assert test="\(test)"/>
      <example outcome="pass" profile="chongqing">
        <set path="units/unit/subproject[1]/area">1</set><set path="units/unit/subproject[2]/area">1</set>
      </example>
      <example outcome="fail" profile="chongqing"/>
    </rule>
    """
  }

  /// An area limit of 50 ha (an area compared with a percentage is refused at load, E207).
  static let area = """

        <parameter id="test-area" unit="ha" stricter="lower">
          <title lang="zh">面积上限</title><title lang="en">Area limit</title>
          <value profile="chongqing" status="adopted" value="50"><source ref="test-source"/></value>
        </parameter>
    """

  @Test func anAssertLibxml2EvaluatesReadsItsParameters() throws {
    // number() keeps the second test off direct tree access; the first is decided in place.
    let standard = try MiniStandard.load(
      rules: Self.rule("SS-TST-001", "ss:quantity(s:area, 'ha') &lt;= $test-area")
        + Self.rule("SS-TST-002", "number(ss:quantity(s:area, 'ha')) &lt;= $test-area"), parameters: Self.area)
    let base = String(decoding: try #require(standard.exampleBase), as: UTF8.self)
    // Subprojects of 800 and 40 ha against a limit of 50: one finding per rule, at the first.
    let bytes = Array(
      base.replacingOccurrences(of: #"<area unit="ha">400</area>"#, with: #"<area unit="ha">40</area>"#).utf8)
    for selection in [ProfileSelection.auto, .forced(.chongqing), .forced(.sichuan), .forced(.unified)] {
      let result = Validator(standard: standard).validate(bytes: bytes, path: "t.xml", selection: selection)
      #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
      let native = result.findings.filter { $0.ruleID == "SS-TST-001" }.map(\.path)
      let evaluated = result.findings.filter { $0.ruleID == "SS-TST-002" }.map(\.path)
      #expect(evaluated == native, "\(selection): \(native) \(evaluated)")
      if selection == .forced(.chongqing) { #expect(native.count == 1) }
    }
  }
}
