import ShanshuiXML
import Testing

@testable import ShanshuiCore

/// `number(.)` and `number(relative)` decided in place agree with libxml2's XPath on values written every way a
/// submitter might (the conversion is libxml2's own, `XPathNumber`), and the assertions that use them are no longer
/// left to XPath.
@Suite struct ContextPathNumberTests {
  static let values = [
    "12", " 12 ", "\t-3.5\n", "0", "-0", "0.000001", "1e3", "1E-2", "1.5.", ".5", "5.", "", "abc", "0x10", "１２",
    "12亩", "52,800", "+4", "99999999999999999999", "0.1", "3.00000000000000000000001",
  ]
  static let namespaces = ["s": "urn:test"]

  static func document() throws -> XMLDocument {
    let units = values.enumerated().map { index, value in
      "<s:unit v=\"\(value)\" n=\"\(index)\"><s:area>\(value)</s:area><s:area>7</s:area>\(value)</s:unit>"
    }
    let text = "<s:root xmlns:s=\"urn:test\">\(units.joined())<s:unit/></s:root>"
    return try XMLDocument.parse(Array(text.utf8), url: "numbers.xml")
  }

  @Test(arguments: [
    "number(.) > 0", "number(@v) = 12", "number(s:area) = 12", "number(@v) >= 1", "number(s:area) > 0",
    "number(s:area) = number(@v)",
    "number(.) != number(.)", "number(@n) * 2 > number(@v)", "-number(@v) < 0", "number(s:missing) = 0",
    "not(number(@v) > 0)", "number( @v ) <= 12",
  ])
  func decidesAsLibxml2(test: String) throws {
    let condition = try #require(ContextPath.condition(test, namespaces: Self.namespaces), "\(test) refused")
    let evaluator = XPathEvaluator(document: try Self.document(), namespaces: Self.namespaces)
    let expression = try XPathExpression(test)
    let units = try evaluator.evaluate(XPathExpression("//s:unit")).nodes
    #expect(units.count == Self.values.count + 1)
    var held = 0
    for unit in units {
      let expected = try evaluator.evaluate(expression, at: unit).booleanValue
      #expect(condition.holds(at: unit) == expected, "\(test) at \(unit.path) (\(unit.attribute("v") ?? "none"))")
      held += expected ? 1 : 0
    }
    #expect(held > 0 || test.contains("!=") || test.contains("missing"))
  }

  @Test func libxml2sConversion() {
    #expect(XPathNumber.of(" 12 ") == 12)
    #expect(XPathNumber.of("-3.5") == -3.5)
    #expect(XPathNumber.of("12亩").isNaN)
    #expect(XPathNumber.of("").isNaN)
    #expect(XPathNumber.of("+4").isNaN)
  }

  @Test func contextsAndTestsWithNumberAreNoLongerLeftToXPath() {
    #expect(ContextPath("/s:root[number(@v) >= 2]/s:unit", namespaces: Self.namespaces) != nil)
    #expect(ContextPath.condition("number(.) > 0", namespaces: Self.namespaces) != nil)
    #expect(ContextPath.condition("number(../@v) > 0", namespaces: Self.namespaces) == nil)  // no parent axis
    #expect(ContextPath.condition("number(.5) > 0", namespaces: Self.namespaces) == nil)
  }
}
