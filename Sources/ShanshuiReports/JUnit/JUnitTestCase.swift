import ShanshuiCore

/// One JUnit test case: a rule on a file, passed, failed (with every finding listed) or in error.
struct TestCase {
  struct Outcome {
    /// `failure` or `error`.
    var element: String
    var type: String
    var message: String
    var body: String
  }

  var name: String
  var classname: String
  var outcome: Outcome?
  /// The rule's findings below `--fail-on`, one per line: the test case's `system-out` (none when empty).
  var output = ""

  /// This test case with `output` as its `system-out`.
  func with(output: String) -> TestCase {
    var copy = self
    copy.output = output
    return copy
  }

  var xml: String {
    let head =
      "    <testcase name=\"\(JUnitReporter.attribute(name))\" classname=\"\(JUnitReporter.attribute(classname))\" time=\"0\""
    var children: [String] = []
    if let outcome {
      if outcome.element == "skipped" {
        children.append(
          "      <skipped message=\"\(JUnitReporter.attribute(outcome.message))\">\(XMLEscaping.escape(outcome.body))</skipped>"
        )
      } else {
        children.append(
          "      <\(outcome.element) type=\"\(JUnitReporter.attribute(outcome.type))\" "
            + "message=\"\(JUnitReporter.attribute(outcome.message))\">\(XMLEscaping.escape(outcome.body))</\(outcome.element)>"
        )
      }
    }
    if !output.isEmpty { children.append("      <system-out>\(XMLEscaping.escape(output))</system-out>") }
    guard !children.isEmpty else { return head + "/>" }
    return head + ">\n" + children.joined(separator: "\n") + "\n    </testcase>"
  }

  static func failure(name: String, classname: String, findings: [Finding], report: Report) -> TestCase {
    let language = report.language
    let body = findingLines(findings, report: report)
    // Called for a rule with at least one finding; an empty list would still give a well-formed failure.
    let first = findings.first?.message.text(language) ?? ""
    let message =
      findings.count == 1
      ? first
      : (language == .zh ? "\(findings.count) 处不符合：\(first) 等" : "\(findings.count) findings: \(first), …")
    return TestCase(
      name: name, classname: classname,
      outcome: Outcome(
        element: "failure", type: (findings.map(\.severity).max() ?? .error).rawValue, message: message, body: body))
  }

  /// One line per finding (file:line, severity, message, profile, XPath), with the deciding parameter and the spatial
  /// measurement under it: a failure's text, or the test case's output for findings below `--fail-on`.
  static func findingLines(_ findings: [Finding], report: Report) -> String {
    let language = report.language
    return findings.map { finding in
      let at = finding.location.line > 0 ? ":\(finding.location.line)" : ""
      var line =
        "\(report.relativePath(finding.location.file))\(at): "
        + "\(finding.severity.title.text(language)): \(finding.message.text(language)) "
        + "[\(finding.profile.title.text(language))] \(finding.path)"
      if let parameter = finding.parameter {
        line += "\n    " + ParameterText.describe(parameter, language: language)
      }
      if let spatial = finding.spatial {
        line += "\n    " + SpatialReportText.detail(spatial, language: language)
      }
      return line
    }.joined(separator: "\n")
  }

  static func skipped(name: String, classname: String, suppressed: [SuppressedFinding], language: Language) -> TestCase
  {
    let reasons = suppressed.map { "\($0.kind.rawValue): \($0.reason)" }
    let message = (language == .zh ? "已抑制 \(suppressed.count) 条：" : "\(suppressed.count) suppressed: ") + reasons[0]
    return TestCase(
      name: name, classname: classname,
      outcome: Outcome(
        element: "skipped", type: "suppressed", message: message, body: reasons.joined(separator: "\n")))
  }

  /// A rule that applied but could not be judged: `<skipped>` with the reason, never a pass.
  static func notChecked(name: String, classname: String, rules: [NotCheckedRule], report: Report) -> TestCase {
    let lines = rules.map { rule in
      let at = rule.location.line > 0 ? ":\(rule.location.line)" : ""
      return "\(report.relativePath(rule.location.file))\(at): "
        + SpatialReportText.notChecked(rule, language: report.language)
        + " [\(rule.profile.title.text(report.language))] \(rule.path)"
    }
    return TestCase(
      name: name, classname: classname,
      outcome: Outcome(
        element: "skipped", type: "not-checked", message: rules[0].message.text(report.language),
        body: lines.joined(separator: "\n")))
  }

  static func error(_ diagnostic: Diagnostic, classname: String, language: Language, name: String? = nil) -> TestCase {
    let message = diagnostic.message.text(language)
    let location = diagnostic.location
    let position =
      location.line > 0
      ? "\(location.file):\(location.line)" + (location.column > 0 ? ":\(location.column)" : "") : location.file
    return TestCase(
      name: name ?? "\(diagnostic.code.rawValue) \(diagnostic.code.summary.text(language))", classname: classname,
      outcome: Outcome(
        element: "error", type: diagnostic.code.rawValue, message: message,
        body: "\(position): [\(diagnostic.code.rawValue)] \(message)"))
  }
}
