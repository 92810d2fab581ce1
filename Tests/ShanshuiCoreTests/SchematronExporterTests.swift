import ShanshuiTestSupport
import ShanshuiXML
import Testing

@testable import ShanshuiCore

/// The Schematron export's pieces: exact numbers, the regex dialect, contexts, and the schema's shape. What the
/// schema means is proven against lxml's engine in the CLI's SchematronExportTests.
@Suite struct SchematronExporterTests {
  static func bundled() throws -> Standard {
    try BundledTestStandard.standard()
  }

  /// libxml2 reads every number the export writes back as exactly the double shanshui uses.
  @Test func numbersReadBackExactly() throws {
    let document = try XMLDocument.parse(Array("<a/>".utf8), url: "a.xml")
    let evaluator = XPathEvaluator(document: document, namespaces: [:])
    let values = QuantityUnit.all.values.map(\.factor) + [0.85, 1e-9, 73, 0.001, 2.5, -4.75, 123456.789, 1.0 / 3.0]
    for value in values {
      let text = try #require(XPathText.number(value), "\(value)")
      let read = try evaluator.evaluate(try XPathExpression(text))
      guard case .number(let number) = read else {
        Issue.record("\(text) is not a number")
        continue
      }
      #expect(number == value, "\(value) written as \(text) reads back as \(read)")
    }
    #expect(XPathText.number(.nan) == nil)
  }

  @Test func literalsWithBothQuotesBecomeConcat() {
    #expect(XPathText.literal("a'b") == #""a'b""#)
    #expect(XPathText.literal(#"a'b"c"#) == #"concat('a', "'", 'b"c')"#)
  }

  @Test func regexDialectAcceptsTheCommonSubsetOnly() {
    for pattern in [
      "m3|wan-m3", "51(01|03)[0-9]{2}", "[A-Z]{2,4}-[A-Z]{3}-[0-9]{3}", "(?:a|b)+c?", "[^\\-x]*", "\\.\\(",
      "项目[一二三]{1,}",
    ] {
      #expect(RegexDialect.violation(in: pattern) == nil, "\(pattern)")
    }
    for pattern in [
      "\\d+", "a.b", "^a$", "(?=a)", "(?i)a", "a+?", "a++", "[a&&b]", "[[a]]", "(a)\\1", "a{", "[]", "(a", "a)", "\\w",
      "[a-]",
    ] {
      #expect(RegexDialect.violation(in: pattern) != nil, "\(pattern)")
    }
  }

  @Test func loaderRejectsARegexOutsideTheDialect() throws {
    let rule = StandardLoaderTests.rule(check: #"<pattern path="total" regex="\d+"/>"#)
    do {
      _ = try MiniStandard.load(rules: rule)
      Issue.record("a pattern with \\d loaded")
    } catch let failure as StandardLoader.Failure {
      #expect(failure.diagnostics.map(\.code) == [.invalidRegex])
      #expect(failure.diagnostics.first?.message.text(.en).contains("dialect") == true)
    }
  }

  @Test func contextsThatAreNotPatternsTestMembership() throws {
    #expect(
      try ContextPattern.pattern(for: "/s:submission/s:units/s:unit[@mode = 'a|b']")
        == "/s:submission/s:units/s:unit[@mode = 'a|b']")
    #expect(try ContextPattern.pattern(for: "/s:a | /s:b/@c") == "/s:a | /s:b/@c")
    #expect(try ContextPattern.pattern(for: "s:submission/s:units") == "/s:submission/s:units")
    let parent = try ContextPattern.pattern(for: "/s:submission/s:units/s:unit/..")
    #expect(parent.hasPrefix("node()[count(. | /s:submission/s:units/s:unit/..) = count("))
    #expect(try ContextPattern.pattern(for: "s:submission/..").hasPrefix("node()[count(. | /s:submission/..) = "))
    #expect(throws: Unexpressible.self) { try ContextPattern.pattern(for: "id('x')/s:a") }
    #expect(throws: Unexpressible.self) { try ContextPattern.pattern(for: "(//s:unit)[1]") }
  }

  @Test func quantityCallsBecomePlainXPath() throws {
    let rewriter = QuantityCallRewriter(namespaces: ["ss": Namespaces.functions, "s": Namespaces.submission])
    let text = try rewriter.rewrite("ss:quantity(s:source[@kind = 'ss:quantity(x)'], 'yi-yuan') >= $min")
    #expect(!text.contains("ss:quantity(s:"))
    #expect(text.contains("sum((s:source[@kind = 'ss:quantity(x)'])[") && text.hasSuffix(" >= $min"))
    #expect(throws: Unexpressible.self) { try rewriter.rewrite("ss:quantity(s:total, 'furlong')") }
  }

  /// Per profile: one pattern and one uniquely named assertion per applicable rule, every parameter of the profile
  /// as a global variable, and nothing left out but the spatial rules (they measure geometry: shanshui's alone).
  @Test(arguments: Profile.allCases) func bundledStandardExportsEveryApplicableRule(profile: Profile) throws {
    let standard = try Self.bundled()
    let export = SchematronExporter(standard: standard).export(profile: profile, language: .en)
    #expect(export.unexpressed.isEmpty, "\(export.unexpressed.map { "\($0.ruleID): \($0.reason.text(.en))" })")
    let spatial = Set(standard.rules.filter { $0.check is any SpatialRuleCheck }.map(\.id))
    #expect(
      !spatial.isEmpty
        && Set(export.spatial) == spatial.intersection(Validator(standard: standard).applicable[profile] ?? []))
    let applicable = (Validator(standard: standard).applicable[profile] ?? []).subtracting(spatial)
    #expect(Set(export.exported) == applicable)
    #expect(Set(export.notApplicable).isDisjoint(with: applicable))
    #expect(export.exported.count + export.notApplicable.count + export.spatial.count == standard.rules.count)
    let document = try XMLDocument.parse(Array(export.text.utf8), url: "\(profile).sch")
    let evaluator = XPathEvaluator(document: document, namespaces: ["sch": SchematronDocument.namespace])
    let ids = try evaluator.evaluate(try XPathExpression("//sch:assert/@id")).nodes.map(\.stringValue)
    // Every applicable rule, and the engine's SS-SYS-002 notice: the bundled standard limits rules to programmes.
    #expect(ids.count == applicable.count + 1 && Set(ids) == applicable.union(["SS-SYS-002"]))
    let patterns = try evaluator.evaluate(try XPathExpression("count(/sch:schema/sch:pattern[count(sch:rule) = 1])"))
    guard case .number(let count) = patterns else {
      Issue.record("count() is not a number")
      return
    }
    #expect(Int(count) == applicable.count + 1)
    let globals = try evaluator.evaluate(try XPathExpression("/sch:schema/sch:let/@name")).nodes.map(\.stringValue)
    let parameters = standard.parameters.values.filter { $0.resolved(for: profile) != nil }.map(\.id)
    #expect(Set(parameters).isSubset(of: Set(globals)))
  }

  @Test func sichuanLeavesOutChongqingOnlyRules() throws {
    let standard = try Self.bundled()
    let export = SchematronExporter(standard: standard).export(profile: .sichuan, language: .zh)
    // The 千里林带 distance has no Sichuan value: the rule does not apply there.
    #expect(export.notApplicable.contains("SS-RIV-006") && !export.text.contains(#"id="SS-RIV-006""#))
    #expect(!export.text.contains(#"name="qianli-belt-max-distance""#))
    #expect(export.text.contains("四川"))
  }

  /// A parameter's global variable says what its value is: adopted, provisional, or (unified without an agreed value)
  /// the stricter province's value; a Schematron user cannot look that up in shanshui.
  @Test func everyParameterVariableCarriesItsStatus() throws {
    let standard = try Self.bundled()
    let unified = SchematronExporter(standard: standard).export(profile: .unified, language: .en).text
    let chongqing = SchematronExporter(standard: standard).export(profile: .chongqing, language: .en).text
    func line(_ text: String, _ name: String) -> String {
      text.split(separator: "\n").first { $0.contains(#"<sch:let name="\#(name)""#) }.map(String.init) ?? ""
    }
    #expect(
      line(unified, "soil-retention-min-2025").hasSuffix(
        #"value="79"/> <!-- percent; not unified: Sichuan's value (adopted) -->"#))
    #expect(line(chongqing, "soil-retention-min-2025").hasSuffix(#"value="73"/> <!-- percent; provisional -->"#))
    #expect(line(chongqing, "chemical-min-distance").hasSuffix(#"value="1"/> <!-- km; adopted -->"#))
    #expect(line(chongqing, "steep-slope-max").hasSuffix(#"value="25"/> <!-- degree; provisional -->"#))
    let zh = SchematronExporter(standard: standard).export(profile: .unified, language: .zh).text
    #expect(line(zh, "soil-retention-min-2025").hasSuffix("<!-- percent；未统一，暂按四川值（已采纳） -->"))
  }
}
