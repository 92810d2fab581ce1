import Foundation
import ShanshuiTestSupport
import Testing

/// Findings point at what to change (issue 19, item 2): the element itself, the unit by its id and name, the missing
/// indicator lines with their XML spelling, and a misspelt indicator name with the code it was meant to be.
@Suite(.serialized) struct FindingLocationCommandTests {
  static let misspelt = "fixtures/cq-mine-wulong-soil-indicator-misspelt.xml"

  func findings(_ file: String, language: String) throws -> [JSONTree] {
    let report = try CommandRunner.run(["check", "--format", "json", "--lang", language, Repository.url(file).path])
    return try JSONTree(parsing: report.stdout)["files"][0]["findings"].array
  }

  @Test func missingIndicatorsAreListedWithTheirXMLSpelling() throws {
    let zh = try #require(try findings(Self.misspelt, language: "zh").first { $0["ruleId"].string == "SS-WSC-005" })
    let en = try #require(try findings(Self.misspelt, language: "en").first { $0["ruleId"].string == "SS-WSC-005" })
    #expect(zh["xpath"].string == "/submission/soilConservation")
    #expect(
      zh["message"].string
        == "水土流失防治部分声明了GB/T 50434防治标准等级，但缺少 2 项防治指标目标值（六项指标均须列明施工期和设计水平年）："
        + "渣土防护率（施工期）<indicator name=\"spoil-protection-rate\" period=\"construction\">；"
        + "林草植被恢复率（施工期）<indicator name=\"vegetation-restoration-rate\" period=\"construction\">")
    #expect(
      en["message"].string
        == "The soil-conservation section states a GB/T 50434 grade but lacks 2 control-indicator values (all six "
        + "indicators are stated for both the construction period and the design-level year): spoil protection rate "
        + "(construction period) <indicator name=\"spoil-protection-rate\" period=\"construction\">; vegetation "
        + "restoration rate (construction period) <indicator name=\"vegetation-restoration-rate\" period=\"construction\">"
    )
  }

  @Test func misspeltIndicatorNameSuggestsTheCode() throws {
    let zh = try #require(try findings(Self.misspelt, language: "zh").first { $0["ruleId"].string == "SS-WSC-009" })
    let en = try #require(try findings(Self.misspelt, language: "en").first { $0["ruleId"].string == "SS-WSC-009" })
    #expect(zh["xpath"].string == "/submission/soilConservation/indicator[6]/@name")
    #expect(zh["message"].string?.hasSuffix("；是否应为 spoil-protection-rate（渣土防护率）？") == true)
    #expect(en["message"].string?.hasSuffix("; did you mean spoil-protection-rate (spoil protection rate)?") == true)
    let period = try #require(try findings(Self.misspelt, language: "zh").first { $0["ruleId"].string == "SS-WSC-010" })
    // 施工期 is the Chinese name of the code construction: the suggestion names it.
    #expect(period["message"].string?.hasSuffix("；是否应为 construction（施工期）？") == true)
  }

  @Test func sumIsReportedOnTheTotal() throws {
    let sum = try #require(try findings(Self.misspelt, language: "en").first { $0["ruleId"].string == "SS-FUN-001" })
    #expect(sum["xpath"].string == "/submission/investment/total")
  }

  /// A finding inside a unit names it by id and name in the message (every format shows the message) and in its path;
  /// the line stays the element's, and the anchored path (the baseline identity) is unchanged.
  @Test func unitFindingsNameTheUnit() throws {
    let file = "fixtures/cq-mine-wulong-earthworks-soil-plan.xml"
    let directory = try TemporaryDirectory.make("unit-finding")
    let source = try String(contentsOf: Repository.url(file), encoding: .utf8)
    // The second unit's subproject area exceeds its unit's area.
    let edited = source.replacingOccurrences(
      of: "<name>废弃土地复垦利用</name>\n        <area unit=\"mu\">6500</area>",
      with: "<name>废弃土地复垦利用</name>\n        <area unit=\"mu\">0</area>")
    #expect(edited != source)
    let copy = directory.appendingPathComponent("unit.xml")
    try Data(edited.utf8).write(to: copy)
    let zhReport = try CommandRunner.run(["check", "--format", "json", copy.path])
    let enReport = try CommandRunner.run(["check", "--format", "json", "--lang", "en", copy.path])
    let zh = try JSONTree(parsing: zhReport.stdout)["files"][0]["findings"].array
    let en = try JSONTree(parsing: enReport.stdout)["files"][0]["findings"].array
    let zhUnit = try #require(zh.first { $0["xpath"].string?.contains("unit[@id='QJ-1']") == true })
    let enUnit = try #require(en.first { $0["xpath"].string?.contains("unit[@id='QJ-1']") == true })
    #expect(zhUnit["xpath"].string?.hasPrefix("/submission/units/unit[@id='QJ-1']/") == true)
    #expect(zhUnit["message"].string?.hasPrefix("单元 QJ-1（江口镇废弃砂石矿转型利用单元）：") == true)
    #expect(enUnit["message"].string?.hasPrefix("Unit QJ-1 (江口镇废弃砂石矿转型利用单元): ") == true)
    #expect(zhUnit["anchoredPath"].string == "subproject[@id='QJ-1-1']/area")
    let line = try #require(zhUnit["line"].int)
    let lines = edited.split(separator: "\n", omittingEmptySubsequences: false)
    #expect(lines[line - 1].contains("<area unit=\"mu\">0</area>"))
    // The text report shows the same message.
    let text = try CommandRunner.run(["check", copy.path])
    #expect(text.stdout.contains("单元 QJ-1（江口镇废弃砂石矿转型利用单元）："))
  }
}
