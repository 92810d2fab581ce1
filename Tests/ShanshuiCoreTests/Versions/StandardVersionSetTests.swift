import ShanshuiCore
import Testing

@Suite struct StandardVersionSetTests {
  static func member(_ version: String, _ effective: String, current: Bool = false) -> StandardVersionSet.Member {
    StandardVersionSet.Member(
      info: StandardInfo(id: "s", version: version, status: "draft", effective: effective, title: LocalizedText("s")),
      effective: CalendarDate(effective)!, directory: current ? "" : "versions/\(version)")
  }

  static let set = StandardVersionSet(members: [
    member("0.2.0", "2026-01-01", current: true), member("0.1.0", "2021-11-10"), member("0.0.5", "2019-06-01"),
  ])

  @Test func theVersionInForceIsTheLatestEffectiveOnOrBeforeTheDate() throws {
    let cases = [
      ("2026-01-01", "0.2.0"), ("2030-05-05", "0.2.0"), ("2025-12-31", "0.1.0"), ("2021-11-10", "0.1.0"),
      ("2021-11-09", "0.0.5"), ("2019-06-01", "0.0.5"),
    ]
    for (date, version) in cases {
      let inForce = try #require(Self.set.inForce(on: CalendarDate(date)!))
      #expect(inForce.member.info.version == version && !inForce.before, "\(date)")
    }
  }

  @Test func beforeEveryVersionTheOldestJudgesAndSaysSo() throws {
    let inForce = try #require(Self.set.inForce(on: CalendarDate("2019-05-31")!))
    #expect(inForce.member.info.version == "0.0.5" && inForce.before)
  }

  @Test func membersAreOldestFirstAndTheCurrentOneWinsATie() {
    #expect(Self.set.members.map(\.info.version) == ["0.0.5", "0.1.0", "0.2.0"])
    #expect(Self.set.current?.info.version == "0.2.0")
    let tie = StandardVersionSet(members: [
      Self.member("b", "2026-01-01", current: true), Self.member("a", "2026-01-01"),
    ])
    #expect(tie.inForce(on: CalendarDate("2026-02-01")!)?.member.isCurrent == true)
    #expect(Self.set.named("0.1.0")?.directory == "versions/0.1.0" && Self.set.named("9.9.9") == nil)
  }

  @Test func versionDirectoriesAreThoseWithAManifestDirectlyBelowVersions() {
    let paths = [
      "versions/0.1.0/standard.xml", "versions/0.1.0/rules/basics.xml", "versions/x/y/standard.xml", "standard.xml",
      "versions/standard.xml", "versions/0.0.5/standard.xml",
    ]
    #expect(StandardVersionSet.versionDirectories(among: paths) == ["versions/0.0.5", "versions/0.1.0"])
  }

  @Test func aManifestWithoutADateIsNoVersion() {
    let bytes = Array(
      #"<standard xmlns="urn:shanshui:standard:1" id="s" version="1" status="draft" effective="soon"/>"#.utf8)
    guard case .failure(let problem) = StandardVersionSet.header(bytes: bytes, file: "v/standard.xml", directory: "v")
    else {
      Issue.record("a manifest with effective=\"soon\" was read as a version")
      return
    }
    #expect(problem.code == .versionInvalid && problem.message.text(.en).contains("'soon'"))
  }
}
