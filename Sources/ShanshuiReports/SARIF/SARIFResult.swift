import ShanshuiCore

extension SARIF {
  /// What a `check` result carries besides SARIF's own fields.
  struct FindingProperties: Encodable {
    var profile: String
    var theme: String
    var anchoredPath: String
    var parameter: ParameterProperties?
    var notes: [String]
    var sources: [String]
    /// A spatial rule's unit, layer feature, area or distance, geometry line and point.
    var spatial: JSONReporter.SpatialJSON? = nil
    /// Why a rule was not checked (`kind: "open"` results only).
    var notChecked: NotCheckedProperties? = nil
  }

  /// A not-checked rule's reason and layer role, and how many nodes it could not judge.
  struct NotCheckedProperties: Encodable {
    var reason: String
    var layer: String?
    var count: Int
  }

  /// The parameter that decided a finding.
  struct ParameterProperties: Encodable {
    var id: String
    var value: Double
    var unit: String
    var status: String
    var valueFrom: String
    var sources: [String]
    var reason: String?
  }
}

extension SARIF.Location {
  /// A place in a checked file: the file relative to the report's base (`SRCROOT`), the line and column, and the
  /// node's XPath as a logical location.
  init(file: String, line: Int, column: Int, xpath: String?, report: Report) {
    physicalLocation = SARIF.PhysicalLocation(
      artifactLocation: SARIF.ArtifactLocation(path: report.relativePath(file), relativeTo: SARIFReporter.baseID),
      region: SARIF.Region(line: line, column: column))
    logicalLocations = xpath.map { path in
      let name = path.split(separator: "/").last.map(String.init) ?? path
      return [
        SARIF.LogicalLocation(name: name, fullyQualifiedName: path, kind: name.hasPrefix("@") ? "attribute" : "element")
      ]
    }
  }
}

extension SARIF.Result {
  /// One finding with its rule, level, message, location (file, line, XPath), fingerprint and the parameter that
  /// decided it.
  init(_ finding: Finding, suppression: SuppressedFinding?, report: Report, ruleIndex: [String: Int]) {
    let language = report.language
    ruleId = finding.ruleID
    self.ruleIndex = ruleIndex[finding.ruleID]
    level = SARIF.level(finding.severity)
    message = SARIF.Message(text: finding.message.text(language))
    locations = [
      SARIF.Location(
        file: finding.location.file, line: finding.location.line,
        column: finding.location.column, xpath: finding.path, report: report)
    ]
    partialFingerprints = [
      SARIFReporter.fingerprintKey: FindingKey(finding, file: report.relativePath(finding.location.file)).fingerprint
    ]
    suppressions = suppression.map {
      [SARIF.Suppression(kind: $0.kind == .inline ? "inSource" : "external", justification: $0.reason)]
    }
    properties = SARIF.FindingProperties(
      profile: finding.profile.rawValue, theme: finding.theme, anchoredPath: finding.anchoredPath,
      parameter: finding.parameter.map {
        SARIF.ParameterProperties(
          id: $0.id, value: $0.value, unit: $0.unit, status: $0.status.rawValue,
          valueFrom: $0.valueFrom.rawValue, sources: $0.sources.map { $0.text(language) },
          reason: $0.reason?.text(language))
      },
      notes: finding.notes.map { $0.text(language) }, sources: finding.sources.map { $0.text(language) },
      spatial: finding.spatial.map(JSONReporter.SpatialJSON.init))
  }

  /// A rule that applied but could not be judged: `kind: "open"` with level `none`, never a pass.
  init(_ rule: NotCheckedRule, report: Report, ruleIndex: [String: Int]) {
    let language = report.language
    ruleId = rule.ruleID
    self.ruleIndex = ruleIndex[rule.ruleID]
    kind = "open"
    level = "none"
    message = SARIF.Message(text: SpatialReportText.notChecked(rule, language: language))
    locations = [
      SARIF.Location(
        file: rule.location.file, line: rule.location.line, column: rule.location.column, xpath: rule.path,
        report: report)
    ]
    properties = SARIF.FindingProperties(
      profile: rule.profile.rawValue, theme: "", anchoredPath: rule.path, parameter: nil, notes: [], sources: [],
      notChecked: SARIF.NotCheckedProperties(reason: rule.reason.rawValue, layer: rule.layerRole, count: rule.count))
  }
}
