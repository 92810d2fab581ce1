import ShanshuiCore

/// One SARIF result: a finding with its rule, level, message, location (file, line, XPath), fingerprint and the
/// parameter that decided it.
struct SARIFResult: Encodable {
  var ruleId: String
  var ruleIndex: Int?
  var level: String
  var message: SARIFRun.Message
  var locations: [Location]
  var partialFingerprints: [String: String]
  var suppressions: [SuppressionJSON]?
  var properties: Properties

  struct Location: Encodable {
    var physicalLocation: PhysicalLocation
    var logicalLocations: [LogicalLocation]?

    init(file: String, line: Int, column: Int, xpath: String?, report: Report) {
      physicalLocation = PhysicalLocation(
        artifactLocation: SARIFRun.ArtifactLocation(path: report.relativePath(file)),
        region: line > 0 ? Region(startLine: line, startColumn: column > 0 ? column : nil) : nil)
      logicalLocations = xpath.map { path in
        let name = path.split(separator: "/").last.map(String.init) ?? path
        return [LogicalLocation(name: name, fullyQualifiedName: path, kind: name.hasPrefix("@") ? "attribute" : "element")]
      }
    }
  }

  struct PhysicalLocation: Encodable {
    var artifactLocation: SARIFRun.ArtifactLocation
    var region: Region?
  }

  struct Region: Encodable {
    var startLine: Int
    var startColumn: Int?
  }

  struct LogicalLocation: Encodable {
    var name: String
    var fullyQualifiedName: String
    var kind: String
  }

  struct SuppressionJSON: Encodable {
    /// `inSource` for a comment in the submission, `external` for the configuration file or a baseline.
    var kind: String
    var justification: String
  }

  struct Properties: Encodable {
    var profile: String
    var theme: String
    var anchoredPath: String
    var parameter: ParameterJSON?
    var notes: [String]
    var sources: [String]
  }

  struct ParameterJSON: Encodable {
    var id: String
    var value: Double
    var unit: String
    var status: String
    var valueFrom: String
    var sources: [String]
    var reason: String?
  }

  init(_ finding: Finding, suppression: SuppressedFinding?, report: Report, ruleIndex: [String: Int]) {
    let language = report.language
    ruleId = finding.ruleID
    self.ruleIndex = ruleIndex[finding.ruleID]
    level = SARIFReporter.level(finding.severity)
    message = SARIFRun.Message(text: finding.message.text(language))
    locations = [Location(file: finding.location.file, line: finding.location.line, column: finding.location.column,
                          xpath: finding.path, report: report)]
    partialFingerprints = [
      SARIFReporter.fingerprintKey: FindingKey(finding, file: report.relativePath(finding.location.file)).fingerprint
    ]
    suppressions = suppression.map {
      [SuppressionJSON(kind: $0.kind == .inline ? "inSource" : "external", justification: $0.reason)]
    }
    properties = Properties(
      profile: finding.profile.rawValue, theme: finding.theme, anchoredPath: finding.anchoredPath,
      parameter: finding.parameter.map {
        ParameterJSON(id: $0.id, value: $0.value, unit: $0.unit, status: $0.status.rawValue,
                      valueFrom: $0.valueFrom.rawValue, sources: $0.sources.map { $0.text(language) },
                      reason: $0.reason?.text(language))
      },
      notes: finding.notes.map { $0.text(language) }, sources: finding.sources.map { $0.text(language) })
  }
}
