import ShanshuiCore
import Testing

@Suite struct CalendarDateTests {
  @Test(arguments: ["2021-11-10", "2024-02-29", "2026-01-01", "0001-01-01", "9999-12-31"])
  func readsRealDates(text: String) throws {
    let date = try #require(CalendarDate(text))
    #expect(date.description == text)
  }

  @Test(arguments: [
    "2020-13-01", "2021-02-29", "2026-04-31", "2026-00-10", "2026-01-00", "2026-1-01", "26-01-01", "2026/01/01",
    "2026-01-01T00:00", "", "２０２６-01-01", "+026-01-01", "0000-01-01",
  ])
  func refusesAnythingElse(text: String) {
    #expect(CalendarDate(text) == nil, "\(text)")
  }

  @Test func ordersAsDates() throws {
    let dates = try ["2026-01-01", "2021-11-10", "2025-12-31", "2021-11-09"].map { try #require(CalendarDate($0)) }
    #expect(dates.sorted().map(\.description) == ["2021-11-09", "2021-11-10", "2025-12-31", "2026-01-01"])
    #expect(CalendarDate.firstOfJanuary(2025)?.description == "2025-01-01")
  }
}
