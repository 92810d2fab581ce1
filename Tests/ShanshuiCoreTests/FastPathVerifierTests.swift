import ShanshuiTestSupport
import ShanshuiXML
import Testing

@testable import ShanshuiCore

/// How `FastPathVerifier` words each kind of disagreement: nodes only one side selects, the same nodes out of order
/// or twice, a read path, and an expression libxml2 cannot evaluate; one diagnostic per rule and kind.
@Suite struct FastPathVerifierTests {
  static let xml = """
    <submission xmlns="urn:shanshui:submission:1">
      <units>
        <unit id="a"><area unit="ha">1</area></unit>
        <unit id="b"/>
      </units>
    </submission>
    """

  static func rules() throws -> [Rule] {
    let standard = try MiniStandard.load(
      rules: FastPathVerifyModeTests.rule("SS-TST-001", context: "/s:submission", test: "s:units"))
    return standard.rules
  }

  func verifier() throws -> (FastPathVerifier, [XMLNode]) {
    let document = try XMLDocument.parse(Array(Self.xml.utf8), url: "v.xml", dropIgnorableWhitespace: true)
    let evaluator = XPathEvaluator(document: document, namespaces: ["s": Namespaces.submission])
    let units = try evaluator.evaluate(XPathExpression("//s:unit")).nodes
    let path = try #require(SimplePath("area"))
    // A read path translated wrongly on purpose, so that the two sides differ where a unit has an area.
    let verifier = FastPathVerifier(
      file: "v.xml", evaluator: evaluator, paths: XMLPathBuilder(), readPaths: [path: try XPathExpression("s:nothing")])
    return (verifier, units)
  }

  func messages(_ verifier: FastPathVerifier) throws -> [String] {
    try verifier.diagnostics(rules: Self.rules()).map { $0.message.text(.en) }
  }

  @Test func nodesOutOfOrderOrTwiceNameTheirPositions() throws {
    let context = try XPathExpression("/s:submission/s:units/s:unit")
    var (verifier, units) = try verifier()
    verifier.context(context, selected: units.reversed(), rule: 0, at: units[0])
    #expect(
      try messages(verifier) == [
        "internal error: the fast path and libxml2 disagree on rule SS-TST-001 in v.xml:4 at node /submission/units/unit[2], "
          + "context /s:submission/s:units/s:unit: fast path puts it at position 1, libxml2 puts it at position 2"
      ])
    (verifier, units) = try self.verifier()
    verifier.context(context, selected: [units[0], units[0], units[1]], rule: 0, at: units[0])
    #expect(
      try messages(verifier).first?.hasSuffix(
        "node /submission/units/unit[1], context /s:submission/s:units/s:unit: "
          + "fast path puts it at position 1, 2, libxml2 puts it at position 1") == true)
  }

  @Test func readPathsVerdictsAndEvaluationErrorsOnePerRuleAndKind() throws {
    var (verifier, units) = try verifier()
    let path = try #require(SimplePath("area"))
    verifier.readPath(path, at: units[1], rule: 0, profile: .sichuan)  // no area: both sides select nothing
    #expect(try messages(verifier).isEmpty)
    verifier.readPath(path, at: units[0], rule: 0, profile: .sichuan)
    verifier.assert(try XPathExpression("x:units"), holds: true, at: units[0], rule: 0, profile: .unified)
    verifier.assert(try XPathExpression("s:area"), holds: false, at: units[0], rule: 0, profile: .unified)
    verifier.assert(try XPathExpression("s:area"), holds: true, at: units[1], rule: 0, profile: .unified)
    verifier.assert(try XPathExpression("s:area"), holds: true, at: units[0], rule: 0, profile: .unified)  // agrees
    #expect(verifier.verified == 6)
    let text = try messages(verifier)
    #expect(text.count == 2, "\(text)")
    #expect(
      text.first == "internal error: the fast path and libxml2 disagree on rule SS-TST-001 in v.xml:3 at node "
        + "/submission/units/unit[1]/area, read path s:nothing under sichuan: fast path selects it, libxml2 does not select it"
    )
    let assert = try #require(text.last)
    #expect(
      assert.hasPrefix(
        "internal error: the fast path and libxml2 disagree on rule SS-TST-001 in v.xml:3 at node "
          + "/submission/units/unit[1], assert x:units under unified: fast path true (pass), libxml2 fails to evaluate ("
      ), "\(assert)")
    #expect(assert.hasSuffix("; 2 more disagreements"), "\(assert)")
  }
}
