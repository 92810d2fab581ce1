import ShanshuiBundledStandard
import ShanshuiTestSupport
import Testing

@testable import ShanshuiCore

/// The kill switch (`SHANSHUI_FAST_PATH=0`, `Validator(fastPath: false)`): no context and no `assert` is decided by
/// direct tree access, and every fixture under every profile gets exactly the findings it gets with the fast path.
@Suite struct FastPathKillSwitchTests {
  static let standard = try? StandardLoader(toolFiles: BundledStandard.files).load(BundledStandard.source)

  @Test func offMeansNoDirectAccessForContextsOrAsserts() throws {
    let standard = try #require(Self.standard)
    let off = Validator(standard: standard, fastPath: false)
    #expect(!off.usesFastPath && off.ruleTable.inPlace.allSatisfy { $0 == nil })
    #expect(off.ruleTable.contexts.allSatisfy { $0 == nil })
    // With the fast path on, most contexts and many asserts are decided directly: the switch changes something.
    let on = Validator(standard: standard, fastPath: true)
    let contexts = on.ruleTable.contexts.compactMap { $0 }.count
    let tests = on.ruleTable.inPlace.compactMap { $0 }.count
    #expect(contexts >= 40 && tests >= 20, "\(contexts) \(tests)")
  }

  @Test(arguments: (try? Repository.fixtures()) ?? [])
  func everyFixtureGetsTheSameFindings(name: String) throws {
    let standard = try #require(Self.standard)
    let bytes = try Repository.bytes("fixtures/\(name)")
    let on = Validator(standard: standard, verifyFastPath: false, fastPath: true)
    let off = Validator(standard: standard, verifyFastPath: false, fastPath: false)
    for selection in [ProfileSelection.auto, .forced(.chongqing), .forced(.sichuan), .forced(.unified)] {
      let fast = on.validate(bytes: bytes, path: name, selection: selection)
      let slow = off.validate(bytes: bytes, path: name, selection: selection)
      #expect(fast.findings == slow.findings && fast.diagnostics == slow.diagnostics, "\(name) \(selection)")
    }
  }
}
