import ShanshuiCore

/// The one SARIF 2.1.0 (OASIS) object model every SARIF output is built from: `check`'s report (`SARIFReporter`) and
/// `lint`'s (`LintSARIF`). Only what shanshui writes; an absent optional is left out of the JSON. Valid against the
/// official schema (`schemas/sarif-schema-2.1.0.json`, definition `Root`; checked in the tests).
enum SARIF {
  static let schemaURI = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"

  /// The document: `version`, `$schema`, its runs.
  struct Log: Encodable {
    var schema = SARIF.schemaURI
    var version = "2.1.0"
    var runs: [Run]

    enum CodingKeys: String, CodingKey {
      case schema = "$schema"
      case version, runs
    }
  }

  /// One run: the tool and its rules, the invocation, the results.
  struct Run: Encodable {
    var tool: Tool
    var invocations: [Invocation]
    var originalUriBaseIds: [String: ArtifactLocation]?
    var results: [Result]
    var language: String?
    /// A shard's `shanshui/shard-K-of-N` (`check --shard`); absent otherwise.
    var automationDetails: AutomationDetails? = nil
    /// `check`'s standard and summary.
    var properties: CheckRunProperties?
    /// What a region's columns count (SARIF 2.1.0 §3.14.17): Unicode code points, as every shanshui report does
    /// (a CJK character, Extension B included, is one column; SARIF's default would be UTF-16 code units).
    let columnKind = "unicodeCodePoints"
  }

  /// SARIF 2.1.0 §3.17 `runAutomationDetails`: which automation run (here: which shard) produced the log.
  struct AutomationDetails: Encodable { var id: String }

  struct Tool: Encodable { var driver: Driver }

  struct Driver: Encodable {
    var name: String
    var version: String
    var semanticVersion: String?
    var informationUri: String
    var rules: [Rule]
  }

  struct Rule: Encodable {
    var id: String
    var name: String
    var shortDescription: Message
    var fullDescription: Message
    var help: Message?
    var defaultConfiguration: Configuration
    var properties: RuleProperties?
  }

  struct Configuration: Encodable { var level: String }

  struct RuleProperties: Encodable {
    var theme: String
    var profiles: [String]
    var tags: [String]
  }

  struct Message: Encodable { var text: String }

  struct Invocation: Encodable {
    var executionSuccessful: Bool
    var toolExecutionNotifications: [Notification]
    var toolConfigurationNotifications: [Notification]?
  }

  struct Notification: Encodable {
    var level: String
    var message: Message
    var descriptor: Descriptor
    var locations: [Location]?
    /// `raw`: libxml2's own text of a parse or schema error whose message was rewritten.
    var properties: [String: String]? = nil
  }

  struct Descriptor: Encodable { var id: String }

  struct Result: Encodable {
    var ruleId: String
    var ruleIndex: Int?
    /// `open` for a rule that applied but could not be judged (a spatial rule whose layer was not given); absent
    /// (SARIF's default, `fail`) for a finding.
    var kind: String?
    var level: String
    var message: Message
    var locations: [Location]
    var partialFingerprints: [String: String]?
    var suppressions: [Suppression]?
    /// `check`'s profile, theme, parameter, notes and sources of a finding.
    var properties: FindingProperties?
  }

  struct Suppression: Encodable {
    /// `inSource` for a comment in the submission, `external` for the configuration file or a baseline.
    var kind: String
    var justification: String
  }

  struct Location: Encodable {
    var physicalLocation: PhysicalLocation
    var logicalLocations: [LogicalLocation]?
  }

  struct PhysicalLocation: Encodable {
    var artifactLocation: ArtifactLocation
    var region: Region?
  }

  struct ArtifactLocation: Encodable {
    var uri: String
    var uriBaseId: String?

    init(uri: String, uriBaseId: String?) {
      self.uri = uri
      self.uriBaseId = uriBaseId
    }

    /// The one way a file becomes a URI. An absolute path is an absolute `file://` URI, since SARIF consumers resolve
    /// a URI without `uriBaseId` on their own and a bare `/path` names no scheme. A relative path is a
    /// percent-encoded relative reference (a `:` in its first segment would otherwise read as a scheme, a space or a
    /// Chinese name make an invalid URI), resolved against `relativeTo` when there is one (`check`: `SRCROOT`, the
    /// base directory) or by the consumer (`lint`: the working directory).
    init(path: String, relativeTo baseID: String?) {
      if path.hasPrefix("/") {
        self.init(uri: "file://" + URIText.encodePath(path), uriBaseId: nil)
      } else {
        self.init(uri: URIText.encodePath(path), uriBaseId: baseID)
      }
    }
  }

  struct Region: Encodable {
    var startLine: Int
    var startColumn: Int?

    /// A line (and column) when known; nil without a line.
    init?(line: Int, column: Int) {
      guard line > 0 else { return nil }
      startLine = line
      startColumn = column > 0 ? column : nil
    }
  }

  struct LogicalLocation: Encodable {
    var name: String
    var fullyQualifiedName: String
    var kind: String
  }

  static func level(_ severity: Severity) -> String {
    switch severity {
    case .error: return "error"
    case .warning: return "warning"
    case .info: return "note"
    }
  }
}
