import Foundation
import ShanshuiTestSupport
import ShanshuiXML
import Testing

/// `check --fail-on` decides JUnit's failures on a real submission with an error, two warnings and an info: the rules
/// failed in the JUnit report are exactly those with a finding at or above the threshold, the job fails (exit 1)
/// exactly when JUnit has a failure, and every other finding is in its test case's `system-out`.
@Suite struct JUnitFailOnCommandTests {
  static let fixture = "fixtures/cq-greening-wuxi-daning-qinba-no-water-target.xml"
  static let ranks = ["info": 0, "warning": 1, "error": 2]

  @Test(arguments: [("error", 2), ("warning", 1), ("info", 0), ("never", 3)])
  func junitFailuresFollowFailOn(threshold: String, rank: Int) throws {
    let root = try TemporaryDirectory.make("junit-fail-on")
    let output = try CommandRunner.run(
      [
        "check", "--lang", "en", "--fail-on", threshold, "--format", "junit", "--output", "reports/junit.xml",
        "--report", "json=reports/report.json", Repository.url(Self.fixture).path,
      ], in: root)
    let findings = try JSONTree(
      parsing: String(decoding: try Data(contentsOf: root.appendingPathComponent("reports/report.json")), as: UTF8.self)
    )["files"][0]["findings"].array.map { ($0["ruleId"].string ?? "", Self.ranks[$0["severity"].string ?? ""] ?? -1) }
    #expect(Set(findings.map(\.1)) == [0, 1, 2], "the fixture has every severity")
    let failingRules = Set(findings.filter { $0.1 >= rank }.map(\.0))
    let belowRules = Set(findings.filter { $0.1 < rank }.map(\.0))
    #expect(output.status == (failingRules.isEmpty ? 0 : 1), "\(output.stderr)")

    let xml = String(decoding: try Data(contentsOf: root.appendingPathComponent("reports/junit.xml")), as: UTF8.self)
    #expect(try SchemaValidation.xml(xml, schema: "schemas/junit-ant-testcase-output.xsd") == [])
    let suite = try XMLDocument.parse(Array(xml.utf8), url: "junit.xml").root!.childElements[0]
    #expect(suite.attribute("failures") == "\(failingRules.count)")
    #expect(suite.attribute("skipped") == "0")
    var failed = Set<String>()
    var withOutput = Set<String>()
    for testCase in suite.childElements where testCase.localName == "testcase" {
      let rule = String((testCase.attribute("name") ?? "").prefix { $0 != " " })
      for child in testCase.childElements {
        if child.localName == "failure" { failed.insert(rule) }
        if child.localName == "system-out" {
          withOutput.insert(rule)
          #expect(child.stringValue.contains(Self.fixture), "a finding line with its file")
        }
      }
    }
    #expect(failed == failingRules)
    #expect(withOutput == belowRules)
  }
}
