import Dispatch
import Foundation
import ShanshuiCore
import ShanshuiTestSupport
import Testing

/// The stress test of thread confinement: one `Validator` (one compiled standard) checks the fixtures on 8 threads at
/// once, and every result equals the single-threaded one; standards are also loaded on several threads at once (schema
/// compilation, XPath compilation, the dry run).
///
/// `swift test` runs 8 threads × 20 iterations (each iteration checks one fixture, in turn, under `auto` or, every
/// other time, under every profile), a few seconds in a debug build. scripts/sanitize raises it with
/// `SHANSHUI_STRESS_ITERATIONS` and runs it under ThreadSanitizer, which fails on any data race.
@Suite struct ConcurrentCheckingTests {
  static let threads = 8
  static let iterations = ProcessInfo.processInfo.environment["SHANSHUI_STRESS_ITERATIONS"].flatMap(Int.init) ?? 20

  /// What must not depend on the thread: status, findings, diagnostics.
  struct Outcome: Hashable {
    var status: FileResult.Status
    var findings: [Finding]
    var diagnostics: [String]

    init(_ result: FileResult) {
      status = result.status
      findings = result.findings
      diagnostics = result.diagnostics.map { "\($0.location.line) \($0.message.text(.en))" }
    }
  }

  static func check(_ validator: Validator, _ fixture: (name: String, bytes: [UInt8]), everyProfile: Bool) -> Outcome {
    Outcome(
      everyProfile
        ? validator.validateEveryProfile(bytes: fixture.bytes, path: fixture.name)
        : validator.validate(bytes: fixture.bytes, path: fixture.name, selection: .auto))
  }

  @Test func fixturesCheckedOnEightThreadsMatchOneThread() throws {
    let validator = try #require(BundledTestStandard.validator)
    let fixtures = try Repository.fixtures().map { (name: $0, bytes: try Repository.bytes("fixtures/\($0)")) }
    try #require(!fixtures.isEmpty)
    let expected = fixtures.map { fixture in
      [false, true].map { Self.check(validator, fixture, everyProfile: $0) }
    }
    // Every fixture is checked by some thread: thread t takes fixtures t·iterations, t·iterations + 1, … in turn.
    #expect(Self.threads * Self.iterations >= fixtures.count)
    let mismatches = Mismatches()
    DispatchQueue.concurrentPerform(iterations: Self.threads) { thread in
      for iteration in 0..<Self.iterations {
        let index = (thread * Self.iterations + iteration) % fixtures.count
        let everyProfile = iteration % 2 == 1
        if Self.check(validator, fixtures[index], everyProfile: everyProfile) != expected[index][everyProfile ? 1 : 0] {
          mismatches.add("\(fixtures[index].name) (thread \(thread), every profile: \(everyProfile))")
        }
      }
    }
    #expect(mismatches.all.isEmpty, "\(mismatches.all)")
  }

  @Test func standardsLoadedOnSeveralThreadsAtOnceAgree() throws {
    let fixture = (
      name: "cross-border-mingyueshan-wsc-divergent.xml",
      bytes: try Repository.bytes("fixtures/cross-border-mingyueshan-wsc-divergent.xml")
    )
    let expected = Self.check(try #require(BundledTestStandard.validator), fixture, everyProfile: true)
    #expect(!expected.findings.isEmpty)
    let mismatches = Mismatches()
    DispatchQueue.concurrentPerform(iterations: 4) { thread in
      do {
        let validator = Validator(standard: try BundledTestStandard.load())
        if Self.check(validator, fixture, everyProfile: true) != expected { mismatches.add("thread \(thread)") }
      } catch {
        mismatches.add("thread \(thread): \(error)")
      }
    }
    #expect(mismatches.all.isEmpty, "\(mismatches.all)")
  }
}

/// What went wrong on any thread; `@unchecked Sendable`: `list` is read and written only under `lock`.
private final class Mismatches: @unchecked Sendable {
  private var list: [String] = []
  private let lock = NSLock()

  func add(_ mismatch: String) { lock.withLock { list.append(mismatch) } }
  var all: [String] { lock.withLock { list } }
}
