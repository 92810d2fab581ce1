import Foundation
import ShanshuiCore
import ShanshuiReports
import ShanshuiTestSupport
import ShanshuiXML
import Testing

/// Every reporter on the same report: golden files, schema validity, and escaping of hostile text.
@Suite struct ReportFormatTests {
  static let extensions = [
    "text": "txt", "json": "json", "jsonl": "jsonl", "sarif": "sarif", "junit": "xml", "html": "html",
  ]
  static let formats = ["text", "json", "jsonl", "sarif", "junit", "html"]

  @Test func everyFormatIsCovered() {
    #expect(Renderers.all.map { $0.identifier } == Self.formats)
  }

  /// Golden files in Tests/Fixtures/golden/reports; `SHANSHUI_UPDATE_GOLDEN=1 swift test` rewrites them.
  @Test(arguments: Self.formats, [Language.en, .zh])
  func matchesGoldenFile(format: String, language: Language) throws {
    let rendered = Renderers.named(format)!.render(GoldenReport.make(language))
    let name = "reports/report.\(language.rawValue).\(Self.extensions[format]!)"
    try Golden.check(rendered, against: name)
  }

  @Test func sarifIsValidAgainstTheOfficialSchema() throws {
    let documents = [Language.en, .zh].map { SARIFReporter.render(GoldenReport.make($0)) }
    #expect(try SchemaValidation.sarif(documents) == [])
  }

  /// The validator is not a rubber stamp: a SARIF log with a level SARIF does not know is rejected.
  @Test func sarifValidationRejectsAnInvalidLog() throws {
    let invalid = SARIFReporter.render(GoldenReport.make()).replacingOccurrences(
      of: "\"level\" : \"warning\"", with: "\"level\" : \"fatal\"")
    let problems = try SchemaValidation.sarif([invalid])
    #expect(problems.contains { $0.contains("level") || $0.contains("fatal") }, "\(problems)")
  }

  @Test func jsonIsValidAgainstTheProjectSchema() throws {
    let documents = [Language.en, .zh].map { JSONReporter.render(GoldenReport.make($0)) }
    #expect(try SchemaValidation.json(documents, schema: "schemas/shanshui-report-1.schema.json") == [])
    let invalid = documents[0].replacingOccurrences(of: "\"severity\" : \"error\"", with: "\"severity\" : \"fatal\"")
    #expect(try SchemaValidation.json([invalid], schema: "schemas/shanshui-report-1.schema.json").count >= 1)
  }

  /// The Ant schema plus a test case's `system-out` (findings below `--fail-on`; JUnitFailOnTests).
  @Test func junitIsValidAgainstTheAntSchema() throws {
    for language in [Language.en, .zh] {
      #expect(
        try SchemaValidation.xml(
          JUnitReporter.render(GoldenReport.make(language)), schema: "schemas/junit-ant-testcase-output.xsd")
          == [])
    }
    let invalid = JUnitReporter.render(GoldenReport.make()).replacingOccurrences(
      of: " hostname=\"ci-runner\"", with: "")
    #expect(
      try SchemaValidation.xml(invalid, schema: "schemas/junit-ant-testcase-output.xsd").count == 2, "one per suite")
  }

  @Test func sarifCarriesRulesResultsFingerprintsAndToolErrors() throws {
    let run = try JSONTree(parsing: SARIFReporter.render(GoldenReport.make()))["runs"][0]
    let rules = run["tool"]["driver"]["rules"]
    #expect(rules.array.map { $0["id"].string } == ["SS-TST-001", "SS-TST-002", "SS-TST-003", "SS-TST-004"])
    #expect(rules[1]["defaultConfiguration"]["level"].string == "warning")
    let results = run["results"]
    #expect(results.count == 3, "two findings and one suppressed finding")
    let first = results[0]
    let location = first["locations"][0]
    let physical = location["physicalLocation"]
    #expect(physical["artifactLocation"]["uri"].string == "subs/a.xml")
    #expect(physical["region"]["startLine"].int == 12)
    #expect(location["logicalLocations"][0]["fullyQualifiedName"].string == "/submission/units/unit[1]/area")
    let fingerprint = first["partialFingerprints"]["shanshui/v1"].string
    #expect(
      fingerprint == FindingKey(ruleID: "SS-TST-001", file: "subs/a.xml", anchor: "unit[@id='U1']/area").fingerprint)
    let properties = first["properties"]
    #expect(properties["profile"].string == "unified")
    #expect(properties["parameter"]["status"].string == "provisional")
    #expect(results[2]["suppressions"][0]["kind"].string == "inSource")
    let invocation = run["invocations"][0]
    #expect(invocation["executionSuccessful"].bool == false)
    let notifications = invocation["toolExecutionNotifications"]
    #expect(notifications.array.map { $0["descriptor"]["id"].string } == ["E101"])
    #expect(notifications[0]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"].string == "subs/b%20d.xml")
  }

  @Test func junitHasOneSuitePerFileOneCasePerRuleAndOneFailureListingEveryFinding() throws {
    let xml = JUnitReporter.render(GoldenReport.make())
    let document = try XMLDocument.parse(Array(xml.utf8), url: "junit.xml")
    let suites = document.root!.childElements
    #expect(suites.map { $0.attribute("name") } == ["subs/a.xml", "subs/b d.xml"])
    #expect(suites[0].attribute("tests") == "4")
    #expect(suites[0].attribute("failures") == "1", "the warning is below the default --fail-on error")
    #expect(suites[0].attribute("time") == "0.250")
    #expect(suites[1].attribute("errors") == "1")
    let failure = suites[0].childElements.first { $0.localName == "testcase" }!.childElements[0]
    #expect(failure.localName == "failure")
    #expect(failure.stringValue.contains("subs/a.xml:12"))
    #expect(failure.stringValue.contains("parameter min-area = 1000 ha"))
  }

  /// A rule that found on some nodes and then failed to evaluate (E103): its failure and the tool error both count.
  @Test func junitKeepsTheErrorOfARuleThatAlsoHasFindings() throws {
    var report = GoldenReport.make()
    report.files[0].erroredRuleIDs = ["SS-TST-001", "SS-TST-004"]
    report.files[0].diagnostics = ["SS-TST-001", "SS-TST-004"].map { id in
      Diagnostic(
        .inputEvaluationFailed, LocalizedText("rule \(id) could not be evaluated: XPath error"),
        at: SourceLocation(file: "/work/project/subs/a.xml", line: 0))
    }
    let xml = JUnitReporter.render(report)
    #expect(try SchemaValidation.xml(xml, schema: "schemas/junit-ant-testcase-output.xsd") == [])
    let suite = try XMLDocument.parse(Array(xml.utf8), url: "junit.xml").root!.childElements[0]
    #expect(suite.attribute("failures") == "1", "the warning is below the default --fail-on error")
    #expect(suite.attribute("errors") == "2", "\(xml)")
    #expect(xml.components(separatedBy: "rule SS-TST-001 could not be evaluated").count - 1 == 2, "message and body")
    #expect(xml.components(separatedBy: "rule SS-TST-004 could not be evaluated").count - 1 == 2, "only once as a case")
  }

  /// A finding without a line (on the document itself) shows no line 0 anywhere.
  @Test(arguments: Self.formats)
  func findingWithoutALineShowsNone(format: String) throws {
    var report = GoldenReport.make()
    report.files[0].findings[0].location.line = 0
    let output = Renderers.named(format)!.render(report)
    #expect(!output.contains("subs/a.xml:0"), "\(format)")
    #expect(!output.contains("<td class=\"num\">0</td><td><span class=\"badge"), "\(format): no line column 0")
    if format == "sarif" { #expect(try SchemaValidation.sarif([output]) == []) }
  }

  /// Hostile text survives every format intact as text, and never as markup or terminal control.
  @Test(arguments: Self.formats)
  func hostileTextIsEscaped(format: String) throws {
    let output = Renderers.named(format)!.render(GoldenReport.make(.zh))
    #expect(!output.contains("\u{1B}"), "no raw escape character")
    #expect(!output.contains("\u{0}"), "no NUL")
    #expect(!output.contains("\u{7}"), "no bell")
    #expect(output.contains("红线"), "Chinese kept as is")
    switch format {
    case "json", "sarif":
      _ = try JSONSerialization.jsonObject(with: Data(output.utf8))
      #expect(
        output.contains(#"<script>alert(1)</script> & \"q\" ]]> \u001b[31m\u0007\u0000 红线"#),
        "kept as data, controls escaped")
    case "junit":
      let document = try XMLDocument.parse(Array(output.utf8), url: "junit.xml")
      #expect(document.root?.stringValue.contains("<script>alert(1)</script> & \"q\" ]]>") == true)
    case "html":
      #expect(!output.contains("<script>alert"), "submission text is shown, not run")
      #expect(output.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;q&quot; ]]&gt;"))
      #expect(output.components(separatedBy: "<script>").count == 2, "only the report's own filter script")
      #expect(!output.contains("http://") && !output.contains("https://"), "no external reference")
    default:
      #expect(output.contains("<script>alert(1)</script>"), "text output shows text as text")
    }
  }
}
