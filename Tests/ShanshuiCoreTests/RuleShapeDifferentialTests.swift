import ShanshuiTestSupport
import ShanshuiXML
import Testing

@testable import ShanshuiCore

/// The fuzz target's differential (`shanshui-fuzz` in fast-path mode), on a fixed set of seeds: generated rule shapes
/// (predicates, parameters, nested paths, functions, empty node-sets) decided by the fast path and by libxml2 at
/// every element of generated documents, under every profile, and generated contexts selected both ways.
@Suite struct RuleShapeDifferentialTests {
  static let standard = try? BundledTestStandard.standard()

  struct Outcome {
    var tests = (decided: 0, refused: 0)
    var contexts = (decided: 0, refused: 0)
    var verdicts = 0
    var differences: [String] = []
  }

  /// Two tests and a context on each of `seeds`' generated documents, under a profile that changes with the seed.
  static func run(_ seeds: ClosedRange<UInt64>, standard: Standard, fault: FastPathFault? = nil) throws -> Outcome {
    let parameterIDs = standard.parameters.keys.sorted()
    var outcome = Outcome()
    for seed in seeds {
      var generator = RuleShapeGenerator(seed: seed, parameterIDs: parameterIDs)
      let text = generator.document()
      let document = try XMLDocument.parse(Array(text.utf8), url: "shape-\(seed).xml", dropIgnorableWhitespace: true)
      let differential = FastPathDifferential(
        document: document, standard: standard, profile: Profile.allCases[Int(seed) % Profile.allCases.count],
        fault: fault)
      for _ in 0..<2 {
        let test = generator.test()
        if let found = differential.condition(test) {
          outcome.tests.decided += 1
          outcome.verdicts += differential.elementCount
          outcome.differences += found.map { "seed \(seed): \($0)" }
        } else {
          outcome.tests.refused += 1
        }
      }
      let context = generator.context()
      if let found = differential.context(context) {
        outcome.contexts.decided += 1
        outcome.differences += found.map { "seed \(seed): \($0)" }
      } else {
        outcome.contexts.refused += 1
      }
    }
    return outcome
  }

  @Test func generatedShapesDecideAsLibxml2() throws {
    let standard = try #require(Self.standard)
    let outcome = try Self.run(1...4000, standard: standard)
    let (tests, contexts, verdicts, differences) = (
      outcome.tests, outcome.contexts, outcome.verdicts, outcome.differences
    )
    print(
      "rule-shape differential: tests \(tests.decided) decided in place, \(tests.refused) left to libxml2 (\(verdicts) verdicts); contexts \(contexts.decided) / \(contexts.refused)"
    )
    // Both sides of the grammar are exercised, with enough verdicts to mean something.
    #expect(tests.decided >= 2_000 && tests.refused >= 2_000, "\(tests)")
    #expect(contexts.decided >= 1_000 && contexts.refused >= 500, "\(contexts)")
    #expect(verdicts >= 20_000)
    #expect(differences.isEmpty, "\(differences.prefix(15).joined(separator: "\n"))")
  }

  /// The oracle bites: issue 13's defect put back into the fast path (`FastPathFault`) is found on these shapes.
  @Test func theDifferentialFindsAnInjectedDefect() throws {
    let standard = try #require(Self.standard)
    let predicates = try Self.run(1...4000, standard: standard, fault: .parametersInPredicates)
    // Only tests with a parameter inside a predicate change: they are the ones the fault lets in.
    #expect(!predicates.differences.isEmpty)
    #expect(
      predicates.differences.allSatisfy { $0.contains("[") && $0.contains("$") }, "\(predicates.differences.prefix(3))")
    let contexts = try Self.run(1...200, standard: standard, fault: .dropLastContextNode)
    #expect(!contexts.differences.isEmpty)
  }
}
