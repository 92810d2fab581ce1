import ShanshuiTestSupport
import ShanshuiXML
import Testing

@testable import ShanshuiCore

/// The bundled standard in verify mode (`FastPathVerification`): every fast-path decision on every fixture under every
/// profile, and on submissions generated from the fixtures, is taken again by libxml2 and agrees; and verify mode
/// changes no verdict.
@Suite struct FastPathVerifyCorpusTests {
  static let standard = try? BundledTestStandard.standard()
  static let selections: [ProfileSelection] = [.auto, .forced(.chongqing), .forced(.sichuan), .forced(.unified)]

  /// Checks `bytes` under every profile in verify mode and without; returns the decisions verified, and the problems.
  static func verify(_ bytes: [UInt8], name: String, standard: Standard) -> (decisions: Int, problems: [String]) {
    let verifying = Validator(standard: standard, verifyFastPath: true)
    let plain = Validator(standard: standard, verifyFastPath: false)
    guard case .success(let document) = verifying.prepare(bytes: bytes, path: name) else { return (0, []) }
    var decisions = 0
    var problems: [String] = []
    for selection in selections {
      let (verified, count) = verifying.run(document, path: name, selection: selection, source: bytes)
      decisions += count
      for diagnostic in verified.diagnostics where diagnostic.code == .fastPathDisagreement {
        problems.append("\(selection): \(diagnostic.message.text(.en))")
      }
      let unverified = plain.check(document, path: name, selection: selection, source: bytes)
      if verified.findings != unverified.findings || verified.diagnostics != unverified.diagnostics {
        problems.append("\(name) \(selection): verify mode changed the result")
      }
    }
    return (decisions, problems)
  }

  @Test func verifyModeCompilesEveryReadPath() throws {
    let standard = try #require(Self.standard)
    let paths = Set(standard.rules.flatMap(\.check.readPaths))
    #expect(paths.count >= 20)
    let expressions = Validator(standard: standard, verifyFastPath: true).readPathExpressions
    #expect(Set(expressions.keys) == paths)
    #expect(expressions[try #require(SimplePath("maintenance/@party"))]?.source == "s:maintenance/@party")
    #expect(Validator(standard: standard, verifyFastPath: false).readPathExpressions.isEmpty)
  }

  @Test(arguments: (try? Repository.fixtures()) ?? [])
  func everyFixtureUnderEveryProfileAgrees(name: String) throws {
    let standard = try #require(Self.standard)
    let bytes = try Repository.bytes("fixtures/\(name)")
    let (decisions, problems) = Self.verify(bytes, name: name, standard: standard)
    #expect(problems.isEmpty, "\(problems.prefix(10).joined(separator: "\n"))")
    // Schema-invalid fixtures are never rule-checked; every other fixture has fast-path decisions to verify.
    if case .success = Validator(standard: standard).prepare(bytes: bytes, path: name) {
      #expect(decisions >= 100, "\(name): \(decisions) decisions verified")
    }
  }

  /// Submissions generated from every fixture the generator can extend (and the example base): units repeated with
  /// varied damage, modes and areas, some with an invalid mode, checked under every profile.
  @Test func generatedSubmissionsAgree() throws {
    let standard = try #require(Self.standard)
    var bases = [("base-submission.xml", try #require(standard.exampleBase))]
    for name in try Repository.fixtures() { bases.append((name, try Repository.bytes("fixtures/\(name)"))) }
    var generated = 0
    var decisions = 0
    var problems: [String] = []
    for (index, (name, base)) in bases.enumerated() {
      let generator = SubmissionGenerator(
        units: 6 + index % 5, seed: UInt64(index + 1), faultEvery: index % 2 == 0 ? 3 : nil)
      guard let bytes = try? generator.generate(from: base) else { continue }
      generated += 1
      let outcome = Self.verify(bytes, name: "generated-from-\(name)", standard: standard)
      decisions += outcome.decisions
      problems += outcome.problems
    }
    print("fast-path verify mode: \(generated) generated submissions, \(decisions) decisions verified under 4 profiles")
    #expect(generated >= 20)
    #expect(decisions >= 20_000, "\(decisions)")
    #expect(problems.isEmpty, "\(problems.prefix(10).joined(separator: "\n"))")
  }
}
