import Foundation
import ShanshuiTestSupport
import Testing

@testable import ShanshuiCore

/// The divisions codelist against its data (standards/data/, copied from the sources named there) and the division
/// rules SS-BAS-002..005, 015 and 016 on edited copies of the base submission.
@Suite struct DivisionsTests {
  static let standard = BundledTestStandard.result

  /// The rows of a CSV file under standards/data/ (comment lines start with `#`; no field holds a comma).
  static func rows(_ name: String) throws -> [[String: String]] {
    let text = String(decoding: try Repository.bytes("standards/data/" + name), as: UTF8.self)
    let lines = text.split(separator: "\n").map(String.init).filter { !$0.hasPrefix("#") && !$0.isEmpty }
    let header = lines[0].split(separator: ",", omittingEmptySubsequences: false).map(String.init)
    return lines.dropFirst().map { line in
      let fields = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
      return Dictionary(
        uniqueKeysWithValues: zip(header, fields + Array(repeating: "", count: max(0, header.count - fields.count))))
    }
  }

  static func divisions() throws -> Codelist { try #require(try standard.get().codelists["divisions"]) }

  /// The findings of the division rules on the base submission with its division (and unit) replaced.
  static func findings(
    code: String, name: String? = nil, version: String? = nil, units: [String]? = nil, extra: String = ""
  ) throws -> [Finding] {
    var text = String(decoding: try Repository.bytes("standards/examples/base-submission.xml"), as: UTF8.self)
    var attributes = "code=\"\(code)\""
    if let name { attributes += " name=\"\(name)\"" }
    if let version { attributes += " codeVersion=\"\(version)\"" }
    text = text.replacingOccurrences(
      of: "<division code=\"500101\" name=\"万州区\"/>", with: "<division \(attributes)/>\(extra)")
    text = text.replacingOccurrences(of: "division=\"500101\"", with: "division=\"\((units ?? [code])[0])\"")
    try #require(
      text.contains("<division \(attributes)/>\(extra)") && text.contains("division=\"\((units ?? [code])[0])\""))
    let result = Validator(standard: try standard.get()).validate(
      bytes: Array(text.utf8), path: "t.xml", selection: .auto)
    #expect(result.diagnostics.isEmpty, "\(result.diagnostics.map { $0.message.text(.en) })")
    let ids: Set = ["SS-BAS-002", "SS-BAS-003", "SS-BAS-004", "SS-BAS-005", "SS-BAS-015", "SS-BAS-016"]
    return result.findings.filter { ids.contains($0.ruleID) }
  }

  @Test func theDataHoldsBothProvincesCompletely() throws {
    let rows = try Self.rows("divisions-50-51.csv")
    #expect(rows.filter { $0["code"]!.hasPrefix("50") }.count == 38)
    #expect(rows.filter { $0["code"]!.hasPrefix("51") }.count == 183)
    #expect(Set(rows.filter { $0["code"]!.hasPrefix("51") }.map { $0["prefecture_code"]! }).count == 21)
    // SS-BAS-005 relies on this: a county's prefecture is its first four digits followed by 00.
    for row in rows where row["code"]!.hasPrefix("51") {
      #expect(row["prefecture_code"] == String(row["code"]!.prefix(4)) + "00", "\(row)")
    }
  }

  @Test func everyCurrentCodeIsInTheCodelistWithItsName() throws {
    let divisions = try Self.divisions()
    var expected: [String: String] = [:]
    for row in try Self.rows("divisions-50-51.csv") {
      expected[row["code"]!] = row["name"]!
      if row["code"]!.hasPrefix("51") { expected[row["prefecture_code"]!] = row["prefecture_name"]! }
    }
    let current = divisions.codes.filter { $0.value.validTo == nil && $0.value.replacedBy == nil }
    #expect(Set(current.keys) == Set(expected.keys))
    for (code, name) in expected {
      guard case .valid(let entry) = divisions.resolve(code, version: nil) else {
        Issue.record("\(code) \(name) does not resolve to a current code")
        continue
      }
      #expect(entry.name.zh == name, "\(code)")
    }
  }

  @Test func everyCurrentCodeIsAcceptedWithItsNameByTheRules() throws {
    // One submission listing every current code with its name: no division finding at all.
    var expected: [(code: String, name: String)] = []
    for row in try Self.rows("divisions-50-51.csv") { expected.append((row["code"]!, row["name"]!)) }
    let extra = expected.dropFirst().map { "<division code=\"\($0.code)\" name=\"\($0.name)\"/>" }.joined()
    let findings = try Self.findings(code: expected[0].code, name: expected[0].name, extra: extra)
    #expect(findings.isEmpty, "\(findings.map { $0.message.text(.zh) })")
  }

  @Test func everyHistoryRowIsAnEntryOfTheCodelist() throws {
    let divisions = try Self.divisions()
    for row in try Self.rows("division-history-50-51.csv") {
      let entries = divisions.entries[row["code"]!] ?? []
      let match = entries.first { entry in
        entry.name.zh == row["name"] && entry.validFrom == Int(row["valid_from"]!)
          && entry.validTo == Int(row["valid_to"]!)
          && entry.replacedBy == (row["replaced_by"]!.isEmpty ? nil : row["replaced_by"])
      }
      #expect(match != nil, "\(row)")
      #expect(["H", "M"].contains(row["confidence"]!), "\(row)")
    }
  }

  @Test func anInventedCountyUnderARealPrefectureFails() throws {
    let findings = try Self.findings(code: "510699", name: "旌阳区")
    #expect(Set(findings.map(\.ruleID)) == ["SS-BAS-003", "SS-BAS-016"])
    #expect(findings.first { $0.ruleID == "SS-BAS-003" }?.message.text(.zh).contains("510699") == true)
  }

  @Test func retiredChongqingCountiesNameTheirSuccessors() throws {
    for (old, name, successor, successorName) in [
      ("500232", "武隆县", "500156", "武隆区"), ("500228", "梁平县", "500155", "梁平区"),
    ] {
      let findings = try Self.findings(code: old, name: name)
      #expect(findings.map(\.ruleID) == ["SS-BAS-004"], "\(old)")
      let message = try #require(findings.first).message
      #expect(message.text(.zh) == "行政区划代码“\(old)”（\(name)）已于 2016 年撤销，应改用“\(successor)”（\(successorName)）")
      #expect(message.text(.en).contains("retired in 2016; use \"\(successor)\""))
    }
  }

  @Test func aCodeRetiredTwiceNamesTheCodeInForceNow() throws {
    // 简阳市: 511082 (内江市) → 513902 (资阳地区, 1998) → 512081 (资阳市, 2000) → 510185 (成都市, 2016).
    let findings = try Self.findings(code: "511082", name: "简阳市", units: ["510185"])
    #expect(findings.map(\.ruleID) == ["SS-BAS-004", "SS-BAS-005"])
    #expect(findings[0].message.text(.zh) == "行政区划代码“511082”（简阳市）已于 1998 年撤销，应改用“510185”（简阳市）")
  }

  @Test func aReusedCodeMeansWhatItMeantInTheStatedVersion() throws {
    // 500110 was 万盛区 until 2010; 万盛区 and 綦江县 became 綦江区 (500110) in 2011.
    let old = try Self.findings(code: "500110", name: "万盛区", version: "2010")
    #expect(old.map(\.ruleID) == ["SS-BAS-004"])
    #expect(old[0].message.text(.zh) == "行政区划代码“500110”（万盛区）已于 2011 年撤销，应改用“500110”（綦江区）")
    #expect(old[0].notes.map { $0.text(.zh) } == ["代码 500110 在 2011 年以前指万盛区，现指綦江区"])
    let oldWithNewName = try Self.findings(code: "500110", name: "綦江区", version: "2010")
    #expect(Set(oldWithNewName.map(\.ruleID)) == ["SS-BAS-004", "SS-BAS-015"])
    #expect(
      oldWithNewName.first { $0.ruleID == "SS-BAS-015" }?.message.text(.zh)
        == "行政区划代码“500110”是“万盛区”（2010 年版），所填名称为“綦江区”")
    #expect(try Self.findings(code: "500110", name: "綦江区").isEmpty)
    #expect(try Self.findings(code: "500110", name: "綦江区", version: "2011").isEmpty)
    let current = try Self.findings(code: "500110", name: "万盛区")
    #expect(current.map(\.ruleID) == ["SS-BAS-015"])
    #expect(current[0].severity == .warning)
    #expect(current[0].message.text(.zh) == "行政区划代码“500110”是“綦江区”（现行版本），所填名称为“万盛区”")
    // 綦江县 itself was retired into the same code.
    #expect(try Self.findings(code: "500222", name: "綦江县", version: "2010").map(\.ruleID) == ["SS-BAS-004"])
  }

  @Test func aCodeThatDidNotExistYetIsUnknownInThatVersion() throws {
    let findings = try Self.findings(code: "500155", name: "梁平区", version: "2010")
    #expect(findings.map(\.ruleID) == ["SS-BAS-002"])
    #expect(findings[0].message.text(.zh) == "行政区划代码“500155”不是重庆市的区县代码（GB/T 2260，2010 年版）")
    #expect(try Self.findings(code: "500155", name: "梁平区", version: "2016").isEmpty)
  }

  @Test func aRenamedCodeIsNotRetired() throws {
    // 510802 was 市中区 until 2006 and is 利州区 since: the same district, no retired-code finding.
    #expect(try Self.findings(code: "510802", name: "市中区", version: "2005").isEmpty)
    #expect(try Self.findings(code: "510802", name: "利州区").isEmpty)
    #expect(try Self.findings(code: "510802", name: "市中区").map(\.ruleID) == ["SS-BAS-015"])
  }

  @Test func aWrongNameIsAWarningThatSaysTheCodesName() throws {
    let findings = try Self.findings(code: "511922", name: "通江县")
    #expect(findings.map(\.ruleID) == ["SS-BAS-015"])
    #expect(findings[0].severity == .warning)
    #expect(
      findings[0].message.text(.en)
        == "Division code \"511922\" is \"南江县\" (current version), but the name given is \"通江县\"")
    // The English name counts too, and whitespace is ignored.
    #expect(try Self.findings(code: "500101", name: "Wanzhou  District").isEmpty)
    #expect(try Self.findings(code: "511922", name: " 南江 县 ").isEmpty)
    #expect(try Self.findings(code: "511922").isEmpty)
  }

  @Test func aUnitWithinAListedPrefectureIsConsistentAndOneOutsideIsNot() throws {
    #expect(try Self.findings(code: "511700", name: "达州市", units: ["511722"]).isEmpty)
    #expect(try Self.findings(code: "511722", name: "宣汉县", units: ["511725"]).map(\.ruleID) == ["SS-BAS-005"])
    #expect(try Self.findings(code: "511700", name: "达州市", units: ["511381"]).map(\.ruleID) == ["SS-BAS-005"])
    // Within the prefecture by its digits, but no such county.
    #expect(try Self.findings(code: "511700", name: "达州市", units: ["511799"]).map(\.ruleID) == ["SS-BAS-016"])
  }

  @Test func resolutionFollowsTheEntriesPeriods() {
    let list = Codelist(
      id: "t", title: LocalizedText("t"),
      entries: [
        .init(value: "A", name: LocalizedText("old A"), validTo: 2010),
        .init(value: "A", name: LocalizedText("new A"), validFrom: 2011),
        .init(value: "B", name: LocalizedText("B"), replacedBy: "A", validFrom: 2000, validTo: 2010),
        .init(value: "C", name: LocalizedText("C"), validFrom: 2015),
      ], location: SourceLocation(file: "t", line: 1, column: 1))
    #expect(list.resolve("A", version: nil).code?.name.zh == "new A")
    #expect(list.resolve("A", version: 1990).code?.name.zh == "old A")
    if case .valid = list.resolve("A", version: 2010) {} else { Issue.record("A 2010") }
    if case .retired = list.resolve("B", version: nil) {} else { Issue.record("B now") }
    if case .retired = list.resolve("B", version: 2005) {
    } else {
      Issue.record("B 2005: retired since, even if in force then")
    }
    if case .unknown = list.resolve("B", version: 1999) {} else { Issue.record("B 1999") }
    if case .retired = list.resolve("B", version: 2020) {} else { Issue.record("B 2020") }
    if case .unknown = list.resolve("C", version: 2014) {} else { Issue.record("C 2014") }
    if case .unknown = list.resolve("D", version: nil) {} else { Issue.record("D") }
    #expect(list.successor(of: list.entries["B"]![0])?.name.zh == "new A")
    #expect(list.breakpoints(of: "B") == [2000, 2011])
  }

  @Test func overlappingPeriodsAndUnknownSuccessorsAreRejected() {
    for (codes, error) in [
      (
        #"<code value="a" validTo="2010"><name lang="zh">a</name></code><code value="a" validFrom="2010"><name lang="zh">b</name></code>"#,
        ErrorCode.duplicateID
      ),
      (#"<code value="a" validTo="2010" replacedBy="z"><name lang="zh">a</name></code>"#, ErrorCode.unknownReference),
    ] {
      let codelist = """
        <codelist id="hist"><title lang="zh">h</title><title lang="en">h</title>\(codes)</codelist>
        """
      do {
        _ = try MiniStandard.load(rules: StandardLoaderTests.rule(), codelists: codelist)
        Issue.record("loaded: \(codes)")
      } catch let failure as StandardLoader.Failure {
        #expect(failure.diagnostics.map(\.code) == [error])
      } catch {
        Issue.record("\(error)")
      }
    }
    // Consecutive periods of one code load.
    #expect(throws: Never.self) {
      try MiniStandard.load(
        rules: StandardLoaderTests.rule(),
        codelists: """
          <codelist id="hist"><title lang="zh">h</title><title lang="en">h</title>
            <code value="a" validTo="2010"><name lang="zh">a</name></code><code value="a" validFrom="2011"><name lang="zh">b</name></code>
          </codelist>
          """)
    }
  }

  /// Each code is compared only with the periods of its own value, and one value may have at most 256 periods: a
  /// rule document cannot make the loader compare every pair of 9,000 entries (one per year 1000–9999).
  @Test func oneCodeHasAtMost256Periods() throws {
    func codelist(periods: Int) -> String {
      let codes = (0..<periods).map {
        #"<code value="a" validFrom="\#(1000 + $0)" validTo="\#(1000 + $0)"><name lang="zh">a</name></code>"#
      }
      return #"<codelist id="hist"><title lang="zh">h</title><title lang="en">h</title>"# + codes.joined()
        + "</codelist>"
    }
    #expect(throws: Never.self) {
      try MiniStandard.load(rules: StandardLoaderTests.rule(), codelists: codelist(periods: 256))
    }
    do {
      _ = try MiniStandard.load(rules: StandardLoaderTests.rule(), codelists: codelist(periods: 9_000))
      Issue.record("loaded 9,000 periods of one code")
    } catch let failure as StandardLoader.Failure {
      #expect(!failure.diagnostics.isEmpty)
      #expect(Set(failure.diagnostics.map(\.code)) == [.duplicateID])
      #expect(failure.diagnostics.first?.message.text(.en).contains("more than 256 periods") == true)
    }
  }

  @Test func diffShowsChangedYearsAndHistory() throws {
    let location = SourceLocation(file: "t", line: 1)
    let old = Codelist(
      id: "d", title: LocalizedText("d"),
      entries: [
        .init(value: "500228", name: LocalizedText("梁平县")),
        .init(value: "500155", name: LocalizedText("梁平区")),
      ], location: location)
    let new = Codelist(
      id: "d", title: LocalizedText("d"),
      entries: [
        .init(value: "500228", name: LocalizedText("梁平县"), replacedBy: "500155", validTo: 2015),
        .init(value: "500155", name: LocalizedText("梁平区"), validFrom: 2016),
        .init(value: "500110", name: LocalizedText("万盛区"), replacedBy: "500110", validTo: 2010),
        .init(value: "500110", name: LocalizedText("綦江区"), validFrom: 2011),
      ], location: location)
    let change = try #require(CodelistChange(old: old, new: new))
    #expect(change.codesAdded == ["500110"])
    let fields = change.codesChanged.map(\.field)
    #expect(
      fields.contains("500228 replacedBy") && fields.contains("500228 validTo") && fields.contains("500155 validFrom"))
    #expect(CodelistChange.history(new, "500110") == "万盛区 (–2010 → 500110)")
    #expect(CodelistChange.history(new, "500228") == nil)
  }
}
