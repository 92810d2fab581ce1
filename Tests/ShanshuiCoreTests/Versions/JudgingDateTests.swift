import ShanshuiCore
import ShanshuiXML
import Testing

/// The date a submission is judged on, read from its programmes (parsed without the schema, so that a `callDate`
/// the format does not have yet can be read too).
@Suite struct JudgingDateTests {
  static let today = CalendarDate("2026-12-06")!

  static func judging(_ programmes: String) throws -> JudgingDate {
    let xml = """
      <submission xmlns="urn:shanshui:submission:1" formatVersion="1"><project id="P" type="ssw">\(programmes)</project></submission>
      """
    let document = try XMLDocument.parse(Array(xml.utf8), url: "test.xml")
    return JudgingDate.of(submission: document.root, today: today)
  }

  @Test func aCallYearIsItsFirstOfJanuary() throws {
    let judging = try Self.judging(#"<programme code="central-ssw" callYear="2025"/>"#)
    #expect(
      judging
        == JudgingDate(date: CalendarDate("2025-01-01")!, basis: .callYear, programme: "central-ssw", written: "2025"))
  }

  @Test func aCallDateWinsOverTheYearOfTheSameProgramme() throws {
    let judging = try Self.judging(#"<programme code="central-ssw" callYear="2025" callDate="2025-03-15"/>"#)
    #expect(judging.basis == .callDate && judging.date.description == "2025-03-15")
  }

  @Test func theEarliestCentralProgrammeDecides() throws {
    let judging = try Self.judging(
      #"<programme code="local" callYear="2019"/><programme code="central-mine-demo" callYear="2026"/>"#
        + #"<programme code="central-ssw" callYear="2025"/>"#)
    #expect(judging.programme == "central-ssw" && judging.date.description == "2025-01-01")
  }

  @Test func withoutACentralProgrammeTheEarliestDecides() throws {
    let judging = try Self.judging(
      #"<programme code="provincial-sichuan" callYear="2026"/><programme code="local" callYear="2024"/>"#)
    #expect(judging.programme == "local" && judging.date.description == "2024-01-01")
  }

  @Test func aTimeZoneIsIgnoredAndAnUnreadableValueGivesNoDate() throws {
    #expect(
      try Self.judging(#"<programme code="central-ssw" callYear="2025+08:00"/>"#).date.description == "2025-01-01")
    #expect(
      try Self.judging(#"<programme code="central-ssw" callDate="2025-02-03Z"/>"#).date.description == "2025-02-03")
    let unreadable = try Self.judging(
      #"<programme code="central-ssw" callYear="twenty"/><programme code="local" callYear="2023"/>"#)
    #expect(unreadable.programme == "local")
  }

  @Test func noDatedProgrammeMeansToday() throws {
    #expect(try Self.judging("") == JudgingDate(date: Self.today, basis: .today))
    #expect(try Self.judging(#"<programme code="central-ssw"/>"#).basis == .today)
  }
}
