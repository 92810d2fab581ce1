import ShanshuiCore

/// A minimal SARIF 2.1.0 log of a lint run, built from the one SARIF model (`SARIF`) like `check`'s: one run whose
/// driver lists every lint rule, one result per finding, and files that could not be parsed as tool execution
/// notifications. A relative path stays a relative URI without a base (the consumer resolves it against the working
/// directory, as `lint` read it); valid against the official schema (schemas/sarif-schema-2.1.0.json, checked in the
/// tests).
public enum LintSARIF {
  static let informationURI = "https://github.com/shanshui-standard/shanshui/blob/main/docs/lint.md"

  public static func render(_ report: LintReport) -> String {
    let language = report.language
    let indices = Dictionary(uniqueKeysWithValues: report.rules.enumerated().map { ($1.id, $0) })
    let rules = report.rules.map {
      SARIF.Rule(
        id: $0.id, name: $0.name, shortDescription: SARIF.Message(text: $0.title.text(language)),
        fullDescription: SARIF.Message(text: $0.rationale.text(language)),
        defaultConfiguration: SARIF.Configuration(level: SARIF.level($0.severity)))
    }
    let results = report.result.findings.map {
      SARIF.Result(
        ruleId: $0.ruleID, ruleIndex: indices[$0.ruleID] ?? 0, level: SARIF.level($0.severity),
        message: SARIF.Message(text: $0.message.text(language)), locations: [location($0.location)])
    }
    let notifications = report.result.problems.map {
      SARIF.Notification(
        level: "error", message: SARIF.Message(text: $0.message.text(language)),
        descriptor: SARIF.Descriptor(id: $0.code.rawValue), locations: [location($0.location)])
    }
    let run = SARIF.Run(
      tool: SARIF.Tool(
        driver: SARIF.Driver(
          name: "shanshui lint", version: report.toolVersion, informationUri: informationURI, rules: rules)),
      invocations: [
        SARIF.Invocation(executionSuccessful: notifications.isEmpty, toolExecutionNotifications: notifications)
      ],
      results: results)
    return JSONText.encode(SARIF.Log(runs: [run]))
  }

  static func location(_ location: SourceLocation) -> SARIF.Location {
    SARIF.Location(
      physicalLocation: SARIF.PhysicalLocation(
        artifactLocation: SARIF.ArtifactLocation(path: location.file, relativeTo: nil),
        region: SARIF.Region(line: location.line, column: location.column)))
  }
}
