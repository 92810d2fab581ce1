import Foundation
import ShanshuiBundledStandard
import ShanshuiCore
import ShanshuiFrontend
import ShanshuiTestSupport
import Testing

/// The versions of the standard: the frozen 0.1.0 is bundled and loads from the bundle and from its directory, older
/// versions are loaded only when a file needs them, and each file is judged by the version in force for it.
@Suite struct VersionedStandardTests {
  @Test func theFrozenVersionIsBundledWithItsEffectiveDate() throws {
    let versioned = try VersionedStandard.load(nil).get()
    let frozen = try #require(versioned.set.members.first { $0.directory == "versions/0.1.0" })
    #expect(frozen.info.version == "0.1.0" && frozen.info.effective == "2021-11-10")
    #expect(frozen.info.id == versioned.current.standard.info.id)
    #expect(versioned.set.current?.info == versioned.current.standard.info)
    #expect(BundledStandard.versionDirectories == ["versions/0.1.0"])
  }

  @Test func theFrozenVersionLoadsFromTheBundleAsFromItsDirectory() throws {
    let versioned = try VersionedStandard.load(nil).get()
    let frozen = try #require(versioned.set.members.first { $0.directory == "versions/0.1.0" })
    let bundled = try versioned.standard(frozen).get()
    // From disk, with every example edit applied (the bundle skips them, as for the current version).
    let onDisk = try StandardLoader(toolFiles: BundledStandard.files).load(
      .directory(Repository.url("standards/versions/0.1.0").path))
    #expect(bundled.info == onDisk.info && bundled.info.effective == "2021-11-10")
    #expect(bundled.rules.map(\.id) == onDisk.rules.map(\.id) && !bundled.rules.isEmpty)
    #expect(Set(bundled.parameters.keys) == Set(onDisk.parameters.keys))
  }

  @Test func theFrozenVersionsExamplesAllPass() throws {
    let standard = try StandardLoader(toolFiles: BundledStandard.files).load(
      .directory(Repository.url("standards/versions/0.1.0").path))
    let results = ExampleRunner(validator: Validator(standard: standard)).runAll()
    #expect(
      !results.isEmpty && results.allSatisfy(\.passed),
      "\(results.filter { !$0.passed }.map { "\($0.ruleID) #\($0.index): \($0.problem?.text(.en) ?? "")" })")
  }

  /// Start-up pays for the current version only: checking a file the current version judges loads no other version;
  /// the first file that needs 0.1.0 loads it, once, for the whole run.
  @Test func anOlderVersionIsLoadedOnlyWhenAFileNeedsIt() throws {
    let directory = try VersionPair.write()
    defer { try? FileManager.default.removeItem(at: directory) }
    let newer = try VersionPair.submission(callYear: 2026, in: directory)
    let older = try VersionPair.submission(callYear: 2025, in: directory)
    let versioned = try VersionedStandard.load(directory.path).get()
    let checker = Checker(versioned.current, judge: VersionJudge(versioned, asOf: nil))
    let first = checker.check(InputCollector.collect([newer]), jobs: 1)
    #expect(first.first?.judgedBy?.version == "0.2.0" && first.first?.findings.isEmpty == true)
    #expect(versioned.loadedVersionDirectories.isEmpty)
    let oldest = try VersionPair.submission(callYear: 2022, in: directory)
    let batch = checker.check(InputCollector.collect([older, newer, oldest]), jobs: 2)
    #expect(versioned.loadedVersionDirectories == ["versions/0.1.0"])
    #expect(batch.map { $0.judgedBy?.version } == ["0.1.0", "0.2.0", "0.1.0"])
    #expect(batch.map { Set($0.findings.map(\.ruleID)) } == [["SS-GRN-001"], [], ["SS-GRN-001"]])
    let choice = try #require(batch.first?.judgedBy)
    #expect(choice.basis == .callYear && choice.judgingDate?.date.description == "2025-01-01")
    #expect(choice.judgingDate?.programme == "central-ssw" && !choice.beforeEveryVersion)
  }

  @Test func aDateBeforeEveryVersionTakesTheOldestWithANotice() throws {
    let directory = try VersionPair.write()
    defer { try? FileManager.default.removeItem(at: directory) }
    let file = try VersionPair.submission(callYear: 2020, in: directory)
    let versioned = try VersionedStandard.load(directory.path).get()
    let result = try #require(
      Checker(versioned.current, judge: VersionJudge(versioned, asOf: nil)).check(InputCollector.collect([file])).first)
    #expect(result.judgedBy?.version == "0.1.0" && result.judgedBy?.beforeEveryVersion == true)
    let notice = try #require(result.findings.first { $0.ruleID == "SS-SYS-003" })
    #expect(notice.severity == .info)
    #expect(notice.message.text(.en).contains("2020-01-01") && notice.message.text(.en).contains("0.1.0"))
    // On the programme the date came from.
    let text = String(decoding: try Repository.bytes("fixtures/cq-ssw-three-gorges-compliant.xml"), as: UTF8.self)
    let line = text.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.contains("<programme ") }
    #expect(notice.location.line == line.map { $0 + 1 })
  }

  @Test func aBrokenOlderVersionFailsOnlyTheFilesThatNeedIt() throws {
    let directory = try VersionPair.write()
    defer { try? FileManager.default.removeItem(at: directory) }
    try Data("<broken".utf8).write(to: directory.appendingPathComponent("versions/0.1.0/rules/greening.xml"))
    let files = [
      try VersionPair.submission(callYear: 2025, in: directory),
      try VersionPair.submission(callYear: 2026, in: directory),
    ]
    let versioned = try VersionedStandard.load(directory.path).get()
    let results = Checker(versioned.current, judge: VersionJudge(versioned, asOf: nil)).check(
      InputCollector.collect(files))
    #expect(results[0].status == .notChecked && results[0].diagnostics.contains { $0.code == .standardMalformed })
    #expect(results[1].status == .checked && results[1].diagnostics.isEmpty)
  }

  @Test func aVersionWithoutADateStopsTheRun() throws {
    let directory = try VersionPair.write()
    defer { try? FileManager.default.removeItem(at: directory) }
    let manifest = directory.appendingPathComponent("versions/0.1.0/standard.xml")
    let text = try String(contentsOf: manifest, encoding: .utf8)
    try text.replacingOccurrences(of: #"effective="2021-11-10""#, with: #"effective="2021-11""#).write(
      to: manifest, atomically: true, encoding: .utf8)
    guard case .failure(let failure) = VersionedStandard.load(directory.path) else {
      Issue.record("a version without a date loaded")
      return
    }
    #expect(failure.diagnostics.map(\.code) == [.versionInvalid])
    #expect(failure.diagnostics.first?.location.file.hasSuffix("versions/0.1.0/standard.xml") == true)
  }
}
