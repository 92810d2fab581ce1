import Foundation
import ShanshuiConfig
import ShanshuiCore
import ShanshuiTestSupport
import Testing

/// `as-of` in the configuration: a real YYYY-MM-DD date, quoted or not (YAML would read it as a timestamp), else E300
/// at the value.
@Suite struct ConfigurationAsOfTests {
  static func load(_ yaml: String) throws -> Result<Configuration, ConfigurationError> {
    let file = try TemporaryDirectory.make("config").appendingPathComponent(".shanshui.yml")
    try yaml.write(to: file, atomically: true, encoding: .utf8)
    return Configuration.load(path: file.path)
  }

  @Test(arguments: ["as-of: 2025-06-30\n", "as-of: '2025-06-30'\n", "baseline: b.json\nas-of: \"2025-06-30\"\n"])
  func readsTheDate(yaml: String) throws {
    let configuration = try Self.load(yaml).get()
    #expect(configuration.asOf == CalendarDate("2025-06-30"))
  }

  @Test func withoutItThereIsNone() throws {
    #expect(try Self.load("baseline: b.json\n").get().asOf == nil)
  }

  @Test(arguments: ["as-of: 2025-6-30\n", "as-of: 2025-02-30\n", "as-of: next year\n", "as-of: [2025]\n", "as-of:\n"])
  func anythingElseIsE300AtTheValue(yaml: String) throws {
    guard case .failure(let error) = try Self.load(yaml) else {
      Issue.record("\(yaml) was accepted")
      return
    }
    #expect(error.diagnostics.count == 1)
    let problem = try #require(error.diagnostics.first)
    #expect(problem.code == .configurationInvalid && problem.location.line == 1 && problem.location.column >= 7)
    #expect(problem.message.text(.en) == "as-of must be a date written YYYY-MM-DD (such as 2025-06-30)")
  }
}
