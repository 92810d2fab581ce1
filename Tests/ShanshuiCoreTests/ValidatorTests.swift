import ShanshuiCore
import ShanshuiTestSupport
import Testing

/// Profile selection, parameter resolution and applicability, on a small standard and edited base submissions.
@Suite struct ValidatorTests {
  static let parameters = """
    <parameter id="min-area" unit="ha" stricter="higher"><title lang="zh">面积下限</title><title lang="en">Minimum area</title>
      <value profile="chongqing" status="adopted" value="1000"><source ref="test-source" clause="第1条"/></value>
      <value profile="sichuan" status="provisional" value="500"><reason lang="en">no official figure</reason></value>
    </parameter>
    """

  static let rules = """
    <rule id="SS-TST-201" severity="error">
      <title lang="zh">单元面积</title><title lang="en">Unit area</title>
      <message lang="zh">面积 {actual} {unit} 小于 {limit} {unit}（{profile}）</message>
      <message lang="en">Area {actual} {unit} is below {limit} {unit} ({profile})</message>
      <source ref="test-source"/>
      <context>/s:submission/s:units/s:unit</context>
      <range path="area" min="$min-area"/>
      <example outcome="pass" profile="chongqing"/>
      <example outcome="fail" profile="chongqing"><set path="units/unit[1]/area">10</set></example>
    </rule>
    <rule id="SS-TST-202" severity="warning">
      <title lang="zh">项目面积</title><title lang="en">Project area</title>
      <message lang="zh">项目面积不足 {limit}</message><message lang="en">Project area below {limit}</message>
      <source ref="test-source"/>
      <context>/s:submission</context>
      <range path="area" min="$min-area"/>
      <example outcome="pass" profile="chongqing"/>
      <example outcome="fail" profile="chongqing"><set path="area">10</set></example>
    </rule>
    <rule id="SS-TST-203" severity="error">
      <title lang="zh">矿山</title><title lang="en">Mines only</title>
      <message lang="zh">矿山</message><message lang="en">mine</message>
      <source ref="test-source"/>
      <applies projectTypes="mine"/>
      <context>/s:submission</context>
      <required path="mine"/>
      <example outcome="pass" profile="chongqing"/>
      <example outcome="fail" profile="chongqing"><set path="project/@type">mine</set></example>
    </rule>
    """

  static func validator() throws -> Validator {
    Validator(standard: try MiniStandard.load(rules: rules, parameters: parameters))
  }

  /// The base submission with two units: U1 in `first` (800 ha), U2 in `second` (800 ha), project area 800 ha.
  static func crossBorder(first: String = "500101", second: String = "510100") throws -> [UInt8] {
    var text = String(decoding: try Repository.bytes("standards/examples/base-submission.xml"), as: UTF8.self)
    text = text.replacingOccurrences(
      of: #"<division code="500101" name="万州区"/>"#,
      with: "<division code=\"\(first)\"/>\n    <division code=\"\(second)\"/>")
    text = text.replacingOccurrences(of: #"<area unit="ha">150000</area>"#, with: #"<area unit="ha">800</area>"#)
    text = text.replacingOccurrences(of: #"<area unit="ha">1200</area>"#, with: #"<area unit="ha">800</area>"#)
    text = text.replacingOccurrences(
      of: #"<unit id="U1" division="500101""#, with: "<unit id=\"U1\" division=\"\(first)\"")
    let second = """
          <unit id="U2" division="\(second)" mode="natural-recovery" damage="light">
            <name>second</name>
            <area unit="km2">8</area>
          </unit>
        </units>
      """
    text = text.replacingOccurrences(of: "  </units>", with: second)
    return Array(text.utf8)
  }

  @Test func crossBorderUnitsUseTheirOwnProvince() throws {
    let result = try Self.validator().validate(bytes: Self.crossBorder(), path: "x.xml", selection: .auto)
    #expect(result.status == .checked)
    #expect(result.profiles == [.chongqing, .sichuan, .unified])
    let found = result.findings.map { "\($0.ruleID) \($0.profile.rawValue) \($0.path)" }
    #expect(
      found.sorted() == [
        "SS-TST-201 chongqing /submission/units/unit[@id='U1']/area", "SS-TST-202 unified /submission/area",
      ])
  }

  @Test func unifiedWithoutAgreedValueAppliesTheStricterProvinceAndSaysSo() throws {
    let result = try Self.validator().validate(bytes: Self.crossBorder(), path: "x.xml", selection: .auto)
    let project = try #require(result.findings.first { $0.ruleID == "SS-TST-202" })
    #expect(project.profile == .unified)
    #expect(project.parameter?.value == 1000)
    #expect(project.parameter?.valueFrom == .chongqing)
    #expect(project.notes.contains { $0.text(.en).contains("no unified value yet") })
    #expect(project.message.text(.en) == "Project area below 1000")
  }

  @Test func findingCarriesParameterValueStatusAndSource() throws {
    let result = try Self.validator().validate(bytes: Self.crossBorder(), path: "x.xml", selection: .auto)
    let unit = try #require(result.findings.first { $0.ruleID == "SS-TST-201" })
    // A unit's finding is led by the unit's id and name.
    #expect(unit.message.text(.en) == "Unit U1 (万州区长江岸线生态修复单元): Area 800 ha is below 1000 ha (Chongqing)")
    #expect(unit.message.text(.zh) == "单元 U1（万州区长江岸线生态修复单元）：面积 800 公顷 小于 1000 公顷（重庆）")
    #expect(unit.parameter?.status == .adopted)
    #expect(unit.parameter?.sources.first?.text(.en) == "Test source, 第1条")
    #expect(unit.anchoredPath == "unit[@id='U1']/area")
    #expect(unit.location.line > 0)
  }

  @Test func forcedProfileJudgesEverything() throws {
    let result = try Self.validator().validate(bytes: Self.crossBorder(), path: "x.xml", selection: .forced(.sichuan))
    #expect(result.findings.isEmpty)
    #expect(result.profiles == [.sichuan])
  }

  @Test func divisionOutsideBothProvincesIsJudgedUnifiedWithInfo() throws {
    let bytes = try Self.crossBorder(first: "500101", second: "520300")
    let result = try Self.validator().validate(bytes: bytes, path: "x.xml", selection: .auto)
    let info = try #require(result.findings.first { $0.ruleID == "SS-SYS-001" })
    #expect(info.severity == .info)
    #expect(info.path == "/submission/units/unit[@id='U2']")
    #expect(info.message.text(.en).contains("520300"))
    // U2 (8 km² = 800 ha) is judged under unified, whose stricter value is Chongqing's 1000 ha.
    #expect(result.findings.contains { $0.ruleID == "SS-TST-201" && $0.profile == .unified })
  }

  @Test func ruleDoesNotApplyWhereItsParameterHasNoValue() throws {
    let parameters = Self.parameters.replacingOccurrences(
      of:
        #"<value profile="sichuan" status="provisional" value="500"><reason lang="en">no official figure</reason></value>"#,
      with: "")
    let validator = Validator(standard: try MiniStandard.load(rules: Self.rules, parameters: parameters))
    let result = validator.validate(bytes: try Self.crossBorder(), path: "x.xml", selection: .forced(.sichuan))
    #expect(result.findings.isEmpty)
  }

  @Test func projectTypeLimitsRules() throws {
    let validator = try Self.validator()
    let base = try Repository.bytes("standards/examples/base-submission.xml")
    #expect(validator.validate(bytes: base, path: "b", selection: .auto).findings.isEmpty)
    let mine = Array(
      String(decoding: base, as: UTF8.self).replacingOccurrences(of: #"type="ssw""#, with: #"type="mine""#).utf8)
    #expect(validator.validate(bytes: mine, path: "m", selection: .auto).findings.map(\.ruleID) == ["SS-TST-203"])
  }

  @Test func schemaInvalidSubmissionIsNotRuleChecked() throws {
    let text = String(decoding: try Repository.bytes("standards/examples/base-submission.xml"), as: UTF8.self)
      .replacingOccurrences(of: #"<area unit="ha">1200</area>"#, with: #"<area unit="acre">1200</area>"#)
    let result = try Self.validator().validate(bytes: Array(text.utf8), path: "s.xml", selection: .auto)
    #expect(result.status == .notChecked)
    #expect(result.findings.isEmpty)
    #expect(result.diagnostics.first?.code == .inputSchemaInvalid)
    let line = text.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.contains("acre") }! + 1
    #expect(result.diagnostics.first?.location.line == line)
  }

  @Test func hugeNumbersDoNotCrash() throws {
    let text = String(decoding: try Repository.bytes("standards/examples/base-submission.xml"), as: UTF8.self)
      .replacingOccurrences(of: #"<area unit="ha">1200</area>"#, with: #"<area unit="ha">100000000000000000000</area>"#)
    let result = try Self.validator().validate(bytes: Array(text.utf8), path: "big.xml", selection: .auto)
    #expect(result.status == .checked)
  }

  @Test(arguments: [#"type=" ssw""#, #"code="500101 ""#, #"unit=" ha""#, #"overlap="0""#])
  func paddedOrAlternativeSpellingsAreSchemaErrors(spelling: String) throws {
    let original = [#"type="ssw""#, #"code="500101""#, #"unit="ha""#, #"overlap="false""#]
    let index = try #require(
      [#"type=" ssw""#, #"code="500101 ""#, #"unit=" ha""#, #"overlap="0""#].firstIndex(of: spelling))
    let text = String(decoding: try Repository.bytes("standards/examples/base-submission.xml"), as: UTF8.self)
      .replacingOccurrences(of: original[index], with: spelling)
    let result = try Self.validator().validate(bytes: Array(text.utf8), path: "p.xml", selection: .auto)
    #expect(result.status == .notChecked)
    #expect(result.diagnostics.first?.code == .inputSchemaInvalid)
  }

  @Test func documentTypeDeclarationsAreRefused() throws {
    let text = String(decoding: try Repository.bytes("standards/examples/base-submission.xml"), as: UTF8.self)
      .replacingOccurrences(of: "<submission ", with: "<!DOCTYPE submission [<!ENTITY a \"x\">]>\n<submission ")
    let result = try Self.validator().validate(bytes: Array(text.utf8), path: "d.xml", selection: .auto)
    #expect(result.status == .notChecked)
    #expect(result.diagnostics.first?.code == .inputMalformed)
    #expect(result.diagnostics.first?.location.line == 3)
  }

  @Test func manyFindingsAmongManySiblingsStayFast() throws {
    // Paths were once computed by walking all siblings per finding: quadratic. 20,000 findings must stay cheap.
    let text = String(decoding: try Repository.bytes("standards/examples/base-submission.xml"), as: UTF8.self)
    let sources = String(repeating: "    <source kind=\"central\" unit=\"wan-yuan\">0</source>\n", count: 20_000)
    let bytes = Array(
      text.replacingOccurrences(of: "    <source kind=\"social\"", with: sources + "    <source kind=\"social\"").utf8)
    let standard = try MiniStandard.load(
      rules: """
        <rule id="SS-TST-301" severity="error">
          <title lang="zh">t</title><title lang="en">t</title><message lang="zh">m</message><message lang="en">m</message>
          <source ref="test-source"/>
          <context>/s:submission/s:investment/s:source</context>
          <range path="." min="1"/>
          <example outcome="pass" profile="chongqing"/>
          <example outcome="fail" profile="chongqing"><set path="investment/source[1]">0</set></example>
        </rule>
        """)
    let result = Validator(standard: standard).validate(bytes: bytes, path: "many.xml", selection: .auto)
    #expect(result.findings.count == 20_000)
    // The base's central, municipal and county sources come first; social comes last.
    #expect(result.findings.last?.path == "/submission/investment/source[20003]")
  }

  @Test func malformedSubmissionGivesLineAndColumn() throws {
    let result = try Self.validator().validate(
      bytes: Array("<submission>\n<x>\n</submission>".utf8), path: "m.xml", selection: .auto)
    #expect(result.status == .notChecked)
    #expect(result.diagnostics.first?.code == .inputMalformed)
    #expect(result.diagnostics.first?.location == SourceLocation(file: "m.xml", line: 3, column: 14))
  }
}
