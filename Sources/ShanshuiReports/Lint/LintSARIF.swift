import ShanshuiCore

/// A minimal SARIF 2.1.0 log of a lint run: one run whose driver lists every lint rule, one result per finding, and
/// files that could not be parsed as tool execution notifications. Levels and URI encoding are those of `check`'s
/// `SARIFReporter`; valid against the official schema (schemas/sarif-schema-2.1.0.json, checked in the tests).
public enum LintSARIF {
  static let schema = SARIFReporter.schemaURI
  static let informationURI = "https://github.com/shanshui-standard/shanshui/blob/main/docs/lint.md"

  struct Log: Encodable {
    var schema = LintSARIF.schema
    var version = "2.1.0"
    var runs: [Run]

    enum CodingKeys: String, CodingKey {
      case schema = "$schema"
      case version, runs
    }
  }

  struct Run: Encodable {
    var tool: Tool
    var invocations: [Invocation]
    var results: [Result]
  }

  struct Tool: Encodable { var driver: Driver }

  struct Driver: Encodable {
    var name = "shanshui lint"
    var version: String
    var informationUri = LintSARIF.informationURI
    var rules: [Rule]
  }

  struct Text: Encodable { var text: String }

  struct Rule: Encodable {
    var id: String
    var name: String
    var shortDescription: Text
    var fullDescription: Text
    var defaultConfiguration: Configuration
  }

  struct Configuration: Encodable { var level: String }

  struct Invocation: Encodable {
    var executionSuccessful: Bool
    var toolExecutionNotifications: [Notification]
  }

  struct Notification: Encodable {
    var level = "error"
    var message: Text
    var descriptor: Descriptor
    var locations: [Location]
  }

  struct Descriptor: Encodable { var id: String }

  struct Result: Encodable {
    var ruleId: String
    var ruleIndex: Int
    var level: String
    var message: Text
    var locations: [Location]
  }

  struct Location: Encodable { var physicalLocation: PhysicalLocation }

  struct PhysicalLocation: Encodable {
    var artifactLocation: ArtifactLocation
    var region: Region?
  }

  struct ArtifactLocation: Encodable { var uri: String }

  struct Region: Encodable {
    var startLine: Int
    var startColumn: Int?
  }

  public static func render(_ report: LintReport) -> String {
    let language = report.language
    let indices = Dictionary(uniqueKeysWithValues: report.rules.enumerated().map { ($1.id, $0) })
    let rules = report.rules.map {
      Rule(id: $0.id, name: $0.name, shortDescription: Text(text: $0.title.text(language)),
        fullDescription: Text(text: $0.rationale.text(language)), defaultConfiguration: Configuration(level: SARIFReporter.level($0.severity)))
    }
    let results = report.result.findings.map {
      Result(ruleId: $0.ruleID, ruleIndex: indices[$0.ruleID] ?? 0, level: SARIFReporter.level($0.severity),
        message: Text(text: $0.message.text(language)), locations: [location($0.location)])
    }
    let notifications = report.result.problems.map {
      Notification(message: Text(text: $0.message.text(language)), descriptor: Descriptor(id: $0.code.rawValue),
        locations: [location($0.location)])
    }
    let run = Run(
      tool: Tool(driver: Driver(version: report.toolVersion, rules: rules)),
      invocations: [Invocation(executionSuccessful: notifications.isEmpty, toolExecutionNotifications: notifications)],
      results: results)
    return JSONText.encode(Log(runs: [run]))
  }

  /// A relative path stays relative (resolved against the working directory); an absolute one becomes a file URI.
  static func location(_ location: SourceLocation) -> Location {
    let path = URIText.encodePath(location.file)
    let uri = location.file.hasPrefix("/") ? "file://" + path : path
    let region = location.line > 0 ? Region(startLine: location.line, startColumn: location.column > 0 ? location.column : nil) : nil
    return Location(physicalLocation: PhysicalLocation(artifactLocation: ArtifactLocation(uri: uri), region: region))
  }
}
