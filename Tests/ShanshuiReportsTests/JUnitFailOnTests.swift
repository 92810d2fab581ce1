import Foundation
import ShanshuiCore
import ShanshuiReports
import ShanshuiTestSupport
import ShanshuiXML
import Testing

/// JUnit failures follow `--fail-on` (`Report.failingSeverity`): a finding at or above the threshold is in its rule's
/// `failure`, every other finding in the test case's `system-out`, never a failure and never skipped.
@Suite struct JUnitFailOnTests {
  /// The golden report with one rule holding an error and an info finding, and a warning rule: every severity.
  static func report(failingSeverity: Severity?, language: Language = .en) -> Report {
    var report = GoldenReport.make(language)
    var info = report.files[0].findings[0]
    info.severity = .info
    info.message = LocalizedText(zh: "仅供参考的提示", en: "an informational note")
    info.location.line = 16
    report.files[0].findings.append(info)
    report.failingSeverity = failingSeverity
    return report
  }

  struct Case: CustomTestStringConvertible, Sendable {
    var threshold: Severity?
    /// Per test case of subs/a.xml that has findings: which element holds which finding lines.
    var failures: Int
    var failureLines: [String: [Int]]
    var outputLines: [String: [Int]]
    var testDescription: String { threshold.map { "--fail-on \($0.rawValue)" } ?? "--fail-on never" }
  }

  static let cases: [Case] = [
    Case(
      threshold: .error, failures: 1, failureLines: ["SS-TST-001": [12]],
      outputLines: ["SS-TST-001": [16], "SS-TST-002": [14]]),
    Case(
      threshold: .warning, failures: 2, failureLines: ["SS-TST-001": [12], "SS-TST-002": [14]],
      outputLines: ["SS-TST-001": [16]]),
    Case(
      threshold: .info, failures: 2, failureLines: ["SS-TST-001": [12, 16], "SS-TST-002": [14]], outputLines: [:]),
    Case(threshold: nil, failures: 0, failureLines: [:], outputLines: ["SS-TST-001": [12, 16], "SS-TST-002": [14]]),
  ]

  /// The finding lines (`subs/a.xml:N`) in an element's text.
  static func lines(_ text: String) -> [Int] {
    text.split(separator: "\n").compactMap { line in
      guard line.hasPrefix("subs/a.xml:") else { return nil }
      return Int(line.dropFirst("subs/a.xml:".count).prefix { $0.isNumber })
    }
  }

  @Test(arguments: Self.cases)
  func failuresFollowTheThreshold(expected: Case) throws {
    let xml = JUnitReporter.render(Self.report(failingSeverity: expected.threshold))
    let suite = try XMLDocument.parse(Array(xml.utf8), url: "junit.xml").root!.childElements[0]
    #expect(suite.attribute("failures") == "\(expected.failures)")
    #expect(suite.attribute("skipped") == "1", "only the suppressed SS-TST-003: a finding below it is never skipped")
    var failureLines: [String: [Int]] = [:]
    var outputLines: [String: [Int]] = [:]
    for testCase in suite.childElements where testCase.localName == "testcase" {
      let rule = String(testCase.attribute("name")?.prefix(10) ?? "")
      for child in testCase.childElements {
        switch child.localName {
        case "failure": failureLines[rule] = Self.lines(child.stringValue)
        case "system-out": outputLines[rule] = Self.lines(child.stringValue)
        case "skipped": #expect(rule == "SS-TST-003", "suppressed")
        default: Issue.record("\(rule): unexpected \(child.localName)")
        }
      }
    }
    #expect(failureLines == expected.failureLines)
    #expect(outputLines == expected.outputLines)
  }

  /// A test case's `system-out` is the one addition to the Ant dialect: the output is valid against the Ant schema
  /// plus that element, and against the Ant schema itself once those elements are taken out; the extended schema still
  /// rejects a `system-out` before the failure.
  @Test(arguments: [Severity.error, .warning, .info, nil], [Language.en, .zh])
  func validAgainstTheAntSchemaPlusTestCaseOutput(threshold: Severity?, language: Language) throws {
    let xml = JUnitReporter.render(Self.report(failingSeverity: threshold, language: language))
    #expect(try SchemaValidation.xml(xml, schema: "schemas/junit-ant-testcase-output.xsd") == [])
    let withoutOutput = xml.replacingOccurrences(
      of: #"\n      <system-out>[^<]*</system-out>"#, with: "", options: .regularExpression)
    #expect(try SchemaValidation.xml(withoutOutput, schema: "schemas/junit-ant.xsd") == [])
    if threshold != .info {
      #expect(try SchemaValidation.xml(xml, schema: "schemas/junit-ant.xsd") != [], "the Ant schema alone rejects it")
    }
    let misplaced = xml.replacingOccurrences(
      of: #"(<failure [^>]*>[^<]*</failure>)\n      (<system-out>[^<]*</system-out>)"#, with: "$2$1",
      options: .regularExpression)
    if misplaced != xml {
      #expect(try SchemaValidation.xml(misplaced, schema: "schemas/junit-ant-testcase-output.xsd") != [])
    }
  }

  /// The failure's message and type describe only the failing findings.
  @Test func theFailureDescribesOnlyFindingsAtOrAboveTheThreshold() throws {
    let xml = JUnitReporter.render(Self.report(failingSeverity: .error, language: .zh))
    let suite = try XMLDocument.parse(Array(xml.utf8), url: "junit.xml").root!.childElements[0]
    let testCase = try #require(suite.childElements.first { $0.attribute("name")?.hasPrefix("SS-TST-001") == true })
    let failure = try #require(testCase.childElements.first { $0.localName == "failure" })
    #expect(failure.attribute("type") == "error")
    #expect(failure.attribute("message")?.contains("处不符合") == false, "one failing finding, not two")
    let output = try #require(testCase.childElements.first { $0.localName == "system-out" })
    #expect(output.stringValue.contains("提示: 仅供参考的提示"), "\(output.stringValue)")
  }
}
