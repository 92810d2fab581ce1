import Foundation
import ShanshuiCore
import ShanshuiTestSupport
import Testing

/// Lint on real standards: the bundled one is clean, and a copy with one injected defect per lint rule reports each
/// defect under its id, at the file and line where it was injected.
@Suite struct LintStandardTests {
  static func lint(_ directory: URL) throws -> LintResult {
    Linter(toolFiles: try Repository.standardFiles()).lint(.directory(directory.path))
  }

  @Test func bundledStandardIsClean() throws {
    let result = try Self.lint(Repository.url("standards"))
    #expect(result.problems.isEmpty)
    #expect(
      result.findings.isEmpty, "\(result.findings.map { "\($0.location.file):\($0.location.line) [\($0.ruleID)]" })")
    let documents = try Repository.standardFiles().keys.filter { $0.hasPrefix("rules/") }.count
    #expect(result.files.count == documents + 1, "the manifest and every rule document")
  }

  /// One defect: in `file`, `find` becomes `replace`; the finding is expected on the line holding `marker`.
  struct Injection: CustomStringConvertible, Sendable {
    var id: String
    var file: String
    var find: String
    var replace: String
    var marker: String
    var description: String { "\(id) in \(file)" }
    /// The file's path below the standard's root: a rule document in `rules/`, or a version's manifest.
    var path: String { file.hasPrefix("versions/") ? file : "rules/" + file }
  }

  static let injections: [Injection] = [
    Injection(
      id: "SL001", file: "corridors.xml", find: #"<rule id="SS-RIV-002" severity="error">"#,
      replace: #"<rule id="SS-RIV-002" severity="fatal">"#, marker: #"severity="fatal""#),
    Injection(
      id: "SL002", file: "corridors.xml", find: #"id="SS-RIV-004""#, replace: #"id="SS-RIX-004""#, marker: "SS-RIX-004"),
    Injection(
      id: "SL003", file: "wetland.xml", find: "<sources>",
      replace:
        #"<sources><document id="yangtze-law" confidence="H"><title lang="zh">重复</title><title lang="en">Twice</title></document>"#,
      marker: #"<document id="yangtze-law""#),
    Injection(
      id: "SL004", file: "corridors.xml", find: #"min="$chemical-min-distance""#,
      replace: #"min="$chemical-min-distanse""#, marker: "chemical-min-distanse"),
    Injection(
      id: "SL005", file: "basics.xml", find: #"list="restoration-modes""#, replace: #"list="restoration-mode""#,
      marker: #"list="restoration-mode""#),
    Injection(
      id: "SL006", file: "corridors.xml", find: #"<source ref="mee-2021-buffer"/>"#,
      replace: #"<source ref="mee-2021-bufer"/>"#, marker: "mee-2021-bufer"),
    Injection(
      id: "SL007", file: "corridors.xml",
      find: #"<applies projectTypes="greening riparian" programmes="cq-qianli-forest-belt"/>"#,
      replace:
        #"<applies projectTypes="greening riparian" programmes="cq-qianli-forest-belt" profiles="chongqing sichuan"/>"#,
      marker: #"profiles="chongqing sichuan""#),
    Injection(
      id: "SL008", file: "corridors.xml", find: #"max="$qianli-belt-max-distance"/>"#,
      replace: #"max="$qianli-belt-max-distance" unit="ha"/>"#, marker: #"unit="ha"/>"#),
    Injection(
      id: "SL009", file: "greening.xml",
      find: "<context>/s:submission/s:units/s:unit/s:target[@indicator = 'survival-rate']</context>",
      replace: "<context>/s:submission/s:units/s:unit/s:target[@indicator = ]</context>", marker: "[@indicator = ]"),
    Injection(
      id: "SL010", file: "funding.xml", find: "(not(../s:location/s:division[substring(@code, 1, 2)",
      replace: "(not(../s:location/s:division[substrinq(@code, 1, 2)", marker: "substrinq"),
    Injection(
      id: "SL011", file: "greening.xml",
      find: "<context>/s:submission/s:units/s:unit[s:measure/@kind = 'planting']</context>",
      replace: "<context>count(/s:submission/s:units/s:unit[s:measure/@kind = 'planting'])</context>",
      marker: "<context>count("),
    Injection(
      id: "SL012", file: "greening.xml", find: "低于合格标准 {limit} {unit}", replace: "低于合格标准 {limits} {unit}",
      marker: "{limits}"),
    Injection(
      id: "SL013", file: "corridors.xml",
      find: #"<title lang="en">A six-river corridor must state its buffer-belt width</title>"#,
      replace: #"<title lang="zh">六江廊道</title>"#, marker: "“六江”廊道须说明生态缓冲带宽度"),
    Injection(
      id: "SL014", file: "corridors.xml", find: #"<example outcome="fail" profile="chongqing">"#,
      replace: #"<example outcome="pass" profile="chongqing">"#, marker: #"<rule id="SS-RIV-002""#),
    Injection(
      id: "SL015", file: "corridors.xml",
      find:
        #"<value profile="unified" status="adopted" value="1"><source ref="yangtze-law" clause="长江干支流岸线一公里范围内禁止新建、扩建化工园区和化工项目"/></value>"#,
      replace: #"<value profile="unified" status="adopted" value="1"/>"#,
      marker: #"<value profile="unified" status="adopted" value="1"/>"#),
    Injection(
      id: "SL016", file: "greening.xml", find: #"<set path="units/unit/target">85</set>"#,
      replace: #"<set path="units/unit/goal">85</set>"#, marker: "units/unit/goal"),
    Injection(
      id: "SL017", file: "qinba.xml", find: #"regex="m3|wan-m3""#, replace: #"regex="(m3|wan-m3""#,
      marker: #"regex="(m3"#),
    Injection(
      id: "SL018", file: "karst.xml",
      find:
        #"<?xml-model href="../schema/rules.xsd" type="application/xml" schematypens="http://www.w3.org/2001/XMLSchema"?>"#,
      replace: "", marker: #"<?xml version="1.0" encoding="UTF-8"?>"#),
    Injection(
      id: "SL019", file: "corridors.xml", find: #"<rule id="SS-RIV-003" severity="error">"#,
      replace: #"<rule id="SS-RIV-003" severity="error" waivable="true">"#, marker: #"waivable="true""#),
    Injection(
      id: "SL020", file: "soil.xml", find: #"<range path="slope" max="$steep-slope-max"/>"#,
      replace: #"<range path="slope" max="25"/>"#, marker: #"max="25""#),
    Injection(
      id: "SL021", file: "corridors.xml",
      find: #"<range path="distanceFromBank" min="$tailings-min-distance-mainstem"/>"#,
      replace:
        #"<range path="distanceFromBank" min="$tailings-min-distance-mainstem" max="$tailings-min-distance-tributary"/>"#,
      marker: #"max="$tailings-min-distance-tributary""#),
    Injection(
      id: "SL023", file: "corridors.xml", find: #"quote="连通生态廊道，重塑自然岸线""#,
      replace: #"quote="连通生态廊道,重塑自然岸线""#, marker: "连通生态廊道,重塑"),
    Injection(
      id: "SL022", file: "monitoring.xml", find: #"<required path="dataSharing/format"/>"#,
      replace: #"<pattern path="dataSharing/format" regex="([a-z]+[0-9]*)+"/>"#, marker: #"regex="([a-z]+"#),
    Injection(
      id: "SL024", file: "versions/0.0.9/standard.xml", find: #"id="chengyu-eco-restoration" version="0.0.9""#,
      replace: #"id="chengyu-other" version="0.0.9""#, marker: #"id="chengyu-other""#),
    Injection(
      id: "SL025", file: "wetland.xml", find: "  <rules>",
      replace:
        #"  <layers><layer id="test-role"><name lang="zh">测试</name><name lang="en">Test</name><field name="kind" codelist="no-such-layer-list"/></layer></layers>"#
        + "\n  <rules>", marker: "no-such-layer-list"),
    Injection(
      id: "SL026", file: "karst.xml", find: #"<description lang="zh">恰好 50% 不属于小于 50%。</description>"#,
      replace: "", marker: "Exactly 50% is not below 50%."),
  ]

  @Test func everyLintRuleHasAnInjection() {
    #expect(Set(Self.injections.map(\.id)) == Set(LintRules.all.map(\.id)))
  }

  @Test func injectedDefectsAreReportedAtTheirLine() throws {
    let copy = try TemporaryStandard()
    var expected: [(Injection, Int)] = []
    for injection in Self.injections {
      let line = try copy.replace(
        injection.find, with: injection.replace, in: injection.path, marking: injection.marker)
      expected.append((injection, line))
    }
    let result = try Self.lint(copy.directory)
    #expect(result.problems.isEmpty)
    for (injection, line) in expected {
      let file = copy.directory.appendingPathComponent(injection.path).path
      #expect(
        result.findings.contains { $0.ruleID == injection.id && $0.location.file == file && $0.location.line == line },
        "\(injection) expected at line \(line); got \(result.findings.filter { $0.ruleID == injection.id }.map { "\($0.location.file):\($0.location.line)" })"
      )
    }
    // Nothing beyond what was injected (SL002 may also fire where SL003's rule id moves theme, so compare ids).
    #expect(Set(result.findings.map(\.ruleID)) == Set(Self.injections.map(\.id)))
  }

  @Test func anUnparseableDocumentIsAProblemAndTheOthersAreStillLinted() throws {
    let copy = try TemporaryStandard()
    _ = try copy.replace("</rules>", with: "</rule>", in: "rules/wetland.xml", marking: "</rule>")
    _ = try copy.replace(#"list="restoration-modes""#, with: #"list="nope""#, in: "rules/basics.xml", marking: "nope")
    let result = try Self.lint(copy.directory)
    #expect(
      result.problems.contains { $0.code == .standardMalformed && $0.location.file.hasSuffix("rules/wetland.xml") })
    #expect(result.findings.contains { $0.ruleID == "SL005" })
    let documents = try Repository.standardFiles().keys.filter { $0.hasPrefix("rules/") }.count
    #expect(result.files.count == documents, "the manifest and every rule document but the unparseable one")
  }

  @Test func xpathSyntaxFindingPointsAtTheOffsetAndShowsACaret() throws {
    let copy = try TemporaryStandard()
    let line = try copy.replace(
      "<context>/s:submission/s:units/s:unit/s:target[@indicator = 'survival-rate']</context>",
      with: "<context>/s:submission/s:units/s:unit/s:target[@indicator = ]</context>", in: "rules/greening.xml",
      marking: "[@indicator = ]")
    let finding = try #require(try Self.lint(copy.directory).findings.first { $0.ruleID == "SL009" })
    let text = try String(contentsOf: copy.directory.appendingPathComponent("rules/greening.xml"), encoding: .utf8)
    let source = Array(text.components(separatedBy: "\n")[line - 1])
    let message = try #require(finding.message.en).components(separatedBy: "\n")
    #expect(message.count == 3)
    #expect(message[1] == "/s:submission/s:units/s:unit/s:target[@indicator = ]")
    // The caret's column in the message and the finding's column in the file point at the same character.
    let caret = try #require(message[2].firstIndex(of: "^")).utf16Offset(in: message[2])
    #expect(source[finding.location.column - 1] == Array(message[1])[caret])
    #expect(source[finding.location.column - 1] == "]")
  }

  @Test func anErrorOnTheSecondLineOfAnAssertIsReportedOnThatLine() throws {
    let copy = try TemporaryStandard()
    let find = "and ss:quantity(s:source[@kind = 'central'], 'yi-yuan') &lt;= $ssw-cross-award-max\n"
    let line = try copy.replace(
      find, with: "and ss:quantity(s:source[@kind = 'central'], 'yi-yuan') &lt;= * $ssw-cross-award-max\n",
      in: "rules/funding.xml", marking: "&lt;= * $ssw-cross")
    let finding = try #require(try Self.lint(copy.directory).findings.first { $0.ruleID == "SL009" })
    #expect(finding.location.line == line)
    let text = try String(contentsOf: copy.directory.appendingPathComponent("rules/funding.xml"), encoding: .utf8)
    let source = text.components(separatedBy: "\n")[line - 1]
    let star = try #require(source.firstIndex(of: "*")).utf16Offset(in: source) + 1
    // libxml2 reports the offset just past where parsing stopped: at the star or right after it.
    #expect((star...star + 2).contains(finding.location.column), "column \(finding.location.column), star at \(star)")
    // The message shows the expression on its own lines, the caret right under the line with the error.
    let shown = finding.message.text(.en).components(separatedBy: "\n")
    let errorLine = try #require(
      shown.firstIndex { $0.contains("&lt;") == false && $0.contains("<= * $ssw-cross") }, "\(shown)")
    #expect(
      shown[errorLine].trimmingCharacters(in: .whitespaces)
        == "and ss:quantity(s:source[@kind = 'central'], 'yi-yuan') <= * $ssw-cross-award-max", "\(shown)")
    #expect(shown.count > errorLine + 1 && shown[errorLine + 1].trimmingCharacters(in: .whitespaces) == "^", "\(shown)")
  }

  /// A rule document included twice is one finding at the second include, not a duplicate of every id in it.
  @Test func aDocumentIncludedTwiceIsOneFindingAtTheInclude() throws {
    let copy = try TemporaryStandard()
    let line = try copy.replace(
      #"<include href="rules/qinba.xml"/>"#,
      with: #"<include href="rules/qinba.xml"/>"# + "\n  " + #"<include href="rules/qinba.xml"/><!-- again -->"#,
      in: "standard.xml", marking: "again")
    let result = try Self.lint(copy.directory)
    #expect(result.findings.map(\.ruleID) == ["SL003"], "\(result.findings.map { $0.message.text(.en) })")
    #expect(
      result.findings.first?.location.line == line
        && result.findings.first?.location.file.hasSuffix("standard.xml") == true)
    let documents = try Repository.standardFiles().keys.filter { $0.hasPrefix("rules/") }.count
    #expect(result.files.count == documents + 1)
  }

  /// Removing a province's value of a parameter silently stops the rule under that province; the rule's example
  /// under it then passes without testing anything, which `shanshui test` cannot see.
  @Test func anExampleUnderAProfileWithoutTheParameterIsReported() throws {
    let copy = try TemporaryStandard()
    let value =
      #"<value profile="chongqing" status="provisional" value="25"><source ref="swc-law" clause="禁止在二十五度以上陡坡地开垦种植农作物"/><reason lang="zh">水土保持法相应条文原文未检索到（来源标注“条文原文未检索到”）；25°为公认规定，暂保留，待核对法条原文后改为已采纳。</reason><reason lang="en">The clause text of the Soil and Water Conservation Law was not retrieved (the source says so); the well-known 25° is kept until checked against the law's text.</reason></value>"#
    _ = try copy.replace(value, with: "", in: "rules/soil.xml", marking: "steep-slope-max")
    let text = try String(contentsOf: copy.directory.appendingPathComponent("rules/soil.xml"), encoding: .utf8)
    let lines = text.components(separatedBy: "\n")
    let rule = try #require(lines.firstIndex { $0.contains(#"<rule id="SS-WSC-001""#) })
    let example =
      try #require(lines[rule...].firstIndex { $0.contains(#"<example outcome="pass" profile="chongqing">"#) }) + 1
    let findings = try Self.lint(copy.directory).findings
    #expect(findings.map(\.ruleID) == ["SL007"], "\(findings.map { "\($0.ruleID) \($0.message.text(.en))" })")
    #expect(findings.first?.location.line == example)
    #expect(findings.first?.message.text(.en).contains("steep-slope-max") == true)
  }
}

/// A copy of `standards/` in a temporary directory, removed when the value goes away.
final class TemporaryStandard {
  let directory: URL

  /// The copy holds the current version and one older version's manifest, `versions/0.0.9/standard.xml` (the
  /// frozen 0.1.0's, renamed 0.0.9 so that the set is consistent whatever the current version is called).
  init() throws {
    directory = TemporaryDirectory.url("lint")
    try FileManager.default.copyItem(at: Repository.url("standards"), to: directory)
    let versions = directory.appendingPathComponent("versions")
    try FileManager.default.removeItem(at: versions)
    let older = versions.appendingPathComponent("0.0.9")
    try FileManager.default.createDirectory(at: older, withIntermediateDirectories: true)
    let manifest = String(decoding: try Repository.bytes("standards/versions/0.1.0/standard.xml"), as: UTF8.self)
    try manifest.replacingOccurrences(of: #"version="0.1.0""#, with: #"version="0.0.9""#)
      .write(to: older.appendingPathComponent("standard.xml"), atomically: true, encoding: .utf8)
  }

  deinit { try? FileManager.default.removeItem(at: directory) }

  /// Replaces the first `find` in `file`; returns the 1-based line of the first `marker` afterwards.
  func replace(_ find: String, with replacement: String, in file: String, marking marker: String) throws -> Int {
    let url = directory.appendingPathComponent(file)
    var text = try String(contentsOf: url, encoding: .utf8)
    let range = try #require(text.range(of: find), "\(find) not in \(file)")
    text.replaceSubrange(range, with: replacement)
    try text.write(to: url, atomically: true, encoding: .utf8)
    let lines = text.components(separatedBy: "\n")
    return try #require(lines.firstIndex { $0.contains(marker) }) + 1
  }
}
