import ShanshuiCore
import ShanshuiTestSupport
import Testing

/// `codelist findings="listed"`: a negative list reports a value that is a code in force in the stated version of the
/// list, and nothing else (unknown, retired and not-yet-valid codes pass); and the bundled negative list of the
/// central calls (SS-ELG-007) on every excluded kind of works.
@Suite struct NegativeListTests {
  static let history = """
    <codelist id="hist"><title lang="zh">区划沿革</title><title lang="en">History</title>
      <code value="500101"><name lang="zh">万州区</name></code>
      <code value="500110" validTo="2010" replacedBy="500110"><name lang="zh">万盛区</name></code>
      <code value="500110" validFrom="2011"><name lang="zh">綦江区</name></code>
      <code value="500228" validTo="2015" replacedBy="500155"><name lang="zh">梁平县</name></code>
      <code value="500155" validFrom="2016"><name lang="zh">梁平区</name></code>
    </codelist>
    """

  /// The rule ids of the findings on the base submission with its division replaced.
  static func listed(code: String, version: String?) throws -> [String] {
    let rule = StandardLoaderTests.rule(
      context: "/s:submission/s:location/s:division",
      check: #"<codelist path="@code" list="hist" findings="listed" version="@codeVersion"/>"#)
    let standard = try MiniStandard.load(rules: rule, codelists: history)
    var text = String(decoding: try Repository.bytes("standards/examples/base-submission.xml"), as: UTF8.self)
    let division = "<division code=\"\(code)\"" + (version.map { " codeVersion=\"\($0)\"" } ?? "") + "/>"
    text = text.replacingOccurrences(of: "<division code=\"500101\" name=\"万州区\"/>", with: division)
    try #require(text.contains(division))
    let result = Validator(standard: standard).validate(bytes: Array(text.utf8), path: "t.xml", selection: .auto)
    #expect(result.diagnostics.isEmpty, "\(result.diagnostics.map { $0.message.text(.en) })")
    return result.findings.map(\.ruleID)
  }

  @Test func aCodeInForceIsReportedAndNothingElse() throws {
    #expect(try Self.listed(code: "500101", version: nil) == ["SS-TST-100"])
    #expect(try Self.listed(code: "500101", version: "2005") == ["SS-TST-100"])
    // Not a code of the list: not on the negative list.
    #expect(try Self.listed(code: "500199", version: nil).isEmpty)
    // A code with a successor is retired, even in a version in which it was in force (docs/rule-language.md).
    #expect(try Self.listed(code: "500228", version: nil).isEmpty)
    #expect(try Self.listed(code: "500228", version: "2015").isEmpty)
    // A reused code: retired (万盛区) in 2010, in force (綦江区) from 2011 and now.
    #expect(try Self.listed(code: "500110", version: "2010").isEmpty)
    #expect(try Self.listed(code: "500110", version: "2011") == ["SS-TST-100"])
    #expect(try Self.listed(code: "500110", version: nil) == ["SS-TST-100"])
    // Not yet a code in 2010.
    #expect(try Self.listed(code: "500155", version: "2010").isEmpty)
    #expect(try Self.listed(code: "500155", version: "2016") == ["SS-TST-100"])
  }

  @Test func theWordingSaysMustNot() throws {
    let standard = try MiniStandard.load(
      rules: StandardLoaderTests.rule(
        context: "/s:submission/s:units/s:unit",
        check: #"<codelist path="@mode" list="test-modes" findings="listed"/>"#))
    let words = try #require(standard.rules.first).check.words(standard: standard)
    #expect(words.sentence.text(.en).contains("codes in force in the list (a negative list)"))
    let line = words.line(.en).map { phrase -> String in
      switch phrase {
      case .text(let text), .code(let text): return text
      }
    }.joined()
    #expect(line.contains("must not be a current code of codelist test-modes"), "\(line)")
  }

  /// Every excluded kind, as a measure of a central integrated project, is SS-ELG-007; a county project's is not.
  @Test func everyExcludedKindOfWorksIsReportedForACentralProject() throws {
    let standard = try BundledTestStandard.standard()
    let kinds = try #require(standard.codelists["excluded-work-kinds"]).entries.keys.sorted()
    #expect(kinds.count == 10)
    let base = String(decoding: try Repository.bytes("standards/examples/base-submission.xml"), as: UTF8.self)
    for kind in kinds + ["planting"] {
      for programme in ["central-ssw", "local"] {
        let text = base.replacingOccurrences(of: "<measure kind=\"planting\">", with: "<measure kind=\"\(kind)\">")
          .replacingOccurrences(of: "code=\"central-ssw\"", with: "code=\"\(programme)\"")
        let result = Validator(standard: standard).validate(bytes: Array(text.utf8), path: "t.xml", selection: .auto)
        let fired = result.findings.contains { $0.ruleID == "SS-ELG-007" }
        #expect(fired == (kind != "planting" && programme == "central-ssw"), "\(kind) \(programme)")
      }
    }
  }
}
