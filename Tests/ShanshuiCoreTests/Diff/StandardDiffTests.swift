import ShanshuiCore
import ShanshuiTestSupport
import Testing

/// `StandardDiff` between the bundled standard and an edited copy lists exactly the edits made, and nothing for an
/// identical copy; field-level cases on small standards.
@Suite struct StandardDiffTests {
  @Test func identicalCopiesGiveAnEmptyDiff() throws {
    let standard = try EditedStandard().load()
    let diff = StandardDiff(old: standard, new: try EditedStandard().load())
    #expect(diff.isEmpty)
    #expect(diff.manifest.isEmpty && diff.rules.isEmpty && diff.parameters.isEmpty && diff.codelists.isEmpty)
  }

  /// A rule document's own header (version, title) is part of the standard: its change is listed, under its theme.
  @Test func aRuleDocumentsVersionAndTitleAreCompared() throws {
    var edited = try EditedStandard()
    try edited.replace(
      #"<title lang="en">Soil and water conservation</title>"#,
      with: #"<title lang="en">Soil conservation</title>"#, in: "rules/soil.xml")
    try edited.replace(
      #"id="soil" theme="soil" version="0.2.0""#, with: #"id="soil" theme="soil" version="0.3.0""#,
      in: "rules/soil.xml")
    let diff = StandardDiff(old: try EditedStandard().load(), new: try edited.load())
    #expect(!diff.isEmpty)
    #expect(diff.documents.changed.map(\.theme) == ["soil"])
    #expect(
      diff.documents.changed.first?.changes == [
        FieldChange("version", old: "0.2.0", new: "0.3.0"),
        FieldChange("title.en", old: "Soil and water conservation", new: "Soil conservation"),
      ])
    #expect(diff.rules.isEmpty && diff.parameters.isEmpty && diff.manifest.isEmpty)
  }

  /// A namespace binding changes what every XPath with its prefix selects: a changed or added binding is listed.
  @Test func namespaceBindingsAreCompared() throws {
    var edited = try EditedStandard()
    try edited.replace(
      #"<title lang="en">Soil and water conservation</title>"#,
      with: #"<title lang="en">Soil and water conservation</title><namespace prefix="gml" uri="urn:x-gml"/>"#,
      in: "rules/soil.xml")
    let diff = StandardDiff(old: try EditedStandard().load(), new: try edited.load())
    #expect(!diff.isEmpty)
    #expect(diff.namespaces == [FieldChange("xmlns:gml", old: nil, new: "urn:x-gml")])
  }

  @Test func theReleaseEditsAreListedExactly() throws {
    let diff = StandardDiff(old: try EditedStandard().load(), new: try EditedStandard.releaseEdits().load())
    #expect(diff.manifest.isEmpty && diff.sources.isEmpty)
    #expect(diff.rules.added.map(\.id) == ["SS-GRN-004"])
    #expect(diff.rules.added.first?.severity == .warning && diff.rules.added.first?.theme == "greening")
    #expect(diff.rules.removed.map(\.id) == ["SS-WET-004"])
    let changed = Dictionary(uniqueKeysWithValues: diff.rules.changed.map { ($0.id, $0) })
    #expect(diff.rules.changed.map(\.id) == ["SS-GRN-001", "SS-GRN-003", "SS-RIV-002"])
    #expect(changed["SS-GRN-001"]?.changes == [FieldChange("severity", old: "error", new: "warning")])
    #expect(
      changed["SS-GRN-003"]?.changes == [
        FieldChange(
          "context", old: "/s:submission[s:units/s:unit/s:measure/@kind = 'planting']/s:monitoring/s:period",
          new: "/s:submission[s:units/s:unit/s:measure[@kind = 'planting']]/s:monitoring/s:period")
      ])
    let message = try #require(changed["SS-RIV-002"]?.changes.first)
    #expect(changed["SS-RIV-002"]?.changes.count == 1 && message.field == "message.en")
    #expect(message.old?.contains("does not state the length of shoreline restored") == true)
    #expect(message.new?.contains("gives no length of restored shoreline") == true)
    #expect(diff.rules.changed.allSatisfy { $0.examplesAdded.isEmpty && $0.examplesRemoved.isEmpty })

    #expect(diff.parameters.added.isEmpty && diff.parameters.removed.isEmpty)
    let parameter = try #require(diff.parameters.changed.first)
    #expect(
      diff.parameters.changed.count == 1 && parameter.id == "soil-retention-min-2025" && parameter.changes.isEmpty)
    #expect(parameter.profiles.map(\.profile) == [.sichuan])
    #expect(parameter.profiles.first?.changes == [FieldChange("value", old: "79", new: "80")])

    #expect(diff.codelists.added.isEmpty && diff.codelists.removed.isEmpty)
    let codelist = try #require(diff.codelists.changed.first)
    #expect(diff.codelists.changed.count == 1 && codelist.id == "divisions")
    #expect(codelist.codesAdded == ["500199"] && codelist.codesRemoved.isEmpty && codelist.codesChanged.isEmpty)
    #expect(codelist.changes.isEmpty)
  }

  @Test func theDiffIsSymmetric() throws {
    let old = try EditedStandard().load()
    let new = try EditedStandard.releaseEdits().load()
    let forward = StandardDiff(old: old, new: new)
    let backward = StandardDiff(old: new, new: old)
    #expect(backward.rules.added.map(\.id) == forward.rules.removed.map(\.id))
    #expect(backward.rules.removed.map(\.id) == forward.rules.added.map(\.id))
    #expect(backward.codelists.changed.first?.codesRemoved == ["500199"])
    #expect(backward.parameters.changed.first?.profiles.first?.changes == [FieldChange("value", old: "80", new: "79")])
  }

  static let rule = """
    <rule id="SS-TST-001" severity="error">
      <title lang="zh">份额</title><title lang="en">Share</title>
      <message lang="zh">份额超过 {param:test-share}</message><message lang="en">Share above {param:test-share}</message>
      <source ref="test-source" clause="art. 1"/>
      <context>/s:submission/s:units/s:unit</context>
      <range path="target" min="1" max="$test-share"/>
      <example outcome="pass" profile="chongqing"/>
      <example outcome="fail" profile="chongqing"><set path="units/unit[1]/area">5000</set></example>
    </rule>
    """

  @Test func checkFieldsSourcesExamplesAndManifestAreCompared() throws {
    let old = try MiniStandard.load(rules: Self.rule)
    let edited = Self.rule
      .replacingOccurrences(of: #"min="1" max"#, with: #"min="2" max"#)
      .replacingOccurrences(of: #"clause="art. 1""#, with: #"clause="art. 2""#)
      .replacingOccurrences(
        of: "<set path=\"units/unit[1]/area\">5000</set>", with: "<set path=\"units/unit[1]/area\">6000</set>")
    var new = try MiniStandard.load(rules: edited)
    new.info.version = "1.1.0"
    new.info.effective = "2027-01-01"
    let diff = StandardDiff(old: old, new: new)
    #expect(
      diff.manifest == [
        FieldChange("version", old: "1.0.0", new: "1.1.0"),
        FieldChange("effective", old: "2026-01-01", new: "2027-01-01"),
      ])
    let change = try #require(diff.rules.changed.first)
    #expect(
      change.changes == [
        FieldChange("check.min", old: "1", new: "2"),
        FieldChange("sources", old: "test-source: art. 1", new: "test-source: art. 2"),
      ])
    #expect(change.examplesRemoved.map(\.edits) == [["set units/unit[1]/area = 5000"]])
    #expect(change.examplesAdded.map(\.edits) == [["set units/unit[1]/area = 6000"]])
    #expect(change.examplesAdded.first?.outcome == "fail" && change.examplesAdded.first?.profile == "chongqing")
  }

  /// A description translated or reworded is one change of that example, not a removal and an addition; an example
  /// with other edits is still removed and added.
  @Test func aDescriptionAloneChangedIsOneRedescription() throws {
    let described = Self.rule.replacingOccurrences(
      of: "<example outcome=\"pass\" profile=\"chongqing\"/>",
      with: "<example outcome=\"pass\" profile=\"chongqing\"><description lang=\"en\">Within.</description></example>")
    let translated = described.replacingOccurrences(
      of: "<description lang=\"en\">Within.</description>",
      with: "<description lang=\"zh\">在范围内。</description><description lang=\"en\">Within.</description>")
    let diff = StandardDiff(old: try MiniStandard.load(rules: described), new: try MiniStandard.load(rules: translated))
    let change = try #require(diff.rules.changed.first)
    #expect(change.examplesAdded.isEmpty && change.examplesRemoved.isEmpty && change.changes.isEmpty)
    #expect(change.examplesRedescribed.count == 1)
    #expect(change.examplesRedescribed.first?.example.description?.text(.zh) == "在范围内。")
    #expect(change.examplesRedescribed.first?.oldDescription?.text(.en) == "Within.")
    let reedited = translated.replacingOccurrences(
      of: "<example outcome=\"pass\" profile=\"chongqing\">", with: "<example outcome=\"pass\" profile=\"sichuan\">")
    let other = StandardDiff(old: try MiniStandard.load(rules: described), new: try MiniStandard.load(rules: reedited))
    let otherChange = try #require(other.rules.changed.first)
    #expect(otherChange.examplesRedescribed.isEmpty)
    #expect(otherChange.examplesAdded.count == 1 && otherChange.examplesRemoved.count == 1)
  }

  /// Where a rule applies is part of the rule: a changed, added or removed programme scope is a rule change.
  @Test func aChangedProgrammeScopeIsARuleChange() throws {
    let old = try EditedStandard().load()
    var widened = try EditedStandard()
    try widened.replace(
      #"programmes="cq-qianli-forest-belt""#, with: #"programmes="cq-qianli-forest-belt local""#,
      in: "rules/corridors.xml")
    let change = try #require(StandardDiff(old: old, new: try widened.load()).rules.changed.first)
    #expect(change.id == "SS-RIV-006")
    #expect(
      change.changes == [
        FieldChange("applies.programmes", old: "cq-qianli-forest-belt", new: "cq-qianli-forest-belt local")
      ])
    var unscoped = try EditedStandard()
    try unscoped.replace(#" programmes="cq-qianli-forest-belt""#, with: "", in: "rules/corridors.xml")
    let diff = StandardDiff(old: old, new: try unscoped.load())
    #expect(diff.rules.changed.map(\.id) == ["SS-RIV-006"])
    #expect(
      diff.rules.changed.first?.changes == [FieldChange("applies.programmes", old: "cq-qianli-forest-belt", new: nil)])
  }

  @Test func aNewCheckKindListsEveryField() throws {
    let old = try MiniStandard.load(rules: Self.rule)
    let assert = Self.rule.replacingOccurrences(
      of: #"<range path="target" min="1" max="$test-share"/>"#,
      with: #"<assert test="ss:quantity(s:target, 'percent') &lt;= $test-share"/>"#)
    let diff = StandardDiff(old: old, new: try MiniStandard.load(rules: assert))
    #expect(
      diff.rules.changed.first?.changes == [
        FieldChange("check", old: "range", new: "assert"),
        FieldChange("check.path", old: "target", new: nil),
        FieldChange("check.min", old: "1", new: nil),
        FieldChange("check.max", old: "$test-share", new: nil),
        FieldChange("check.test", old: nil, new: "ss:quantity(s:target, 'percent') <= $test-share"),
      ])
  }

  @Test func parameterValuesPerProfileAddedRemovedAndRestated() throws {
    let sichuan = """
      <parameter id="p" unit="ha" stricter="higher"><title lang="zh">甲</title><title lang="en">P</title>
        <value profile="chongqing" status="adopted" value="1"><source ref="test-source"/></value>
        <value profile="sichuan" status="provisional" value="2"><reason lang="en">none yet</reason></value>
      </parameter>
      """
    let unified = """
      <parameter id="p" unit="ha" stricter="higher"><title lang="zh">甲</title><title lang="en">P</title>
        <value profile="chongqing" status="adopted" value="1"><source ref="test-source"/></value>
        <value profile="unified" status="adopted" value="2"><source ref="test-source" clause="§4"/></value>
      </parameter>
      """
    let rule = Self.rule.replacingOccurrences(of: "$test-share", with: "$p")
    let diff = StandardDiff(
      old: try MiniStandard.load(rules: rule, parameters: sichuan),
      new: try MiniStandard.load(rules: rule, parameters: unified))
    let change = try #require(diff.parameters.changed.first)
    #expect(change.profiles.map(\.profile) == [.sichuan, .unified])
    #expect(
      change.profiles[0].changes == [
        FieldChange("value", old: "2", new: nil), FieldChange("status", old: "provisional", new: nil),
        FieldChange("reason.en", old: "none yet", new: nil),
      ])
    #expect(
      change.profiles[1].changes == [
        FieldChange("value", old: nil, new: "2"), FieldChange("status", old: nil, new: "adopted"),
        FieldChange("sources", old: nil, new: "test-source: §4"),
      ])
  }
}

/// Added and removed parameters carry every profile's value; SL027 when the content changed but the version did not.
@Suite struct StandardDiffParameterValueTests {
  /// A parameter with Chongqing's provisional national figure and Sichuan's adopted one (soil.xml's
  /// soil-retention-min-2025, under another id) added to greening.xml; wetland-protection-rate-min (wetland.xml's
  /// only parameter) removed with SS-WET-004, the one rule that reads it.
  static func edited() throws -> EditedStandard {
    var standard = try EditedStandard()
    try standard.replace("  </parameters>", with: addedParameter + "  </parameters>", in: "rules/greening.xml")
    try standard.remove(from: #"<rule id="SS-WET-004""#, through: "</rule>", in: "rules/wetland.xml")
    // Its only parameter: the section goes with it (the schema wants no empty <parameters>).
    try standard.remove(from: "<parameters>", through: "</parameters>", in: "rules/wetland.xml")
    return standard
  }

  static let addedParameter = """
        <parameter id="unit-retention-min" unit="percent" stricter="higher">
          <title lang="zh">修复单元水土保持率目标下限</title>
          <title lang="en">Minimum retention-rate target of a restoration unit</title>
          <value profile="chongqing" status="provisional" value="73"><reason lang="zh">暂取全国2025年目标73%</reason><reason lang="en">The national 2025 target of 73% for now</reason></value>
          <value profile="sichuan" status="adopted" value="79"><source ref="sc-wsc-target" clause="2025年全省水土保持率达到79%以上"/></value>
        </parameter>

    """

  @Test func addedAndRemovedParametersCarryTheirValuesPerProfile() throws {
    let diff = StandardDiff(old: try EditedStandard().load(), new: try Self.edited().load())
    let added = try #require(diff.parameters.added.first)
    #expect(diff.parameters.added.count == 1 && added.id == "unit-retention-min" && added.unit == "percent")
    #expect(added.stricter == .higher)
    #expect(added.values.map(\.profile) == [.chongqing, .sichuan])
    let chongqing = added.values[0]
    #expect(chongqing.value == "73" && chongqing.status == .provisional && chongqing.sources.isEmpty)
    #expect(chongqing.reason?.en == "The national 2025 target of 73% for now")
    let sichuan = added.values[1]
    #expect(sichuan.value == "79" && sichuan.status == .adopted && sichuan.reason == nil)
    #expect(sichuan.sources.count == 1 && sichuan.sources[0].zh?.contains("2025年全省水土保持率达到79%以上") == true)

    let removed = try #require(diff.parameters.removed.first)
    #expect(diff.parameters.removed.count == 1 && removed.id == "wetland-protection-rate-min")
    #expect(removed.values.map(\.profile) == [.chongqing, .sichuan, .unified])
    #expect(removed.values.allSatisfy { $0.value == "55" && $0.status == .adopted && $0.sources.count == 1 })
  }

  @Test func changedContentWithTheSameVersionIsWarnedOnce() throws {
    let base = try EditedStandard().load()
    let unbumped = StandardDiff(old: base, new: try Self.edited().load())
    #expect(unbumped.warnings.map(\.code) == [DiffWarning.versionNotBumped])
    #expect(unbumped.warnings.first?.message.en?.contains("still 0.2.0") == true)
    #expect(unbumped.warnings.first?.message.zh?.contains("仍为 0.2.0") == true)
    #expect(StandardDiff(old: base, new: try EditedStandard.releaseEdits().load()).warnings.count == 1)

    var bumped = try Self.edited()
    try bumped.replace(#"version="0.2.0" status="draft""#, with: #"version="0.2.1" status="draft""#, in: "standard.xml")
    let released = StandardDiff(old: base, new: try bumped.load())
    #expect(!released.isEmpty && released.warnings.isEmpty)
    #expect(StandardDiff(old: base, new: try EditedStandard().load()).warnings.isEmpty, "identical: nothing to bump")
  }
}
