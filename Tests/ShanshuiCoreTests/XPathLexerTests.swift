import ShanshuiTestSupport
import Testing

@testable import ShanshuiCore

/// One tokenizer for every place that reads XPath text (issue 14): XPath 1.0's lexical rules, and its users.
@Suite struct XPathLexerTests {
  static func kinds(_ expression: String) -> [XPathToken.Kind] { (XPathLexer.tokens(expression) ?? []).map(\.kind) }

  @Test func disambiguatesAsXPathSays() {
    // `*` after an operand is multiplication, at the start a name test; `div` after an operand is an operator, as a
    // step a name; a name before `(` is a function, before `::` an axis.
    #expect(
      Self.kinds("* * div div div") == [
        .nameTest(prefix: nil, local: "*"), .symbol("*"), .nameTest(prefix: nil, local: "div"), .operatorName("div"),
        .nameTest(prefix: nil, local: "div"),
      ])
    #expect(
      Self.kinds("ss:quantity (s:area, 'km2') >= $limit-2") == [
        .function(prefix: "ss", local: "quantity"), .symbol("("), .nameTest(prefix: "s", local: "area"), .symbol(","),
        .literal("km2"), .symbol(")"), .symbol(">="), .variable("limit-2"),
      ])
    #expect(
      Self.kinds("ancestor-or-self::s:unit[@id != \"a']b\"]/..") == [
        .axis("ancestor-or-self"), .symbol("::"), .nameTest(prefix: "s", local: "unit"), .symbol("["), .symbol("@"),
        .nameTest(prefix: nil, local: "id"), .symbol("!="), .literal("a']b"), .symbol("]"), .symbol("/"), .symbol(".."),
      ])
    #expect(
      Self.kinds("s:* | .5 - 1.") == [
        .nameTest(prefix: "s", local: "*"), .symbol("|"), .number(".5"), .symbol("-"), .number("1."),
      ])
    #expect(XPathLexer.tokens("a ! b") == nil && XPathLexer.tokens("'open") == nil)
  }

  @Test func variablesAreReadOutsideLiteralsOnly() {
    #expect(XPathLexer.variables(in: "$a + $b * $a and '$c' = \"$d\"") == ["a", "b"])
    #expect(XPathLexer.variables(in: "not(s:unit[ss:quantity(s:area, 'km2') > $test-limit])") == ["test-limit"])
    // A broken expression still yields what can be read (libxml2 reports the error itself).
    #expect(XPathLexer.variables(in: "$x = 'unterminated") == ["x"])
  }

  /// RuleFieldIndex resolved `s:` by spelling; it now reads the submission namespace under any prefix, and never a
  /// name inside a string literal.
  @Test func ruleFieldIndexFollowsTheNamespaceNotThePrefix() throws {
    let rule = """
      <rule id="SS-TST-001" severity="error">
        <title lang="zh">测试</title><title lang="en">Test</title>
        <message lang="zh">测试</message><message lang="en">Test</message>
        <source ref="test-source" clause="1"/>
        <context>/sub:submission/sub:units/sub:unit[sub:measure/@kind = 'planting']</context>
        <assert test="sub:target[@indicator = 's:fake'] or count(sub:subproject) &gt; 1"/>
        <example outcome="pass" profile="chongqing"/>
        <example outcome="fail" profile="chongqing"><remove path="units/unit/subproject"/></example>
      </rule>
      """
    var files = try MiniStandard.files(rules: rule)
    let text = String(decoding: try #require(files["rules/test.xml"]), as: UTF8.self)
    files["rules/test.xml"] = Array(
      text.replacingOccurrences(
        of: "<sources>", with: #"<namespace prefix="sub" uri="urn:shanshui:submission:1"/><sources>"#
      ).utf8)
    let standard = try StandardLoader(toolFiles: files).load(.inMemory(name: "<test>", files: files))
    let index = RuleFieldIndex(standard: standard)
    #expect(index.rules(reading: "unit", under: "units") == ["SS-TST-001"])
    #expect(index.rules(reading: "measure", under: "unit") == ["SS-TST-001"])
    #expect(index.rules(reading: "@kind", under: "unit") == ["SS-TST-001"])
    #expect(index.rules(reading: "subproject", under: "anything") == ["SS-TST-001"])
    #expect(index.rules(reading: "@indicator", under: "target") == ["SS-TST-001"])
    #expect(index.rules(reading: "fake", under: "target").isEmpty)
  }
}
