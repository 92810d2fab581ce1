import Foundation
import ShanshuiTestSupport
import Testing

/// `shanshui harmonize` end to end on the bundled standard: every format parses, the filter, errors and exit statuses.
@Suite(.serialized) struct HarmonizeCommandTests {
  func json(_ arguments: [String]) throws -> [String: Any] {
    let output = try CommandRunner.run(["harmonize", "--format", "json"] + arguments)
    #expect(output.status == 0, "\(output.stderr)")
    return try #require(try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [String: Any])
  }

  @Test func textIsTheDefaultWithATableAndASummary() throws {
    let output = try CommandRunner.run(["harmonize", "--lang", "en"])
    #expect(output.status == 0, "\(output.stderr)")
    let lines = output.stdout.split(separator: "\n").map(String.init)
    #expect(lines.contains { $0.hasPrefix("parameter ") && $0.contains("Chongqing 重庆") && $0.hasSuffix("rules") })
    let soil = try #require(lines.first { $0.hasPrefix("soil-retention-min-2025 ") })
    #expect(
      soil.contains("73 (provisional)") && soil.contains("79 (adopted)") && soil.contains("missing → 79 (Sichuan)"))
    #expect(lines.last?.hasPrefix("Unification progress: ") == true)
    let chinese = try CommandRunner.run(["harmonize"])
    #expect(chinese.status == 0 && chinese.stdout.contains("缺失 → 79（四川）"))
    #expect(chinese.stdout.split(separator: "\n").last?.hasPrefix("统一进度：参数共 ") == true)
  }

  @Test func jsonCoversEveryParameter() throws {
    let root = try json(["--lang", "en"])
    #expect(root["formatVersion"] as? Int == 1)
    let summary = try #require(root["summary"] as? [String: Int])
    let parameters = try #require(root["parameters"] as? [[String: Any]])
    #expect(parameters.count == summary["parameters"] && parameters.count > 20)
    let belt = try #require(parameters.first { $0["id"] as? String == "qianli-belt-max-distance" })
    #expect(belt["stricter"] is NSNull && belt["rules"] as? [String] == ["SS-GEO-010", "SS-RIV-006"])
    #expect(((belt["values"] as? [String: Any])?["sichuan"]) is NSNull)
  }

  /// Values whose own source says the text was not seen, not retrieved or second-hand are provisional, with a reason
  /// that says so (issue 13, item 5): harmonize shows them as such under every profile that states them.
  @Test func valuesOnUnseenOrSecondHandSourcesShowAsProvisional() throws {
    let parameters = try #require(try json(["--lang", "en"])["parameters"] as? [[String: Any]])
    let provisional = [
      "mine-central-max-share", "mine-central-max-award", "ssw-min-investment", "ssw-award-max-share", "ssw-award-max",
      "ssw-cross-award-max-share", "ssw-cross-award-max", "wsc-loss-ratio-min-light", "wsc-loss-ratio-min-moderate",
      "retention-check-year", "steep-slope-max",
      "tailings-min-distance-mainstem", "tailings-min-distance-tributary", "rocky-desert-woody-max-cover",
      "rocky-desert-grass-max-cover",
    ]
    for id in provisional {
      let row = try #require(parameters.first { $0["id"] as? String == id }, "\(id)")
      let values = try #require(row["values"] as? [String: Any])
      let stated = values.values.compactMap { $0 as? [String: Any] }
      #expect(!stated.isEmpty, "\(id)")
      for value in stated {
        #expect(value["status"] as? String == "provisional", "\(id)")
        #expect((value["reason"] as? String)?.isEmpty == false, "\(id) gives no reason")
      }
    }
    // Adopted since 0.2.0: the 85 % survival is 森林法实施条例 article 25, whose text was seen.
    for id in ["mine-survival-min", "planting-survival-min"] {
      let row = try #require(parameters.first { $0["id"] as? String == id }, "\(id)")
      let values = try #require(row["values"] as? [String: Any])
      #expect(values.values.compactMap { ($0 as? [String: Any])?["status"] as? String }.allSatisfy { $0 == "adopted" })
    }
    // Untouched: an official text was seen (the Yangtze law's 1 km for chemical projects).
    let chemical = try #require(parameters.first { $0["id"] as? String == "chemical-min-distance" })
    let values = try #require(chemical["values"] as? [String: Any])
    #expect(values.values.compactMap { ($0 as? [String: Any])?["status"] as? String }.allSatisfy { $0 == "adopted" })
    let text = try CommandRunner.run(["harmonize", "--lang", "en"])
    let line = try #require(text.stdout.split(separator: "\n").first { $0.hasPrefix("steep-slope-max ") })
    #expect(line.contains("25 (provisional)") && !line.contains("(adopted)"))
  }

  @Test func onlyDifferingListsTheDifferencesAndTheWholeSummary() throws {
    let root = try json(["--only-differing"])
    let summary = try #require(root["summary"] as? [String: Int])
    let parameters = try #require(root["parameters"] as? [[String: Any]])
    #expect(parameters.count == summary["differing"] && parameters.count < (summary["parameters"] ?? 0))
    #expect(parameters.allSatisfy { $0["stricter"] as? String != "same" })
    #expect(parameters.contains { $0["id"] as? String == "soil-retention-min-2025" })
    let text = try CommandRunner.run(["harmonize", "--only-differing", "--lang", "en"])
    #expect(text.stdout.contains("only parameters that differ between the provinces: \(parameters.count) of "))
    #expect(!text.stdout.contains("\nsteep-slope-max "))
  }

  @Test func markdownCSVAndHTMLParse() throws {
    let markdown = try CommandRunner.run(["harmonize", "--format", "markdown"])
    #expect(markdown.status == 0 && markdown.stdout.hasPrefix("# "))
    let rows = markdown.stdout.split(separator: "\n").filter { $0.hasPrefix("| ") }
    let root = try json([])
    let count = (root["parameters"] as? [Any])?.count ?? -1
    #expect(rows.count == count + 2)

    let csv = try CommandRunner.run(["harmonize", "--format", "csv", "--lang", "en"])
    #expect(csv.status == 0)
    let records = try #require(CLICSV.records(csv.stdout))
    #expect(records.count == count + 1 && Set(records.map(\.count)).count == 1)
    #expect(records.first?.first == "parameter")

    let html = try CommandRunner.run(["harmonize", "--format", "html", "--lang", "en"])
    #expect(html.status == 0 && html.stdout.hasPrefix("<!DOCTYPE html>") && html.stdout.hasSuffix("</html>\n"))
    #expect(html.stdout.matches(of: #/<tr[ >]/#).count == count + 1)
    #expect(html.stdout.range(of: "<script", options: .caseInsensitive) == nil && !html.stdout.contains("src="))
  }

  @Test func outputFileIsWrittenAndStdoutStaysEmpty() throws {
    let file = try TemporaryDirectory.make("harmonize").appendingPathComponent("comparison.html")
    let output = try CommandRunner.run(["harmonize", "--format", "html", "--output", file.path])
    #expect(output.status == 0 && output.stdout.isEmpty)
    #expect(String(decoding: try Data(contentsOf: file), as: UTF8.self).contains("<table>"))
  }

  @Test func brokenStandardExitsTwo() throws {
    let file = try TemporaryDirectory.make("harmonize").appendingPathComponent("rules.xml")
    try Data(
      """
      <ruleDocument xmlns="urn:shanshui:standard:1" id="x" theme="x" version="1.0.0" status="draft" effective="2026-01-01">
        <title lang="zh">x</title><title lang="en">x</title>
        <rules><rule id="bad"/></rules>
      </ruleDocument>
      """.utf8
    ).write(to: file)
    let output = try CommandRunner.run(["harmonize", "--lang", "en", "--standard", file.path])
    #expect(output.status == 2)
    #expect(output.stdout.isEmpty && output.stderr.contains("\(file.path):3") && output.stderr.contains("[E202]"))
  }

  @Test func usageErrorsExit64() throws {
    #expect(try CommandRunner.run(["harmonize", "--format", "yaml"]).status == 64)
    #expect(try CommandRunner.run(["harmonize", "--lang", "fr"]).status == 64)
    #expect(try CommandRunner.run(["harmonize", "extra"]).status == 64)
  }
}

/// RFC 4180 records (CRLF line ends, quoted fields with doubled quotes); `nil` if the text is not well-formed CSV.
enum CLICSV {
  static func records(_ text: String) -> [[String]]? {
    var records: [[String]] = []
    var record: [String] = []
    var field = ""
    var quoted = false
    var closed = false
    for character in text {
      switch (quoted, character) {
      case (true, "\""):
        quoted = false
        closed = true
      case (true, _): field.append(character)
      case (false, "\"") where field.isEmpty && !closed: quoted = true
      case (false, "\"") where closed:
        field.append("\"")
        quoted = true
        closed = false  // a doubled quote
      case (false, ","):
        record.append(field)
        field = ""
        closed = false
      case (false, "\r\n"):
        record.append(field)
        records.append(record)
        record = []
        field = ""
        closed = false
      case (false, "\""), (false, "\n"), (false, "\r"): return nil
      case (false, _):
        if closed { return nil }
        field.append(character)
      }
    }
    return quoted || !record.isEmpty || !field.isEmpty ? nil : records
  }
}
