import ShanshuiCore
import ShanshuiTestSupport

/// A small standard for the Schematron differential test that reaches what the bundled standard does not: every
/// check kind's documented example rule, dates limited in days, months and fractional years, a range with bounds in
/// two units, a sum in the total's own unit with a parameter tolerance, ss:quantity over mixed units, a context
/// that is not an XSLT pattern, a rule limited to programmes for every project type (with its SS-SYS-002), a negative list with code history (`findings="listed"`), and a pattern lint flags as
/// backtracking (SS-TST-212), which the comparison must leave out.
enum SchematronExtraRules {
  static let parameters = """
        <parameter id="test-days" unit="day" stricter="lower">
          <title lang="zh">天数</title><title lang="en">Days</title>
          <value profile="chongqing" status="adopted" value="1000"><source ref="test-source"/></value>
          <value profile="sichuan" status="adopted" value="1100"><source ref="test-source"/></value>
        </parameter>
        <parameter id="test-months" unit="month" stricter="lower">
          <title lang="zh">月数</title><title lang="en">Months</title>
          <value profile="chongqing" status="adopted" value="30"><source ref="test-source"/></value>
          <value profile="sichuan" status="adopted" value="36"><source ref="test-source"/></value>
        </parameter>
        <parameter id="test-tolerance" unit="yi-yuan" stricter="lower">
          <title lang="zh">容差</title><title lang="en">Tolerance</title>
          <value profile="chongqing" status="adopted" value="0.5"><source ref="test-source"/></value>
          <value profile="sichuan" status="adopted" value="0"><source ref="test-source"/></value>
        </parameter>
        <parameter id="test-min-area" unit="mu" stricter="higher">
          <title lang="zh">面积</title><title lang="en">Area</title>
          <value profile="chongqing" status="adopted" value="15"><source ref="test-source"/></value>
          <value profile="sichuan" status="adopted" value="18000"><source ref="test-source"/></value>
          <value profile="unified" status="adopted" value="20000"><source ref="test-source"/></value>
        </parameter>
    """

  static func rule(_ number: Int, context: String, check: String, severity: String = "error") -> String {
    """
        <rule id="SS-TST-\(number)" severity="\(severity)">
          <title lang="zh">测试 \(number)</title><title lang="en">Test \(number)</title>
          <message lang="zh">{path} 不符合（{profile}）</message><message lang="en">{path} fails ({profile})</message>
          <source ref="test-source"/>
          <context>\(context)</context>
          \(check)
          <example outcome="pass" profile="chongqing"/>
          <example outcome="fail" profile="chongqing"><set path="project/@id">X</set></example>
        </rule>
    """
  }

  static var rules: String {
    let extra = [
      rule(
        201, context: "/s:submission/s:period", check: #"<dates start="@start" end="@end" maxDuration="$test-days"/>"#),
      rule(
        202, context: "/s:submission/s:period", check: #"<dates start="@start" end="@end" maxDuration="$test-months"/>"#
      ),
      rule(
        203, context: "/s:submission/s:period",
        check: #"<dates start="@start" end="@end" maxDuration="2.5" unit="year"/>"#),
      rule(
        204, context: "/s:submission/s:units/s:unit",
        check: #"<range path="area" min="$test-min-area" max="12" unit="km2"/>"#),
      rule(
        205, context: "/s:submission",
        check:
          #"<sum total="investment/total" tolerance="$test-tolerance"><part path="units/unit/subproject/budget"/></sum>"#,
        severity: "warning"),
      rule(
        206, context: "/s:submission/s:units/s:unit", check: #"<count path="subproject" min="2" max="2"/>"#,
        severity: "info"),
      rule(
        207, context: "/s:submission/s:units/s:unit",
        check: #"<assert test="ss:quantity(s:subproject/s:area, 'mu') &lt;= ss:quantity(s:area, 'mu')"/>"#),
      rule(
        208, context: "/s:submission/s:units/s:unit", check: #"<pattern path="@division" regex="(50|51)[0-9]{4}"/>"#),
      rule(209, context: "/s:submission/s:units/s:unit/s:area/..", check: #"<required path="measure"/>"#),
      rule(
        210, context: "/s:submission/s:location/s:division", check: #"<codelist path="@code" list="test-divisions"/>"#),
      // Limited to programmes, for every project type: n/a unless the submission names local or other, and the
      // SS-SYS-002 notice for every submission that names none.
      rule(
        211, context: "/s:submission/s:period",
        check: #"<dates start="@start" end="@end" maxDuration="1" unit="year"/>"#
      )
      .replacingOccurrences(of: "<context>", with: #"<applies programmes="local other"/><context>"#),
      // A negative list with history: a code is reported only while it is in force in the stated version.
      rule(
        213, context: "/s:submission/s:location/s:division",
        check: #"<codelist path="@code" list="test-divisions-history" findings="listed" version="@codeVersion"/>"#),
      // Flagged by lint SL022 (a nested quantifier): left out of the lxml comparison, whose `re` backtracks.
      rule(212, context: "/s:submission/s:units/s:unit", check: #"<pattern path="@division" regex="([0-9]+5?)+"/>"#),
    ]
    return (CheckKinds.all.map { $0.description.exampleRule } + extra).joined(separator: "\n")
  }

  static let codelists = """
        <codelist id="test-divisions"><title lang="zh">区划</title><title lang="en">Divisions</title>
          <code value="500101"><name lang="zh">万州区</name></code>
          <code value="500102" replacedBy="500101"><name lang="zh">旧</name></code>
          <code value="510 104"><name lang="zh">带空格</name></code>
        </codelist>
        <codelist id="test-divisions-history"><title lang="zh">区划沿革</title><title lang="en">Division history</title>
          <code value="500101"><name lang="zh">万州区</name></code>
          <code value="500110" validTo="2010" replacedBy="500110"><name lang="zh">万盛区</name></code>
          <code value="500110" validFrom="2011"><name lang="zh">綦江区</name></code>
          <code value="500228" validTo="2015" replacedBy="500155"><name lang="zh">梁平县</name></code>
          <code value="500155" validFrom="2016"><name lang="zh">梁平区</name></code>
        </codelist>
        <codelist id="programmes"><title lang="zh">资金渠道</title><title lang="en">Programmes</title>
          <code value="local"><name lang="zh">市县自筹</name></code>
          <code value="other"><name lang="zh">其他</name></code>
        </codelist>
    """

  /// The standard's files, by path relative to its directory.
  static func files() throws -> [String: [UInt8]] {
    try MiniStandard.files(rules: rules, parameters: parameters, codelists: codelists)
  }
}
