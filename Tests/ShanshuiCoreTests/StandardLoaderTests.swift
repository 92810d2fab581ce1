import ShanshuiCore
import ShanshuiTestSupport
import Testing

/// A broken standard stops the run with every problem listed, each with a code, file and line.
@Suite struct StandardLoaderTests {
  /// A file at the root of the file system is named once with its slash, not `//name`.
  @Test func aFileAtTheRootIsNamedWithOneSlash() {
    #expect(StandardSource.at("/no-such-standard.xml").displayPath("no-such-standard.xml") == "/no-such-standard.xml")
    #expect(StandardSource.file("rules/a.xml").displayPath("b.xml") == "rules/b.xml")
    #expect(StandardSource.file("a.xml").displayPath("a.xml") == "a.xml")
  }

  /// A rule with a marker comment on the line a diagnostic should point at.
  static func rule(
    id: String = "SS-TST-100", context: String = "/s:submission/s:investment",
    check: String = #"<required path="total"/>"#, message: String = "缺少 {path}"
  ) -> String {
    """
        <rule id="\(id)" severity="error"> <!-- rule:\(id) -->
          <title lang="zh">测试</title><title lang="en">Test</title>
          <message lang="zh">\(message)</message><message lang="en">Missing</message>
          <source ref="test-source"/>
          <context>\(context)</context> <!-- context:\(id) -->
          \(check)
          <example outcome="pass" profile="chongqing"/>
          <example outcome="fail" profile="chongqing"><remove path="investment/source"/></example>
        </rule>
    """
  }

  /// Loads and returns the diagnostics, failing the test if the standard loaded.
  func problems(rules: String, parameters: String = "") -> [Diagnostic] {
    do {
      _ = try MiniStandard.load(rules: rules, parameters: parameters)
      Issue.record("the broken standard loaded")
      return []
    } catch let failure as StandardLoader.Failure {
      return failure.diagnostics
    } catch {
      Issue.record("unexpected error \(error)")
      return []
    }
  }

  /// Loads in-memory files and returns the diagnostics, failing the test if the standard loaded.
  func problems(files: [String: [UInt8]]) -> [Diagnostic] {
    let loader = StandardLoader(toolFiles: files)
    switch Result(catching: { () throws(StandardLoader.Failure) in
      try loader.load(.inMemory(name: "<test>", files: files))
    }) {
    case .success:
      Issue.record("the broken standard loaded")
      return []
    case .failure(let failure):
      return failure.diagnostics
    }
  }

  func line(of marker: String, rules: String, parameters: String = "") -> Int {
    let text = MiniStandard.document(rules: rules, parameters: parameters, codelists: "", extraSources: "")
    return (text.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.contains(marker) } ?? -1) + 1
  }

  @Test func duplicateRuleID() {
    let rules = Self.rule() + "\n" + Self.rule().replacingOccurrences(of: "rule:SS-TST-100", with: "rule:second")
    let diagnostics = problems(rules: rules)
    #expect(diagnostics.map(\.code) == [.duplicateID])
    #expect(diagnostics.first?.location.line == line(of: "rule:second", rules: rules))
    #expect(diagnostics.first?.location.file == "<test>/rules/test.xml")
  }

  @Test func xpathSyntaxErrorPointsAtContextWithCaret() {
    let rules = Self.rule(context: "/s:submission/s:investment[")
    let diagnostics = problems(rules: rules)
    #expect(diagnostics.map(\.code) == [.xpathSyntax])
    #expect(diagnostics.first?.location.line == line(of: "context:SS-TST-100", rules: rules))
    #expect(diagnostics.first?.message.text(.en).contains("^") == true)
  }

  @Test func unknownFunctionFoundByDryRun() {
    let diagnostics = problems(rules: Self.rule(check: #"<assert test="s:nope(.)"/>"#))
    #expect(diagnostics.map(\.code) == [.xpathEvaluation])
    #expect(diagnostics.first?.message.text(.en).contains("unknown function 's:nope()'") == true)
  }

  @Test func unknownFunctionFoundWhereTheDryRunCannotReach() {
    // The base has no corridor, so evaluation never reaches the predicate; the static check still sees the call.
    let diagnostics = problems(rules: Self.rule(context: "/s:submission/s:corridor[s:nosuch()]"))
    #expect(diagnostics.map(\.code) == [.xpathEvaluation])
  }

  @Test func contextsCannotUseParameters() {
    let diagnostics = problems(rules: Self.rule(context: "/s:submission[s:area > $test-share]"))
    #expect(diagnostics.map(\.code) == [.xpathEvaluation])
  }

  @Test func contextMustSelectNodes() {
    #expect(problems(rules: Self.rule(context: "count(/s:submission)")).map(\.code) == [.xpathEvaluation])
  }

  @Test func duplicateCodesInACodelist() {
    let codelist = """
      <codelist id="dup"><title lang="zh">d</title><title lang="en">d</title>
        <code value="a"><name lang="zh">a</name></code><code value="a"><name lang="zh">b</name></code>
      </codelist>
      """
    do {
      _ = try MiniStandard.load(rules: Self.rule(), codelists: codelist)
      Issue.record("loaded")
    } catch let failure as StandardLoader.Failure {
      #expect(failure.diagnostics.map(\.code) == [.duplicateID])
    } catch {
      Issue.record("\(error)")
    }
  }

  @Test func parameterWithoutAnyValue() {
    let parameters = """
      <parameter id="empty" unit="ha" stricter="higher"><title lang="zh">p</title><title lang="en">p</title></parameter>
      """
    #expect(problems(rules: Self.rule(), parameters: parameters).map(\.code) == [.invalidParameterValue])
  }

  @Test func exampleEditsMustApplyToTheBase() {
    let rules = Self.rule().replacingOccurrences(
      of: #"<remove path="investment/source"/>"#, with: #"<remove path="corridor"/>"#)
    let diagnostics = problems(rules: rules)
    #expect(diagnostics.map(\.code) == [.invalidExample])
    #expect(diagnostics.first?.message.text(.en).contains("corridor") == true)
  }

  @Test func examplesCannotRemoveTheRoot() {
    let rules = Self.rule().replacingOccurrences(
      of: #"<remove path="investment/source"/>"#, with: #"<remove path="."/><set path="project/@id">X</set>"#)
    let diagnostics = problems(rules: rules)
    #expect(Set(diagnostics.map(\.code)) == [.invalidExample])
    #expect(diagnostics.contains { $0.message.text(.en).contains("cannot remove or replace the root") })
  }

  @Test func brokenExampleBase() throws {
    var files = try MiniStandard.files(rules: Self.rule())
    files["examples/base-submission.xml"] = Array("<submission xmlns=\"urn:shanshui:submission:1\">\n<project>".utf8)
    let diagnostics = problems(files: files)
    #expect(diagnostics.first?.code == .standardMalformed)
    #expect(diagnostics.first?.location.file == "<test>/examples/base-submission.xml")
  }

  @Test func unknownPrefixFoundByDryRun() {
    #expect(problems(rules: Self.rule(context: "/x:submission")).map(\.code) == [.xpathEvaluation])
  }

  @Test func unknownParameterAndCodelist() {
    let rules =
      Self.rule(check: #"<range path="total" min="$missing"/>"#)
      + Self.rule(id: "SS-TST-101", check: #"<codelist path="@kind" list="nowhere"/>"#)
    #expect(problems(rules: rules).map(\.code) == [.unknownReference, .unknownReference])
  }

  @Test func unitMismatchWithParameter() {
    let diagnostics = problems(rules: Self.rule(check: #"<range path="total" max="$test-share" unit="wan-yuan"/>"#))
    #expect(diagnostics.map(\.code) == [.unitMismatch])
  }

  /// Issue 13: a `percent` parameter on an area rule without a unit gave "面积 1200 % 小于 300 %" and loaded; the
  /// submission schema types `area`, so the loader (and lint SL008) refuse it.
  @Test func parameterOfAnotherDimensionThanTheTarget() {
    let diagnostics = problems(rules: Self.rule(check: #"<range path="area" min="$test-share"/>"#))
    #expect(diagnostics.map(\.code) == [.unitMismatch])
    #expect(diagnostics.first?.message.text(.en).contains("area is area") == true, "\(diagnostics)")
    // The check's unit of another dimension than its target, too.
    #expect(
      problems(rules: Self.rule(check: #"<range path="area" min="1" unit="percent"/>"#)).map(\.code) == [.unitMismatch])
    // A target the schema does not type (a `target` in any unit) is not guessed.
    #expect((try? MiniStandard.load(rules: Self.rule(check: #"<range path="." min="$test-share"/>"#))) != nil)
  }

  /// The issue's `assert` shape, `ss:quantity(s:area, 'km2') > $limit`, with a `percent` parameter: E207 either way
  /// round; with a share it loads.
  @Test func assertComparingAQuantityWithAParameterOfAnotherDimension() {
    for test in [
      "ss:quantity(s:total, 'km2') &gt; $test-share", "$test-share &lt;= ss:quantity(s:total, 'yi-yuan')",
      "not(../s:units/s:unit[ss:quantity(s:area, 'ha') &gt;= 1][ss:quantity(s:area, 'km2')&lt;$test-share])",
    ] {
      let diagnostics = problems(rules: Self.rule(check: #"<assert test="\#(test)"/>"#))
      #expect(diagnostics.map(\.code) == [.unitMismatch], "\(test)")
      #expect(diagnostics.first?.message.text(.en).contains("parameter test-share (percent)") == true, "\(diagnostics)")
    }
    let fine = Self.rule(check: #"<assert test="ss:quantity(s:source, 'ratio') &lt;= $test-share"/>"#)
    #expect((try? MiniStandard.load(rules: fine)) != nil)
  }

  @Test func invalidRegularExpression() {
    #expect(
      problems(rules: Self.rule(check: #"<pattern path="total" regex="([0-9]"/>"#)).map(\.code) == [.invalidRegex])
  }

  @Test func unknownPlaceholder() {
    #expect(problems(rules: Self.rule(message: "缺少 {nothing}")).map(\.code) == [.unknownPlaceholder])
  }

  @Test func adoptedValueNeedsSourceAndProvisionalNeedsReason() {
    let parameters = """
      <parameter id="p" unit="ha" stricter="higher"><title lang="zh">p</title><title lang="en">p</title>
        <value profile="chongqing" status="adopted" value="1"/>
        <value profile="sichuan" status="provisional" value="2"/>
      </parameter>
      """
    let diagnostics = problems(rules: Self.rule(), parameters: parameters)
    #expect(diagnostics.map(\.code) == [.invalidParameterValue, .invalidParameterValue])
  }

  @Test func schemaErrorsInRuleDocuments() {
    let diagnostics = problems(rules: Self.rule(id: "RULE-1"))
    #expect(diagnostics.first?.code == .standardSchemaInvalid)
    #expect(diagnostics.first?.location.line == line(of: "rule:RULE-1", rules: Self.rule(id: "RULE-1")))
  }

  @Test func malformedRuleDocumentGivesLineAndColumn() throws {
    var files = try MiniStandard.files(rules: Self.rule())
    files["rules/test.xml"] = Array("<ruleDocument>\n  <oops>\n</ruleDocument>\n".utf8)
    let diagnostics = problems(files: files)
    #expect(diagnostics.first?.code == .standardMalformed)
    #expect(diagnostics.first?.location.line == 3)
    #expect(diagnostics.first?.location.column ?? 0 > 0)
  }

  @Test func missingIncludedDocument() throws {
    var files = try MiniStandard.files(rules: Self.rule())
    files["rules/test.xml"] = nil
    #expect(problems(files: files).map(\.code) == [.standardUnreadable])
  }

  @Test func everyProblemIsListedAtOnce() {
    let rules =
      Self.rule(context: "[") + Self.rule(id: "SS-TST-101", message: "{nothing}")
      + Self.rule(id: "SS-TST-102", check: #"<range path="total" min="$missing"/>"#)
    #expect(problems(rules: rules).map(\.code) == [.xpathSyntax, .unknownPlaceholder, .unknownReference])
  }

  @Test func aLoneRuleDocumentIsAStandard() throws {
    let files = try MiniStandard.files(rules: Self.rule())
    let single: [String: [UInt8]] = ["standard.xml": files["rules/test.xml"]!]
    let standard = try StandardLoader(toolFiles: files).load(.inMemory(name: "<one>", files: single))
    #expect(standard.info.id == "test")
    #expect(standard.rules.map(\.id) == ["SS-TST-100"])
  }
}
