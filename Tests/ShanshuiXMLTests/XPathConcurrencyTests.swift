import Dispatch
import Testing

@testable import ShanshuiXML

/// One compiled expression and one compiled schema shared by 8 threads, each with its own documents and evaluators:
/// every answer is the single-threaded one, and an evaluation never shares its compiled copy (libxml2 caches function
/// look-ups inside it while evaluating). ThreadSanitizer (scripts/sanitize) checks the Swift side and the pool's lock;
/// it cannot see writes inside libxml2, which is not instrumented, hence the direct test of exclusivity.
@Suite struct XPathConcurrencyTests {
  static let threads = 8
  static let rounds = 50

  private func document(_ index: Int) throws -> XMLDocument {
    let items = (0...(index % 5)).map { "<n v='\($0)'>\($0 * 2)</n>" }.joined()
    return try XMLDocument.parse(Array("<a>\(items)</a>".utf8), url: "doc\(index).xml")
  }

  @Test func oneExpressionEvaluatedOnEightThreadsAgreesWithOneThread() throws {
    // Function calls on branches only some documents reach, so caches fill while other threads evaluate.
    let expression = try XPathExpression(
      "count(/a/n) > 3 and starts-with(string(/a/n[last()]/@v), '4') or sum(/a/n) + ss:twice(count(/a/n))")
    @Sendable func answer(_ index: Int) throws -> String {
      let evaluator = XPathEvaluator(document: try document(index), namespaces: ["ss": "urn:test"])
      evaluator.register(function: "twice", namespace: "urn:test") { arguments in
        guard case .number(let value) = arguments.first else { return nil }
        return .number(value * 2)
      }
      return String(describing: try evaluator.evaluate(expression))
    }
    let expected = try (0..<Self.threads).map(answer)
    let mismatches = Counter()
    DispatchQueue.concurrentPerform(iterations: Self.threads) { thread in
      for _ in 0..<Self.rounds where (try? answer(thread)) != expected[thread] { mismatches.add() }
    }
    #expect(mismatches.value == 0)
    // Never more copies than evaluations that could overlap.
    #expect((1...Self.threads).contains(expression.copyCount))
  }

  @Test func anEvaluationWithinAnEvaluationGetsItsOwnCopy() throws {
    let expression = try XPathExpression("1 + 1")
    let distinct = expression.withExclusiveCopy { outer in
      expression.withExclusiveCopy { inner in inner != outer }
    }
    #expect(distinct == true)
    #expect(expression.copyCount == 2)
    // Both copies went back: the next two nested evaluations compile nothing more.
    _ = expression.withExclusiveCopy { _ in expression.withExclusiveCopy { _ in true } }
    #expect(expression.copyCount == 2)
  }

  @Test func oneSchemaValidatesOnEightThreads() throws {
    let xsd = """
      <xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema">
        <xs:element name="a"><xs:complexType><xs:sequence>
          <xs:element name="n" maxOccurs="unbounded"><xs:complexType><xs:simpleContent>
            <xs:extension base="xs:decimal"><xs:attribute name="v" type="xs:integer"/></xs:extension>
          </xs:simpleContent></xs:complexType></xs:element>
        </xs:sequence></xs:complexType></xs:element>
      </xs:schema>
      """
    let schema = try XMLSchema(bytes: Array(xsd.utf8), url: "a.xsd")
    let invalid = "<a><n v='x'>1</n><n>y</n></a>"
    let expected = try schema.validate(XMLDocument.parse(Array(invalid.utf8), url: "bad.xml")).map(\.message)
    #expect(expected.count == 2)
    let mismatches = Counter()
    DispatchQueue.concurrentPerform(iterations: Self.threads) { thread in
      for _ in 0..<Self.rounds {
        guard let valid = try? document(thread), let bad = try? XMLDocument.parse(Array(invalid.utf8), url: "bad.xml"),
          schema.validate(valid).isEmpty, schema.validate(bad).map(\.message) == expected
        else {
          mismatches.add()
          continue
        }
      }
    }
    #expect(mismatches.value == 0)
  }
}

/// A count several threads add to; `@unchecked Sendable`: `count` is read and written only under `mutex`.
private final class Counter: @unchecked Sendable {
  private let mutex = PThreadMutex()
  private var count = 0
  func add() { mutex.locked { count += 1 } }
  var value: Int { mutex.locked { count } }
}
