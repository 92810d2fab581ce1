import Foundation
import ShanshuiCore
import ShanshuiReports
import ShanshuiTestSupport
import Testing

/// Every comparison format on a small standard (MiniStandard's Chongqing-only `test-share`, a differing `area-min`,
/// an identical `same-share`) whose texts are then made hostile: markup, quotes, commas, line breaks, a formula.
@Suite struct HarmonizationRendererTests {
  static let hostileTitle = "<script>alert(\"x\")</script>, a\nb | c"
  static let hostileReason = "=HYPERLINK(\"http://evil\")\r\nline 2, \"quoted\" & more"
  static let hostileSource = "<img src=http://evil/x.png> `code` *bold*"

  static let rule = """
    <rule id="SS-TST-401" severity="error">
      <title lang="zh">下限</title><title lang="en">Minimum</title>
      <message lang="zh">面积不足 {limit}</message><message lang="en">Area below {limit}</message>
      <source ref="test-source"/>
      <context>/s:submission/s:units/s:unit</context>
      <range path="area" min="$area-min"/>
      <example outcome="pass" profile="chongqing"/>
      <example outcome="fail" profile="chongqing"><set path="units/unit[1]/area">10</set></example>
    </rule>
    """

  static func report(
    _ language: Language = .en, hostile: Bool = true, onlyDiffering: Bool = false
  ) throws -> HarmonizationReport {
    let standard = try MiniStandard.load(
      rules: rule,
      parameters: """
        <parameter id="area-min" unit="ha" stricter="higher"><title lang="zh">面积下限</title><title lang="en">Minimum area</title>
          <value profile="chongqing" status="provisional" value="1000"><reason lang="zh">暂无</reason><reason lang="en">none</reason></value>
          <value profile="sichuan" status="adopted" value="1100"><source ref="test-source" clause="art. 3"/></value>
        </parameter>
        <parameter id="same-share" unit="percent" stricter="higher"><title lang="zh">相同份额</title><title lang="en">Same</title>
          <value profile="chongqing" status="adopted" value="60"><source ref="test-source"/></value>
          <value profile="sichuan" status="adopted" value="60"><source ref="test-source"/></value>
          <value profile="unified" status="adopted" value="60"><source ref="test-source"/></value>
        </parameter>
        """)
    var comparison = ParameterComparison(standard: standard)
    if hostile {
      comparison.rows[0].title = LocalizedText(hostileTitle)
      comparison.rows[0].chongqing?.reason = LocalizedText(hostileReason)
      comparison.rows[0].sichuan?.sources = [LocalizedText(hostileSource)]
    }
    return HarmonizationReport(
      toolVersion: "0.1.0", comparison: comparison, language: language, onlyDiffering: onlyDiffering)
  }

  // MARK: Text

  @Test func displayWidthCountsCJKTwice() {
    #expect(DisplayWidth.of("水土保持") == 8)
    #expect(DisplayWidth.of("73（暂定）") == 2 + 2 + 4 + 2)
    #expect(DisplayWidth.of("e\u{301}") == 1)
    #expect(DisplayWidth.of("t/(km²·a)") == 9)
    #expect(DisplayWidth.pad("四川", to: 6) == "四川  ")
  }

  @Test(arguments: [Language.zh, .en]) func textTableIsAlignedByDisplayWidth(language: Language) throws {
    let report = try Self.report(language, hostile: false)
    let lines = HarmonizationTextRenderer.render(report).split(separator: "\n", omittingEmptySubsequences: false).map(
      String.init)
    let rule = try #require(lines.firstIndex { $0.hasPrefix("---") })
    let table = Array(lines[(rule - 1)...(rule + report.comparison.rows.count)])
    // Each column starts where the dashes of the rule under the header start, counted in display columns.
    let dashes = Array(lines[rule])
    let starts = dashes.indices.filter { dashes[$0] == "-" && ($0 == 0 || dashes[$0 - 1] == " ") }
    #expect(starts.count == 7)
    for line in table {
      for start in starts.dropFirst() {
        // The character just before a column's start is padding, in every line.
        let prefix = Self.prefix(of: line, displayWidth: start)
        #expect(DisplayWidth.of(prefix) == start && prefix.hasSuffix(" "), "\(line)")
      }
    }
    #expect(
      lines.last { !$0.isEmpty }?.hasPrefix(language == .zh ? "统一进度：参数共 3 个" : "Unification progress: 3 parameters")
        == true)
  }

  /// The longest prefix of `line` at most `width` columns wide.
  static func prefix(of line: String, displayWidth width: Int) -> String {
    var prefix = ""
    for character in line {
      if DisplayWidth.of(prefix) + DisplayWidth.of(character) > width { break }
      prefix.append(character)
    }
    return prefix
  }

  @Test func textEscapesLineBreaksFromTheStandard() throws {
    let text = HarmonizationTextRenderer.render(try Self.report())
    #expect(text.contains("<script>alert(\"x\")</script>, a\\nb | c"))
    #expect(text.contains("reason: =HYPERLINK(\"http://evil\")\\r\\nline 2"))
    #expect(!text.split(separator: "\n").contains { $0.hasPrefix("b | c") || $0.hasPrefix("line 2") })
    #expect(text.contains("no unified value: applies 1100 ha, Sichuan's (stricter)"))
  }

  // MARK: Markdown

  @Test func markdownTableKeepsItsShapeAndEscapes() throws {
    let markdown = HarmonizationMarkdownRenderer.render(try Self.report())
    let rows = markdown.split(separator: "\n").filter { $0.hasPrefix("|") }.map(String.init)
    #expect(rows.count == 2 + 3)
    let cellCounts = rows.map { row in row.indices.filter { row[$0] == "|" && (row[..<$0].last != "\\") }.count }
    #expect(Set(cellCounts) == [11], "\(rows)")
    #expect(!markdown.contains("<script") && !markdown.contains("<img"))
    #expect(markdown.contains("&lt;script&gt;alert(\"x\")&lt;/script&gt;, a<br>b \\| c"))
    #expect(markdown.contains("\\`code\\` \\*bold\\*"))
    #expect(markdown.contains("- 3 parameters"))
  }

  // MARK: CSV

  @Test func csvRoundTripsPerRFC4180() throws {
    let report = try Self.report()
    let csv = HarmonizationCSVRenderer.render(report)
    #expect(csv.hasSuffix("\r\n"))
    let records = try #require(CSV.parse(csv))
    #expect(records.count == 1 + 3)
    #expect(Set(records.map(\.count)).count == 1)
    let header = records[0]
    func field(_ name: String, _ record: Int = 1) -> String? {
      header.firstIndex(of: name).map { records[record][$0] }
    }
    #expect(field("parameter") == "area-min")
    #expect(field("title") == Self.hostileTitle)
    #expect(field("chongqing reason") == "'" + Self.hostileReason)  // a formula is neutralized
    #expect(field("sichuan sources") == Self.hostileSource)
    #expect(field("chongqing value") == "1000" && field("chongqing status") == "provisional")
    #expect(field("unified value") == "" && field("unified status") == "absent")
    #expect(field("stricter") == "Sichuan" && field("unification") == "missing")
    #expect(field("applied under unified") == "1100" && field("applied from") == "Sichuan")
    #expect(field("stricter", 2) == "same" && field("unification", 2) == "agreed")
  }

  @Test func csvHeaderInChinese() throws {
    let csv = HarmonizationCSVRenderer.render(try Self.report(.zh, hostile: false))
    let header = try #require(CSV.parse(csv)?.first)
    #expect(header.prefix(2) == ["参数", "名称"] && header.contains("重庆值") && header.contains("较严省份"))
  }

  /// A spreadsheet keys columns by their names: the unified profile's status (统一状态) and the progress of
  /// unification (统一进展) are two columns and must be two names, in both languages.
  @Test(arguments: [Language.zh, .en]) func csvColumnNamesAreUnique(language: Language) throws {
    let header = try #require(
      CSV.parse(HarmonizationCSVRenderer.render(try Self.report(language, hostile: false)))?.first)
    #expect(Set(header).count == header.count, "\(header)")
    #expect(header.contains(language == .zh ? "统一进展" : "unification"))
  }

  // MARK: JSON

  @Test func jsonParsesWithSortedKeysAndNulls() throws {
    let json = HarmonizationJSONRenderer.render(try Self.report())
    let root = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
    #expect(root["formatVersion"] as? Int == 1)
    #expect((root["standard"] as? [String: Any])?["id"] as? String == "test-standard")
    let summary = try #require(root["summary"] as? [String: Int])
    #expect(
      summary == [
        "parameters": 3, "identical": 1, "differing": 2, "unifiedMissing": 2, "unifiedAgreed": 1,
        "unifiedProvisional": 0,
      ])
    let parameters = try #require(root["parameters"] as? [[String: Any]])
    #expect(parameters.count == 3)
    let first = parameters[0]
    #expect(first["title"] as? String == Self.hostileTitle)
    #expect(first["stricter"] as? String == "sichuan" && first["unification"] as? String == "missing")
    let values = try #require(first["values"] as? [String: Any])
    #expect(values["unified"] is NSNull)
    #expect((values["chongqing"] as? [String: Any])?["reason"] as? String == Self.hostileReason)
    #expect((first["applied"] as? [String: Any])?["profile"] as? String == "sichuan")
    let keys = ["formatVersion", "language", "onlyDiffering", "parameters", "standard", "summary", "tool"]
    let positions = keys.compactMap { json.range(of: "\n  \"\($0)\"")?.lowerBound }
    #expect(positions.count == keys.count && positions == positions.sorted())
  }

  // MARK: HTML

  @Test func htmlIsSelfContainedAndEscaped() throws {
    let html = HarmonizationHTMLRenderer.render(try Self.report(.zh))
    #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"zh-CN\">") && html.hasSuffix("</html>\n"))
    #expect(html.range(of: "<script", options: .caseInsensitive) == nil)
    #expect(html.range(of: "<img", options: .caseInsensitive) == nil)
    #expect(html.contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;, a<br>b | c"))
    #expect(html.contains("&lt;img src=http://evil/x.png&gt;"))
    // Every tag is the renderer's own: none loads anything.
    for tag in html.matches(of: #/<[a-zA-Z][^>]*>/#).map({ String($0.output) }) {
      #expect(!tag.contains("src=") && !tag.contains("href="), "\(tag)")
    }
    #expect(html.contains("统一进度") && html.contains("<table>") && html.matches(of: #/<tr[ >]/#).count == 1 + 3)
    #expect(html.contains("default-src 'none'"))
  }

  @Test func onlyDifferingKeepsTheWholeSummary() throws {
    let report = try Self.report(onlyDiffering: true)
    #expect(report.comparison.rows.map(\.id) == ["area-min", "test-share"])
    #expect(report.comparison.summary.parameters == 3)
    #expect(
      HarmonizationTextRenderer.render(report).contains("only parameters that differ between the provinces: 2 of 3"))
    #expect(HarmonizationFormat.allCases.map { $0.renderer.identifier } == ["text", "markdown", "csv", "json", "html"])
  }
}

/// A strict RFC 4180 reader for the tests: CRLF record ends, quoted fields with doubled quotes.
enum CSV {
  static func parse(_ text: String) -> [[String]]? {
    var records: [[String]] = []
    var record: [String] = []
    var field = ""
    var quoted = false
    var characters = Array(text)[...]
    while let character = characters.popFirst() {
      if quoted {
        if character == "\"" {
          if characters.first == "\"" {
            field.append("\"")
            characters.removeFirst()
          } else {
            quoted = false
          }
        } else {
          field.append(character)
        }
      } else if character == "\"" && field.isEmpty {
        quoted = true
      } else if character == "," {
        record.append(field)
        field = ""
      } else if character == "\r\n" {
        record.append(field)
        records.append(record)
        (record, field) = ([], "")
      } else if character == "\"" || character == "\n" || character == "\r" {
        return nil
      } else {
        field.append(character)
      }
    }
    return quoted || !record.isEmpty || !field.isEmpty ? nil : records
  }
}
