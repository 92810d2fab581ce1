import ShanshuiCore

/// JUnit XML in the Ant dialect, for CI systems that show test reports: one test suite per file, one test case per
/// rule applied to it. A rule with findings at or above `--fail-on` in the file has one `failure` listing them all (the
/// schema allows one per test case); its findings below the threshold are the test case's `system-out` (valid against
/// `junit-ant-testcase-output.xsd`, the Ant schema plus that element, which Jenkins, GitLab and Surefire read); a file
/// that could not be checked has one `error` test case per problem; a rule whose findings were all suppressed is
/// `skipped`, with the reason. Test-case times are 0: rules are not timed one by one; the suite time is the file's.
public struct JUnitReporter: Renderer {
  public static let identifier = "junit"
  /// A test case per rule evaluated on a file, a failure per rule failed.
  public static let needs: RendererNeeds = .ruleSets

  public static func render(_ report: Report) -> String {
    let language = report.language
    var lines = ["<?xml version=\"1.0\" encoding=\"UTF-8\"?>", "<testsuites>"]
    if !report.standardDiagnostics.isEmpty {
      lines += suite(
        name: report.standard?.id ?? "standard", id: 0,
        cases: report.standardDiagnostics.map {
          TestCase.error($0, classname: "standard", language: language)
        }, time: 0, report: report)
    }
    if !report.layerDiagnostics.isEmpty {
      // A reviewer layer that could not be used, once for the run (its rules are skipped in each file's suite).
      lines += suite(
        name: "layers", id: 0,
        cases: report.layerDiagnostics.map { TestCase.error($0, classname: "layers", language: language) }, time: 0,
        report: report)
    }
    let titles = Dictionary(report.rules.map { ($0.id, $0.title) }, uniquingKeysWith: { first, _ in first })
    for (index, file) in report.files.enumerated() {
      let cases = testCases(file, titles: titles, report: report)
      // Waiver requests, refused or denied waivers and stale baseline entries of this file, one line each.
      let notes = report.suppressions.filter {
        $0.file.map(report.relativePath) == report.relativePath(file.path)
          && [.requested, .refused, .denied, .stale].contains($0.status)
      }.map { TextReporter.suppressionLine($0, report: report) }
      lines += suite(
        name: report.relativePath(file.path), id: index + 1, cases: cases, time: file.seconds ?? 0,
        report: report, systemOut: notes.joined(separator: "\n"), judgedBy: file.judgedBy)
    }
    lines.append("</testsuites>")
    return lines.joined(separator: "\n") + "\n"
  }

  static func testCases(_ file: FileResult, titles: [String: LocalizedText], report: Report) -> [TestCase] {
    let language = report.language
    let classname = report.relativePath(file.path)
    if file.status == .notChecked {
      return file.diagnostics.map { TestCase.error($0, classname: classname, language: language) }
    }
    let findingsByRule = Dictionary(grouping: file.findings, by: \.ruleID)
    let suppressedByRule = Dictionary(grouping: file.suppressed, by: \.finding.ruleID)
    let notCheckedByRule = Dictionary(grouping: file.notChecked, by: \.ruleID)
    let ruleIDs = file.evaluatedRuleIDs.union(findingsByRule.keys).union(file.erroredRuleIDs)
      .union(notCheckedByRule.keys).sorted()
    var reported = Set<Int>()
    var cases = ruleIDs.map { id -> TestCase in
      let name = titles[id].map { "\(id) \($0.text(language))" } ?? id
      // `--fail-on` decides what is a failure; the rule's other findings are the test case's output, never lost.
      let findings = findingsByRule[id] ?? []
      let failing = findings.filter { report.fails($0.severity) }
      let output = TestCase.findingLines(findings.filter { !report.fails($0.severity) }, report: report)
      if !failing.isEmpty {
        return TestCase.failure(name: name, classname: classname, findings: failing, report: report)
          .with(output: output)
      }
      if file.erroredRuleIDs.contains(id),
        let index = file.diagnostics.firstIndex(where: { $0.message.text(.en).contains(id) })
      {
        reported.insert(index)
        return TestCase.error(file.diagnostics[index], classname: classname, language: language, name: name)
          .with(output: output)
      }
      if !findings.isEmpty { return TestCase(name: name, classname: classname, outcome: nil, output: output) }
      if let suppressed = suppressedByRule[id] {
        return TestCase.skipped(name: name, classname: classname, suppressed: suppressed, language: language)
      }
      // A spatial rule not judged here (its layer not given, no geometry): skipped, never passed.
      if let notChecked = notCheckedByRule[id] {
        return TestCase.notChecked(name: name, classname: classname, rules: notChecked, report: report)
      }
      return TestCase(name: name, classname: classname, outcome: nil)
    }
    // Every tool error not shown as its rule's test case gets one of its own: problems tied to no rule, and a rule
    // that failed on one node after finding on others (its test case is the failure; the error must still count).
    cases += file.diagnostics.indices.filter { !reported.contains($0) }.map {
      TestCase.error(file.diagnostics[$0], classname: classname, language: language)
    }
    return cases
  }

  static func suite(
    name: String, id: Int, cases: [TestCase], time: Double, report: Report, systemOut: String = "",
    judgedBy: VersionChoice? = nil
  )
    -> [String]
  {
    let failures = cases.filter { $0.outcome?.element == "failure" }.count
    let errors = cases.filter { $0.outcome?.element == "error" }.count
    let skipped = cases.filter { $0.outcome?.element == "skipped" }.count
    var lines = [
      "  <testsuite name=\"\(attribute(name))\" package=\"\(attribute(report.standard?.id ?? "shanshui"))\" id=\"\(id)\" "
        + "tests=\"\(cases.count)\" failures=\"\(failures)\" errors=\"\(errors)\" skipped=\"\(skipped)\" "
        + "time=\"\(seconds(time))\" timestamp=\"\(report.timestamp)\" hostname=\"\(attribute(report.hostname))\">",
      "    <properties>",
    ]
    if let standard = report.standard {
      lines.append("      <property name=\"standard\" value=\"\(attribute("\(standard.id) \(standard.version)"))\"/>")
    }
    if let choice = judgedBy {
      // The version that judged this file, and why (docs/reports.md, Standard versions).
      lines.append("      <property name=\"standard-version\" value=\"\(attribute(choice.version))\"/>")
      lines.append(
        "      <property name=\"standard-version-reason\" value=\"\(attribute(choice.summary.text(report.language)))\"/>"
      )
    }
    lines.append("      <property name=\"language\" value=\"\(report.language.rawValue)\"/>")
    lines.append("    </properties>")
    lines += cases.map { $0.xml }
    lines += [
      "    <system-out>\(XMLEscaping.escape(systemOut))</system-out>", "    <system-err></system-err>",
      "  </testsuite>",
    ]
    return lines
  }

  static func attribute(_ text: String) -> String { XMLEscaping.escape(text, whitespace: .lineBreaksAsReferences) }

  static func seconds(_ time: Double) -> String {
    let milliseconds = Int((time * 1000).rounded())
    let fraction = String(milliseconds % 1000)
    return "\(milliseconds / 1000)." + String(repeating: "0", count: 3 - fraction.count) + fraction
  }
}
