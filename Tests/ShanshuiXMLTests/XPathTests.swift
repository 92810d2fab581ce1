import Testing

@testable import ShanshuiXML

@Suite struct XPathTests {
  private let namespaces = ["s": "urn:test"]

  private func document() throws -> XMLDocument {
    try XMLDocument.parse(
      Array("<r xmlns='urn:test'>\n<v unit='ha'>2</v>\n<v unit='mu'>15</v>\n</r>".utf8), url: "t.xml")
  }

  @Test func syntaxErrorGivesOffset() {
    do {
      _ = try XPathExpression("count(//a) +")
      Issue.record("a broken expression compiled")
    } catch {
      #expect(error.offset == 12)
      #expect(error.expression == "count(//a) +")
      #expect(!error.message.isEmpty)
    }
  }

  @Test func unknownPrefixFailsAtEvaluation() throws {
    let expression = try XPathExpression("//x:v")
    let evaluator = XPathEvaluator(document: try document(), namespaces: namespaces)
    #expect { try evaluator.evaluate(expression) } throws: { error in
      (error as? XPathError)?.isUndefinedPrefix == true
    }
  }

  @Test func unknownFunctionFailsAtEvaluationWithMessage() throws {
    let expression = try XPathExpression("s:nope(1)")
    let evaluator = XPathEvaluator(document: try document(), namespaces: namespaces)
    do {
      _ = try evaluator.evaluate(expression)
      Issue.record("unknown function evaluated")
    } catch {
      #expect(error.isUnknownFunction)
      #expect(error.message == "Unregistered function")
    }
  }

  @Test func undefinedVariableFails() throws {
    let expression = try XPathExpression("$missing > 1")
    let evaluator = XPathEvaluator(document: try document(), namespaces: namespaces)
    #expect(throws: XPathError.self) { try evaluator.evaluate(expression) }
  }

  @Test func resultsOutliveEvaluatorAndDocument() throws {
    let expression = try XPathExpression("//s:v")
    var nodes: [XMLNode] = []
    do {
      let evaluator = XPathEvaluator(document: try document(), namespaces: namespaces)
      nodes = try evaluator.evaluate(expression).nodes
    }
    #expect(nodes.map(\.line) == [2, 3])
    #expect(nodes.map(\.stringValue) == ["2", "15"])
    #expect(nodes.map(\.path) == ["/r/v[1]", "/r/v[2]"])
  }

  @Test func copiedInfoNeedsNoDocument() throws {
    let infos = try XPathEvaluator(document: try document(), namespaces: namespaces)
      .evaluate(XPathExpression("//s:v/@unit")).nodes.map(\.info)
    #expect(
      infos == [
        XMLNodeInfo(localName: "unit", line: 2, path: "/r/v[1]/@unit", stringValue: "ha"),
        XMLNodeInfo(localName: "unit", line: 3, path: "/r/v[2]/@unit", stringValue: "mu"),
      ])
  }

  @Test func variablesAndContextNode() throws {
    let document = try document()
    let evaluator = XPathEvaluator(document: document, namespaces: namespaces)
    evaluator.setVariable("limit", to: 10)
    let values = try evaluator.evaluate(XPathExpression("//s:v")).nodes
    let test = try XPathExpression(". > $limit")
    #expect(try evaluator.evaluate(test, at: values[0]).booleanValue == false)
    #expect(try evaluator.evaluate(test, at: values[1]).booleanValue == true)
    evaluator.setVariable("limit", to: 1)
    #expect(try evaluator.evaluate(test, at: values[0]).booleanValue == true)
  }

  @Test func extensionFunctionsSurviveTheirFirstContext() throws {
    // A compiled expression caches the function of the first context that evaluated it; later contexts must work.
    let expression = try XPathExpression("f:double(count(//s:v))")
    for _ in 0..<3 {
      let evaluator = XPathEvaluator(
        document: try document(), namespaces: namespaces.merging(["f": "urn:f"]) { a, _ in a })
      evaluator.register(function: "double", namespace: "urn:f") { arguments in
        guard case .number(let value) = arguments.first else { return nil }
        return .number(value * 2)
      }
      guard case .number(let result) = try evaluator.evaluate(expression) else {
        Issue.record("not a number")
        return
      }
      #expect(result == 4)
    }
  }

  @Test func extensionFunctionErrorsAreReported() throws {
    let evaluator = XPathEvaluator(document: try document(), namespaces: ["f": "urn:f"])
    evaluator.register(function: "fail", namespace: "urn:f") { _ in nil }
    #expect(throws: XPathError.self) { try evaluator.evaluate(XPathExpression("f:fail()")) }
  }
}
