import ShanshuiTestSupport
import ShanshuiXML
import Testing

@testable import ShanshuiCore

/// Issue 13: quantities with dimensions. Every example of the issue, on the bundled standard or a mini standard.
@Suite struct QuantityDimensionTests {
  /// The bundled base submission with its one survival-rate target replaced.
  static func baseWithTarget(_ target: String) throws -> [UInt8] {
    let text = String(decoding: try Repository.bytes("standards/examples/base-submission.xml"), as: UTF8.self)
    let old = #"<target indicator="survival-rate" unit="percent">90</target>"#
    #expect(text.contains(old))
    return Array(text.replacingOccurrences(of: old, with: target).utf8)
  }

  static let bundled = Result {
    try StandardLoader(toolFiles: Repository.standardFiles()).load(
      .inMemory(name: "<bundled>", files: Repository.standardFiles()))
  }

  static func findings(_ bytes: [UInt8], standard: Standard, rule: String, profile: Profile = .chongqing) -> [Finding] {
    let result = Validator(standard: standard).validate(bytes: bytes, path: "t.xml", selection: .forced(profile))
    #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
    return result.findings.filter { $0.ruleID == rule }
  }

  @Test func percentAndRatioAreOneDimension() throws {
    let percent = try #require(QuantityUnit.named("percent"))
    let ratio = try #require(QuantityUnit.named("ratio"))
    #expect(percent.dimension == .share && ratio.dimension == .share)
    #expect(ratio.convert(0.88, to: percent).map { abs($0 - 88) < 1e-9 } == true)
    #expect(percent.convert(50, to: ratio) == 0.5)
    #expect(QuantityUnit.named("degree").flatMap { percent.convert(1, to: $0) } == nil)
    // Every dimension has exactly one base unit; the unit lists read as the messages need them.
    for dimension in QuantityUnit.Dimension.allCases {
      #expect(dimension.units.filter { $0.factor == 1 }.count == 1, "\(dimension)")
    }
    #expect(QuantityUnit.Dimension.share.unitList.text(.zh) == "percent 或 ratio")
    #expect(QuantityUnit.Dimension.area.unitList.text(.en) == "m2, mu, ha or km2")
  }

  /// "a survival target written `unit="degree">95` is "95 % 低于合格标准 85 %"": now a finding of its own.
  @Test func aSurvivalTargetInDegreesIsItsOwnFinding() throws {
    let standard = try Self.bundled.get()
    let findings = Self.findings(
      try Self.baseWithTarget(#"<target indicator="survival-rate" unit="degree">95</target>"#), standard: standard,
      rule: "SS-GRN-001")
    let finding = try #require(findings.first)
    #expect(findings.count == 1)
    #expect(finding.message.text(.zh).contains("应以 percent 或 ratio 表示（比率），给出的是 degree（角度）"), "\(finding.message)")
    #expect(
      finding.message.text(.en).contains(
        "must be stated in percent or ratio (share); the submission gives degree (angle)"))
    #expect(!finding.message.text(.zh).contains("低于合格标准"), "never a comparison")
    #expect(finding.parameter == nil)
  }

  /// "a correct `unit="ratio">0.88` (88 %) becomes "0.88 % 低于 85 %"": now 88 % and a pass; 0.8 fails as 80 %.
  @Test func aRatioIsReadAsTheShareItIs() throws {
    let standard = try Self.bundled.get()
    for profile in [Profile.chongqing, .sichuan, .unified] {
      let passing = try Self.baseWithTarget(#"<target indicator="survival-rate" unit="ratio">0.88</target>"#)
      #expect(Self.findings(passing, standard: standard, rule: "SS-GRN-001", profile: profile).isEmpty)
    }
    let failing = Self.findings(
      try Self.baseWithTarget(#"<target indicator="survival-rate" unit="ratio">0.8</target>"#), standard: standard,
      rule: "SS-GRN-001")
    #expect(
      failing.map { $0.message.text(.en) } == [
        "Unit U1 (万州区长江岸线生态修复单元): A restoration unit's survival-rate target of 80 % is below the pass mark of 85 %"
      ])
  }

  static let areaRule = """
    <rule id="SS-TST-001" severity="error">
      <title lang="zh">单元面积上限</title><title lang="en">Unit area limit</title>
      <message lang="zh">单元面积 {actual} {unit} 超过 {limit} {unit}</message><message lang="en">Unit area {actual} {unit} exceeds {limit} {unit}</message>
      <source ref="test-source" clause="art. 1"/>
      <context>/s:submission/s:units/s:unit</context>
      RANGE
      <example outcome="pass" profile="chongqing"/>
      <example outcome="fail" profile="chongqing"><set path="units/unit/area/@unit">km2</set><set path="units/unit/area">1000</set></example>
    </rule>
    """

  static func unitArea(_ value: String, _ unit: String) throws -> [UInt8] {
    let text = String(decoding: try Repository.bytes("standards/examples/base-submission.xml"), as: UTF8.self)
    let old = #"<area unit="ha">1200</area>"#
    #expect(text.contains(old))
    return Array(text.replacingOccurrences(of: old, with: #"<area unit="\#(unit)">\#(value)</area>"#).utf8)
  }

  /// "a bound written without a unit (`max="1000000"`) is compared with the number in whatever unit the submission
  /// used, so 12,000,000 m² fails while 1,000 km² passes": in rule language 1 it now loads with warning E213 and is
  /// read in the base unit of the value's dimension (ha), so the larger area fails and the smaller passes.
  @Test func aBoundWithoutAUnitNoLongerTakesTheSubmissionsUnit() throws {
    let standard = try MiniStandard.load(
      rules: Self.areaRule.replacingOccurrences(of: "RANGE", with: #"<range path="area" max="5000"/>"#))
    #expect(standard.warnings.map(\.code) == [.boundWithoutUnit])
    #expect(standard.warnings.first?.message.text(.en).contains("an error from rule language 2") == true)
    // 12,000,000 m² = 1,200 ha: within 5,000 (ha). 1,000 km² = 100,000 ha: over it.
    #expect(Self.findings(try Self.unitArea("12000000", "m2"), standard: standard, rule: "SS-TST-001").isEmpty)
    let over = Self.findings(try Self.unitArea("1000", "km2"), standard: standard, rule: "SS-TST-001")
    #expect(over.map { $0.message.text(.en) } == ["Unit U1 (万州区长江岸线生态修复单元): Unit area 100000 ha exceeds 5000 ha"])
    // The same verdict whichever unit states the same area.
    for (value, unit) in [("100000", "ha"), ("1500000", "mu"), ("1000000000", "m2")] {
      #expect(
        Self.findings(try Self.unitArea(value, unit), standard: standard, rule: "SS-TST-001").count == 1,
        "\(value) \(unit)")
    }
  }

  @Test func fromRuleLanguage2ABoundWithoutAUnitIsALoadError() throws {
    var files = try MiniStandard.files(
      rules: Self.areaRule.replacingOccurrences(of: "RANGE", with: #"<range path="area" max="5000"/>"#))
    let text = String(decoding: try #require(files["rules/test.xml"]), as: UTF8.self)
    files["rules/test.xml"] = Array(
      text.replacingOccurrences(of: #"effective="2026-01-01">"#, with: #"effective="2026-01-01" language="2">"#).utf8)
    #expect(text.contains(#"effective="2026-01-01">"#))
    do {
      _ = try StandardLoader(toolFiles: files).load(.inMemory(name: "<test>", files: files))
      Issue.record("a language-2 document with a bound without a unit loaded")
    } catch {
      #expect(error.diagnostics.map(\.code) == [.boundWithoutUnit])
      #expect(error.diagnostics.first?.location.line ?? 0 > 0)
    }
    // With the unit stated, language 2 loads without a warning.
    let fixed = String(decoding: try #require(files["rules/test.xml"]), as: UTF8.self)
      .replacingOccurrences(of: #"max="5000"/>"#, with: #"max="50" unit="km2"/>"#)
    files["rules/test.xml"] = Array(fixed.utf8)
    let standard = try StandardLoader(toolFiles: files).load(.inMemory(name: "<test>", files: files))
    #expect(standard.warnings.isEmpty)
  }

  static let rangeWithBothBounds = """
    <rule id="SS-TST-002" severity="error">
      <title lang="zh">单元面积范围</title><title lang="en">Unit area range</title>
      <message lang="zh">单元面积 {actual} {unit} 超出 {min}–{max} {unit}</message><message lang="en">Unit area {actual} {unit} is outside {min}–{max} {unit}</message>
      BOUNDS
      <source ref="test-source" clause="art. 2"/>
      <context>/s:submission/s:units/s:unit</context>
      <range path="area" min="1" max="2000" unit="ha"/>
      <example outcome="pass" profile="chongqing"/>
      <example outcome="fail" profile="chongqing"><set path="units/unit/area">3000</set></example>
    </rule>
    """

  /// "a range rule has one message, so exceeding its maximum reads "below the minimum"": per-bound messages.
  @Test func rangeFindingsSayWhichBoundWasCrossed() throws {
    let messages = #"""
      <message lang="zh" bound="min">单元面积 {actual} {unit} 小于下限 {limit} {unit}</message><message lang="en" bound="min">Unit area {actual} {unit} is below the minimum of {limit} {unit}</message>
      <message lang="zh" bound="max">单元面积 {actual} {unit} 超过上限 {limit} {unit}</message><message lang="en" bound="max">Unit area {actual} {unit} is above the maximum of {limit} {unit}</message>
      """#
    let standard = try MiniStandard.load(
      rules: Self.rangeWithBothBounds.replacingOccurrences(of: "BOUNDS", with: messages))
    #expect(standard.warnings.isEmpty)
    let above = Self.findings(try Self.unitArea("3000", "ha"), standard: standard, rule: "SS-TST-002")
    #expect(
      above.map { $0.message.text(.en) } == [
        "Unit U1 (万州区长江岸线生态修复单元): Unit area 3000 ha is above the maximum of 2000 ha"
      ])
    let below = Self.findings(try Self.unitArea("5000", "m2"), standard: standard, rule: "SS-TST-002")
    #expect(below.map { $0.message.text(.zh) } == ["单元 U1（万州区长江岸线生态修复单元）：单元面积 0.5 公顷 小于下限 1 公顷"])
    // Without per-bound messages the general one is used, and a note names the bound crossed.
    let plain = try MiniStandard.load(rules: Self.rangeWithBothBounds.replacingOccurrences(of: "BOUNDS", with: ""))
    let noted = Self.findings(try Self.unitArea("3000", "ha"), standard: plain, rule: "SS-TST-002")
    #expect(noted.first?.notes.map { $0.text(.en) } == ["above the maximum of 2000 ha"])
    #expect(noted.first?.message.text(.en) == "Unit U1 (万州区长江岸线生态修复单元): Unit area 3000 ha is outside 1–2000 ha")
  }

  @Test func aUnitThatDoesNotExistIsNeverReadAsTheRulesUnit() throws {
    // The submission schema refuses such a unit; the engine must not fall back to the rule's unit either.
    let document = try XMLDocument.parse(Array(#"<a unit="furlong">5</a>"#.utf8), url: "t.xml")
    let node = try #require(document.root)
    let metre = QuantityUnit.named("m")
    #expect(Quantity(node, fallback: metre).reading(in: metre) == .otherDimension(stated: "furlong"))
    #expect(Quantity(node, fallback: nil).reading(in: nil) == .otherDimension(stated: "furlong"))
    // No unit at all: read in the fallback (the rule's unit).
    let bare = try #require(try XMLDocument.parse(Array("<a>5</a>".utf8), url: "t.xml").root)
    #expect(Quantity(bare, fallback: metre).reading(in: QuantityUnit.named("km")) == .value(0.005))
  }

  /// `TargetDimension.elements` is what the submission schema says: every element typed `AreaQuantity`, … and no other.
  @Test func targetDimensionsFollowTheSubmissionSchema() throws {
    let schema = try XMLDocument.parse(try Repository.bytes("standards/schema/submission.xsd"), url: "submission.xsd")
    var typed: [String: Set<String>] = [:]
    func walk(_ node: XMLNode) {
      if node.localName == "element", let name = node.attribute("name"), let type = node.attribute("type") {
        typed[name, default: []].insert(type)
      }
      node.forEachChildElement(walk)
    }
    walk(try #require(schema.root))
    var expected: [String: QuantityUnit.Dimension] = [:]
    for (name, types) in typed {
      let dimensions = Set(types.compactMap { TargetDimension.schemaTypes[$0] })
      // Only a name the schema gives one quantity type everywhere is known before reading a submission.
      if dimensions.count == 1, types.count == 1 { expected[name] = dimensions.first }
    }
    #expect(TargetDimension.elements == expected)
    #expect(expected["survivalRate"] == .share && expected["area"] == .area && expected["target"] == nil)
  }
}
