import Foundation
import ShanshuiCore
import ShanshuiFrontend
import ShanshuiTestSupport
import Testing

/// `FixtureTests` hold each fixture to its expectations under the current version; `shanshui check` judges it by the
/// version in force on its call date. The two must agree, or a fixture's expectations would not be what `check` says
/// of it: a fixture whose call year falls under an older version with other rules fails here (give it a current call
/// year, or expectations of that version).
@Suite struct FixtureVersionTests {
  static let versioned = try? VersionedStandard.load(nil).get()

  @Test(arguments: (try? Repository.fixtures()) ?? [])
  func checkJudgesTheFixtureAsTheCurrentVersionDoes(name: String) throws {
    let versioned = try #require(Self.versioned)
    let bytes = try Repository.bytes("fixtures/\(name)")
    let checker = Checker(versioned.current, judge: VersionJudge(versioned, asOf: nil))
    let judged = checker.check(bytes: bytes, path: name)
    let current = try #require(BundledTestStandard.validator).validate(bytes: bytes, path: name, selection: .auto)
    let key = { (finding: Finding) in "\(finding.location.line) \(finding.ruleID) \(finding.profile.rawValue)" }
    #expect(
      judged.findings.map(key) == current.findings.map(key), "\(name): judged by \(judged.judgedBy?.version ?? "?")")
  }
}
