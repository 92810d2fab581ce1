import Foundation
import ShanshuiCore
import ShanshuiTestSupport
import Testing

/// The criteria comparison: on a small standard with every case, and on the bundled standard against counts taken
/// from its rule documents' text.
@Suite struct ParameterComparisonTests {
  /// With MiniStandard's `test-share` (Chongqing 50 % only): a stricter Sichuan minimum without a unified value, a
  /// stricter Sichuan maximum with a provisional unified value, an identical agreed one, and a unified-only one.
  static let parameters = """
    <parameter id="area-min" unit="ha" stricter="higher"><title lang="zh">面积下限</title><title lang="en">Minimum area</title>
      <value profile="chongqing" status="provisional" value="1000"><reason lang="zh">暂无</reason><reason lang="en">none yet</reason></value>
      <value profile="sichuan" status="adopted" value="1100"><source ref="test-source" clause="art. 3"/></value>
    </parameter>
    <parameter id="area-cap" unit="ha" stricter="lower"><title lang="zh">面积上限</title><title lang="en">Maximum area</title>
      <value profile="chongqing" status="adopted" value="2000"><source ref="test-source"/></value>
      <value profile="sichuan" status="adopted" value="1500"><source ref="test-source"/></value>
      <value profile="unified" status="provisional" value="1800"><reason lang="en">under negotiation</reason></value>
    </parameter>
    <parameter id="same-share" unit="percent" stricter="higher"><title lang="zh">相同</title><title lang="en">Same</title>
      <value profile="chongqing" status="adopted" value="60"><source ref="test-source"/></value>
      <value profile="sichuan" status="provisional" value="60"><reason lang="en">assumed</reason></value>
      <value profile="unified" status="adopted" value="60"><source ref="test-source"/></value>
    </parameter>
    <parameter id="unified-only" unit="count" stricter="higher"><title lang="zh">仅统一</title><title lang="en">Unified only</title>
      <value profile="unified" status="adopted" value="7"><source ref="test-source"/></value>
    </parameter>
    """

  static let rules = """
    <rule id="SS-TST-402" severity="error">
      <title lang="zh">上限</title><title lang="en">Cap</title>
      <message lang="zh">面积超过 {limit}（下限 {param:area-min}）</message><message lang="en">Area above {limit}</message>
      <source ref="test-source"/>
      <context>/s:submission/s:units/s:unit</context>
      <range path="area" max="$area-cap"/>
      <example outcome="pass" profile="chongqing"/>
      <example outcome="fail" profile="chongqing"><set path="units/unit[1]/area">5000</set></example>
    </rule>
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

  static func mini() throws -> ParameterComparison {
    ParameterComparison(standard: try MiniStandard.load(rules: rules, parameters: parameters))
  }

  @Test func rowsAreSortedByIDWithTheirRules() throws {
    let comparison = try Self.mini()
    #expect(comparison.rows.map(\.id) == ["area-cap", "area-min", "same-share", "test-share", "unified-only"])
    let rules = Dictionary(uniqueKeysWithValues: comparison.rows.map { ($0.id, $0.ruleIDs) })
    #expect(rules["area-min"] == ["SS-TST-401", "SS-TST-402"])  // 402 reads it in its message
    #expect(rules["area-cap"] == ["SS-TST-402"])
    #expect(rules["same-share"] == [])
    #expect(comparison.standard.id == "test-standard")
  }

  @Test func missingUnifiedValueAppliesTheStricterProvince() throws {
    let row = try #require(try Self.mini().rows.first { $0.id == "area-min" })
    #expect(row.chongqing?.number == 1000 && row.chongqing?.status == .provisional)
    #expect(row.chongqing?.reason?.text(.en) == "none yet" && row.chongqing?.sources == [])
    #expect(row.sichuan?.number == 1100 && row.sichuan?.status == .adopted)
    #expect(row.sichuan?.sources.map { $0.text(.en) } == ["Test source, art. 3"])
    #expect(row.unified == nil && row.unification == .missing)
    #expect(row.stricterProvince == .sichuan && row.differs && !row.identical)
    #expect(row.applied?.profile == .sichuan && row.applied?.number == 1100)
    #expect(row.unit == "ha" && row.direction == .higher && row.title.text(.zh) == "面积下限")
  }

  @Test func lowerIsStricterForAMaximum() throws {
    let row = try #require(try Self.mini().rows.first { $0.id == "area-cap" })
    #expect(row.stricterProvince == .sichuan)
    #expect(row.unification == .provisional && row.unified?.reason?.text(.en) == "under negotiation")
    #expect(row.applied?.profile == .unified && row.applied?.number == 1800)
  }

  @Test func identicalValuesAndOneProvinceOnly() throws {
    let rows = try Self.mini().rows
    let same = try #require(rows.first { $0.id == "same-share" })
    #expect(same.identical && !same.differs && same.stricterProvince == .same && same.unification == .agreed)
    let chongqingOnly = try #require(rows.first { $0.id == "test-share" })
    #expect(chongqingOnly.differs && chongqingOnly.sichuan == nil && chongqingOnly.stricterProvince == .notComparable)
    #expect(chongqingOnly.applied?.profile == .chongqing && chongqingOnly.applied?.number == 50)
    let unifiedOnly = try #require(rows.first { $0.id == "unified-only" })
    #expect(!unifiedOnly.identical && !unifiedOnly.differs && unifiedOnly.stricterProvince == .notComparable)
  }

  @Test func summaryAndFilter() throws {
    let comparison = try Self.mini()
    let summary = comparison.summary
    #expect(summary.parameters == 5 && summary.identical == 1 && summary.differing == 3)
    #expect(summary.unifiedMissing == 2 && summary.unifiedAgreed == 2 && summary.unifiedProvisional == 1)
    let differing = comparison.onlyDiffering()
    #expect(differing.rows.map(\.id) == ["area-cap", "area-min", "test-share"])
    #expect(differing.summary == summary)
  }

  @Test func roundTripsThroughCodable() throws {
    let comparison = try Self.mini()
    let decoded = try JSONDecoder().decode(ParameterComparison.self, from: try JSONEncoder().encode(comparison))
    #expect(decoded == comparison)
  }

  // MARK: The bundled standard

  /// A parameter value as its rule document writes it, read from the XML text without the loader.
  struct WrittenValue: Equatable {
    var number: Double
    var status: String
    var sourceCount: Int
  }

  /// Every parameter of `standards/rules/*.xml`, by id, with its values by profile name.
  static func writtenParameters() throws -> [String: [String: WrittenValue]] {
    var parameters: [String: [String: WrittenValue]] = [:]
    for (path, bytes) in try Repository.standardFiles() where path.hasPrefix("rules/") {
      let text = String(decoding: bytes, as: UTF8.self)
      for match in text.matches(of: #/<parameter id="([^"]+)"[\s\S]*?</parameter>/#) {
        var values: [String: WrittenValue] = [:]
        let valuePattern = #/<value profile="(\w+)" status="(\w+)" value="([^"]+)"[^>]*?(?:/>|>([\s\S]*?)</value>)/#
        for value in String(match.output.0).matches(of: valuePattern) {
          let body = value.output.4.map(String.init) ?? ""
          values[String(value.output.1)] = WrittenValue(
            number: Double(String(value.output.3)) ?? .nan, status: String(value.output.2),
            sourceCount: body.matches(of: #/<source /#).count)
        }
        parameters[String(match.output.1)] = values
      }
    }
    return parameters
  }

  static func bundled() throws -> (Standard, ParameterComparison) {
    let standard = try BundledTestStandard.standard()
    return (standard, ParameterComparison(standard: standard))
  }

  @Test func everyWrittenDifferenceIsListedWithBothValuesAndSources() throws {
    let written = try Self.writtenParameters()
    let (standard, comparison) = try Self.bundled()
    #expect(comparison.rows.map(\.id) == written.keys.sorted())
    for row in comparison.rows {
      let values = try #require(written[row.id])
      let (chongqing, sichuan) = (values["chongqing"], values["sichuan"])
      #expect(row.differs == (chongqing?.number != sichuan?.number), "\(row.id)")
      for (profile, value) in [(Profile.chongqing, row.chongqing), (.sichuan, row.sichuan), (.unified, row.unified)] {
        let expected = values[profile.rawValue]
        #expect(value?.number == expected?.number && value?.status.rawValue == expected?.status, "\(row.id) \(profile)")
        #expect(value?.sources.count == expected?.sourceCount, "\(row.id) \(profile) sources")
        let cited = standard.parameters[row.id]?.values[profile]?.sources.map(\.citation)
        #expect(value?.sources == cited, "\(row.id) \(profile) citations")
        if let value, value.status == .adopted { #expect(!value.sources.isEmpty, "\(row.id) \(profile)") }
        if let value, value.status == .provisional { #expect(value.reason != nil, "\(row.id) \(profile)") }
      }
      let users = standard.rules.filter { $0.parameterIDs.contains(row.id) }.map(\.id).sorted()
      #expect(row.ruleIDs == users, "\(row.id)")
    }
  }

  @Test func soilRetentionAndTheThousandLiBelt() throws {
    let rows = try Self.bundled().1.rows
    let soil = try #require(rows.first { $0.id == "soil-retention-min-2025" })
    #expect(soil.chongqing?.number == 73 && soil.chongqing?.status == .provisional && soil.chongqing?.reason != nil)
    #expect(soil.sichuan?.number == 79 && soil.sichuan?.status == .adopted)
    #expect(soil.sichuan?.sources.contains { $0.text(.zh).contains("79%") } == true)
    #expect(soil.differs && soil.stricterProvince == .sichuan && soil.unification == .missing)
    #expect(soil.applied?.number == 79 && soil.applied?.profile == .sichuan)
    #expect(soil.ruleIDs.contains("SS-WSC-003"))
    let belt = try #require(rows.first { $0.id == "qianli-belt-max-distance" })
    #expect(belt.chongqing?.number == 1000 && belt.sichuan == nil && belt.unified == nil)
    #expect(belt.differs && belt.stricterProvince == .notComparable && belt.applied?.profile == .chongqing)
    #expect(belt.ruleIDs == ["SS-GEO-010", "SS-RIV-006"])  // the declared distance and the measured one
  }

  @Test func bundledSummaryMatchesTheRuleDocuments() throws {
    let written = try Self.writtenParameters().values
    let summary = try Self.bundled().1.summary
    let identical = written.filter { values in
      values["chongqing"].map { $0.number == values["sichuan"]?.number } ?? false
    }
    let differing = written.filter { $0["chongqing"]?.number != $0["sichuan"]?.number }
    #expect(summary.parameters == written.count)
    #expect(summary.identical == identical.count)
    #expect(summary.differing == differing.count)
    #expect(summary.unifiedMissing == written.filter { $0["unified"] == nil }.count)
    #expect(summary.unifiedAgreed == written.filter { $0["unified"]?.status == "adopted" }.count)
    #expect(summary.unifiedProvisional == written.filter { $0["unified"]?.status == "provisional" }.count)
    #expect(summary.differing > 0 && summary.identical > 0)
  }
}
