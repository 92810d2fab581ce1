import ShanshuiTestSupport
import ShanshuiXML
import Testing

@testable import ShanshuiCore

/// Differential: every test of a generated corpus of shapes (predicates, `$parameters`, nested paths, `ss:quantity`,
/// empty node-sets, attributes, comparisons, boolean combinations) that the fast path accepts decides as libxml2
/// does, at every element of a few small documents, with the parameters bound as XPath variables.
@Suite struct FastPathDifferentialTests {
  static let namespaces = ["s": Namespaces.submission, "ss": Namespaces.functions]

  static let documents = [
    #"<submission xmlns="urn:shanshui:submission:1"><units><unit id="a" damage="light"><area unit="ha">1200</area><subproject><area unit="ha">800</area></subproject><subproject><area unit="mu">15</area></subproject></unit><unit id="b"><area unit="km2">3</area><area unit="ha">50</area></unit><unit id="c"><area>7</area></unit><unit id="d"/></units></submission>"#,
    #"<submission xmlns="urn:shanshui:submission:1"><units/></submission>"#,
    #"<submission xmlns="urn:shanshui:submission:1"><units><unit damage=""><area unit="ha">abc</area></unit></units><units><unit id="z"><area unit="ha">0</area></unit></units></submission>"#,
  ]

  /// Operands and paths combined into conditions: a deterministic corpus, several hundred tests.
  static var corpus: [String] {
    let numbers = [
      "ss:quantity(s:area, 'ha')", "ss:quantity(s:area, 'km2')", "$test-limit", "$test-limit * 2", "0",
      "-$test-share div 50",
      "ss:quantity(s:subproject/s:area, 'ha') - $test-limit", "ss:quantity(s:units/s:unit/s:area, 'ha')",
    ]
    let operators = ["<", "<=", ">", ">=", "=", "!="]
    var comparisons: [String] = []
    for (i, left) in numbers.enumerated() {
      for (j, op) in operators.enumerated() {
        comparisons.append("\(left) \(op) \(numbers[(i + j + 1) % numbers.count])")
      }
    }
    let paths = [
      "s:units/s:unit", "s:unit", "s:units/s:unit/s:subproject", "s:subproject", "s:area", "@damage", "@id",
      "s:units/s:unit/@damage", "s:nothing", "s:units/s:unit/s:nothing/@x",
    ]
    var tests = comparisons
    for (k, path) in paths.enumerated() {
      let comparison = comparisons[(k * 7) % comparisons.count]
      tests += [
        path, "not(\(path))", "\(path)[\(comparison)]", "not(\(path)[\(comparison)])", "\(path) = 'light'",
        "starts-with(\(path), 'l')", "\(path)[@damage = 'light' or \(comparison)] and $test-limit > 1",
        "not(\(path)[not(\(comparison))]) or \(path)[s:area[\(comparisons[(k * 11) % comparisons.count])]]",
        "\(path) = /s:submission/s:units/s:unit/@damage",
      ]
    }
    return tests
  }

  @Test func theFastPathDecidesAsLibxml2OnAGeneratedCorpus() throws {
    let standard = try MiniStandard.load(
      rules: FastPathPredicateParameterTests.rule("SS-TST-001", "$test-limit &gt; 0"),
      parameters: FastPathPredicateParameterTests.limit)
    let resolved = try #require(Validator(standard: standard).parameters[.chongqing])
    #expect(resolved["test-limit"]?.number == 10 && resolved["test-share"]?.number == 50)
    var decided = 0
    var accepted = 0
    var mismatches: [String] = []
    for (d, xml) in Self.documents.enumerated() {
      let document = try XMLDocument.parse(Array(xml.utf8), url: "d\(d).xml", dropIgnorableWhitespace: true)
      let evaluator = XPathEvaluator(document: document, namespaces: Self.namespaces)
      ShanshuiFunctions.register(in: evaluator)
      for (id, parameter) in resolved { evaluator.setVariable(id, to: parameter.number) }
      let elements = try evaluator.evaluate(XPathExpression("//*")).nodes
      for test in Self.corpus {
        guard let condition = ContextPath.condition(test, namespaces: Self.namespaces) else { continue }
        if d == 0 { accepted += 1 }
        let expression = try XPathExpression(test)
        for node in elements {
          decided += 1
          let expected = try evaluator.evaluate(expression, at: node).booleanValue
          if condition.holds(at: node, parameters: resolved) != expected {
            mismatches.append("d\(d) \(node.path): \(test): fast \(!expected), libxml2 \(expected)")
          }
        }
      }
    }
    #expect(Self.corpus.count >= 130)
    #expect(accepted >= 60, "\(accepted) of \(Self.corpus.count) accepted")
    print(
      "fast-path differential: \(accepted) of \(Self.corpus.count) shapes decided in place, \(decided) node verdicts")
    #expect(decided >= 1000, "\(decided)")
    #expect(mismatches.isEmpty, "\(mismatches.prefix(20).joined(separator: "\n"))")
  }
}
