import ShanshuiCore
import ShanshuiTestSupport
import Testing

/// Rules taken from one programme's call (`<applies programmes>`) apply only to submissions of that programme
/// (`project/programme/@code`): n/a, not a failure, for any other; a submission that states no programme gets the
/// SS-SYS-002 notice listing them.
@Suite struct ProgrammeScopeTests {
  static let fixture = "sc-mine-huaying-county-funded-below-thresholds.xml"
  /// The demonstration rules the county-funded fixture is below.
  static let demonstrationFailures: Set<String> = ["SS-MIN-002", "SS-MIN-004", "SS-FUN-007"]

  func fixture(programme: String?) throws -> [UInt8] {
    let text = String(decoding: try Repository.bytes("fixtures/\(Self.fixture)"), as: UTF8.self)
    let line = #"<programme code="local" callYear="2026"/>"#
    #expect(text.contains(line))
    let replacement = programme.map { #"<programme code="\#($0)" callYear="2026"/>"# } ?? ""
    return Array(text.replacingOccurrences(of: line, with: replacement).utf8)
  }

  @Test func aCountyFundedMineBelowTheDemonstrationThresholdsPasses() throws {
    let validator = try #require(FixtureTests.validator)
    let result = validator.validateEveryProfile(bytes: try fixture(programme: "local"), path: Self.fixture)
    #expect(result.findings.isEmpty, "\(result.findings.map(\.ruleID))")
    let matrix = try #require(result.verdicts)
    for row in matrix.rows where Self.demonstrationFailures.contains(row.ruleID) {
      #expect(row.verdicts.values.allSatisfy { $0 == .notApplicable }, "\(row.ruleID): \(row.verdicts)")
    }
  }

  @Test func theSameFileAsADemonstrationProjectFailsTheThresholds() throws {
    let validator = try #require(FixtureTests.validator)
    let bytes = try fixture(programme: "central-mine-demo")
    let result = validator.validate(bytes: bytes, path: Self.fixture, selection: .auto)
    #expect(Set(result.findings.map(\.ruleID)) == Self.demonstrationFailures)
    #expect(result.findings.allSatisfy { $0.severity == .error && $0.profile == .sichuan })
    let matrix = try #require(validator.validateEveryProfile(bytes: bytes, path: Self.fixture).verdicts)
    for row in matrix.rows where Self.demonstrationFailures.contains(row.ruleID) {
      #expect(row.verdicts.values.allSatisfy { $0 == .fail }, "\(row.ruleID): \(row.verdicts)")
    }
  }

  @Test func oneOfSeveralProgrammesIsEnough() throws {
    let validator = try #require(FixtureTests.validator)
    let text = String(decoding: try fixture(programme: "local"), as: UTF8.self).replacingOccurrences(
      of: #"<programme code="local" callYear="2026"/>"#,
      with: #"<programme code="local" callYear="2026"/><programme code="central-mine-demo" callYear="2026"/>"#)
    let result = validator.validate(bytes: Array(text.utf8), path: Self.fixture, selection: .auto)
    #expect(Set(result.findings.map(\.ruleID)) == Self.demonstrationFailures)
  }

  @Test func noProgrammeIsAnInfoNoticeListingTheRulesNotApplied() throws {
    let validator = try #require(FixtureTests.validator)
    let result = validator.validate(bytes: try fixture(programme: nil), path: Self.fixture, selection: .auto)
    #expect(result.findings.map(\.ruleID) == ["SS-SYS-002"])
    let notice = try #require(result.findings.first)
    #expect(notice.severity == .info && notice.path == "/submission/project" && notice.location.line == 10)
    let message = notice.message.text(.en)
    for rule in ["SS-MIN-002", "SS-MIN-004", "SS-MIN-005", "SS-MIN-006", "SS-MIN-007", "SS-MIN-010"] {
      #expect(message.contains("\(rule) (central-mine-demo)"), "\(message)")
    }
    #expect(message.contains("SS-FUN-007 (central-mine-demo, central-ssw)"))
    // Only rules of the project's type: the integrated project's award tiers are not listed for a mine.
    #expect(!message.contains("SS-FUN-002") && !message.contains("SS-RIV-006"))
    #expect(notice.message.text(.zh).contains("SS-MIN-002（central-mine-demo）"))
  }

  /// The forest-belt rule has no Sichuan value: under Sichuan's criteria there is nothing to list, so no notice.
  @Test func theNoticeListsTheRulesThatApplyUnderTheProfile() throws {
    let validator = try #require(FixtureTests.validator)
    let bytes = try Repository.bytes("Tests/Fixtures/schematron/programme-none-greening-forest-belt.xml")
    let chongqing = validator.validate(bytes: bytes, path: "greening.xml", selection: .forced(.chongqing))
    let notice = try #require(chongqing.findings.first { $0.ruleID == "SS-SYS-002" })
    #expect(notice.profile == .chongqing)
    #expect(
      notice.message.text(.en).hasSuffix(
        "were not applied: SS-RIV-006 (cq-qianli-forest-belt); SS-GEO-010 (cq-qianli-forest-belt)"))
    #expect(!chongqing.findings.contains { $0.ruleID == "SS-RIV-006" })
    let sichuan = validator.validate(bytes: bytes, path: "greening.xml", selection: .forced(.sichuan))
    #expect(!sichuan.findings.contains { $0.ruleID == "SS-SYS-002" })
  }

  @Test func aProjectTypeWithoutProgrammeRulesGetsNoNotice() throws {
    let validator = try #require(FixtureTests.validator)
    let bytes = try Repository.bytes("fixtures/sc-wetland-suining-guanyinhu-net-loss.xml")
    #expect(!String(decoding: bytes, as: UTF8.self).contains("<programme"))
    let result = validator.validate(bytes: bytes, path: "wetland.xml", selection: .auto)
    #expect(!result.findings.contains { $0.ruleID == "SS-SYS-002" })
  }

  @Test func aProgrammeNamedTwiceIsRejectedByTheSchema() throws {
    let validator = try #require(FixtureTests.validator)
    let text = String(decoding: try fixture(programme: "local"), as: UTF8.self).replacingOccurrences(
      of: #"<programme code="local" callYear="2026"/>"#,
      with: #"<programme code="local" callYear="2026"/><programme code="local" callYear="2027"/>"#)
    let result = validator.validate(bytes: Array(text.utf8), path: "twice.xml", selection: .auto)
    #expect(result.status == .notChecked)
    #expect(result.diagnostics.map(\.code) == [.inputSchemaInvalid])
    #expect(result.diagnostics.first?.location.line == 12)
    #expect(result.diagnostics.first?.raw?.contains("Duplicate key-sequence ['local']") == true)
    #expect(result.diagnostics.first?.message.text(.zh) == "<programme> 重复：值“local”已出现过，每个值只能写一次")
  }

  @Test func anUnknownProgrammeInARuleIsALoadError() throws {
    var standard = try EditedStandard()
    try standard.replace(
      #"programmes="cq-qianli-forest-belt""#, with: #"programmes="cq-qianli-forestbelt""#, in: "rules/corridors.xml")
    do {
      _ = try standard.load()
      Issue.record("the standard loaded")
    } catch let failure as StandardLoader.Failure {
      #expect(failure.diagnostics.map(\.code) == [.unknownReference])
      let message = try #require(failure.diagnostics.first).message.text(.en)
      #expect(
        message.contains("SS-RIV-006") && message.contains("cq-qianli-forestbelt")
          && message.contains("programmes codelist"))
      #expect(failure.diagnostics.first?.location.file.hasSuffix("corridors.xml") == true)
    }
  }
}
