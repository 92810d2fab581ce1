import Foundation
import ShanshuiCore

/// Versioned JSON (`formatVersion` 1), keys sorted, for CI pipelines. Messages are in the report's language.
public struct JSONReporter: StreamingRenderer {
  public static let identifier = "json"
  public static let formatVersion = 1

  /// Written a finding at a time (`JSONSplice`): the document without its files, each file without its findings and
  /// suppressed findings, and each of those encoded alone; the bytes are those of the whole document encoded at once.
  public static func render(_ report: Report, to output: (String) -> Void) {
    let language = report.language
    let encoder = JSONText.prettyEncoder()
    let files = JSONSplice.Items(key: "files", count: report.files.count) { index in
      let file = report.files[index]
      return .spliced(
        skeleton: JSONText.encode(FileJSON(file, language, lists: false), encoder: encoder),
        arrays: [
          JSONSplice.Items(key: "findings", count: file.findings.count) {
            .whole(JSONText.encode(FindingJSON(file.findings[$0], language), encoder: encoder))
          },
          JSONSplice.Items(key: "suppressed", count: file.suppressed.count) {
            .whole(JSONText.encode(SuppressedJSON(file.suppressed[$0], language), encoder: encoder))
          },
        ], whole: { JSONText.encode(FileJSON(file, language), encoder: encoder) })
    }
    JSONSplice.write(
      .spliced(
        skeleton: JSONText.encode(Document(report, files: false), encoder: encoder), arrays: [files],
        whole: { JSONText.encode(Document(report), encoder: encoder) }),
      to: output)
    output("\n")
  }

  struct Document: Encodable {
    var formatVersion = JSONReporter.formatVersion
    var tool: Tool
    var standard: StandardInfoJSON?
    var language: String
    var summary: Report.Summary
    var standardDiagnostics: [DiagnosticJSON]
    var files: [FileJSON]
    var suppressions: [SuppressionJSON]
    /// Which file served each layer role; absent when no layer was given.
    var layers: [LayerSourceJSON]?
    /// Layers given but unusable (E600, E610–E615), once for the run; absent when there are none.
    var layerDiagnostics: [DiagnosticJSON]?
    /// The shard of a `--shard` run; absent otherwise.
    var shard: ShardInfo?

    /// - parameter files: whether to encode the files (false: an empty list, for `JSONSplice` to fill).
    init(_ report: Report, files withFiles: Bool = true) {
      tool = Tool(name: "shanshui", version: report.toolVersion)
      standard = report.standard.map { StandardInfoJSON($0, report.language) }
      language = report.language.rawValue
      summary = report.summary
      standardDiagnostics = report.standardDiagnostics.map { DiagnosticJSON($0, report.language) }
      files = withFiles ? report.files.map { FileJSON($0, report.language) } : []
      suppressions = report.suppressions.map(SuppressionJSON.init)
      layers = report.layerSources.isEmpty ? nil : report.layerSources.map(LayerSourceJSON.init)
      layerDiagnostics =
        report.layerDiagnostics.isEmpty ? nil : report.layerDiagnostics.map { DiagnosticJSON($0, report.language) }
      shard = report.shard
    }
  }

  /// The file that served a layer role.
  struct LayerSourceJSON: Encodable {
    var role, path, sourceCrs: String
    var reprojected: Bool
    var features: Int
    init(_ source: LayerSet.Source) {
      role = source.role
      path = source.path
      sourceCrs = source.sourceCRS
      reprojected = source.reprojected
      features = source.features
    }
  }

  /// A spatial rule that applied but could not be judged: never a pass.
  struct NotCheckedJSON: Encodable {
    var ruleId, severity, title, reason, message, file, xpath, profile: String
    var layer: String?
    var line, count: Int
    init(_ rule: NotCheckedRule, _ language: Language) {
      ruleId = rule.ruleID
      severity = rule.severity.rawValue
      title = rule.title.text(language)
      reason = rule.reason.rawValue
      message = rule.message.text(language)
      file = rule.location.file
      xpath = rule.path
      profile = rule.profile.rawValue
      layer = rule.layerRole
      line = rule.location.line
      count = rule.count
    }
  }

  /// Which unit, which layer feature, how much and where.
  struct SpatialJSON: Encodable {
    var unitId, unitName, otherUnitId, areaUnit: String?
    var geometryLine: Int?
    var point: SpatialDetail.Point?
    var feature: SpatialDetail.Feature?
    var areaSquareMetres, area, sharePercent, distanceMetres: Double?
    init(_ detail: SpatialDetail) {
      unitId = detail.unitID
      unitName = detail.unitName
      otherUnitId = detail.otherUnitID
      areaUnit = detail.areaUnit
      geometryLine = detail.geometryLine
      point = detail.point
      feature = detail.feature
      areaSquareMetres = detail.areaSquareMetres
      area = detail.area
      sharePercent = detail.sharePercent
      distanceMetres = detail.distanceMetres
    }
  }

  struct Tool: Encodable {
    var name: String
    var version: String
  }

  struct StandardInfoJSON: Encodable {
    var id, version, status, effective, title: String
    init(_ info: StandardInfo, _ language: Language) {
      id = info.id
      version = info.version
      status = info.status
      effective = info.effective
      title = info.title.text(language)
    }
  }

  struct DiagnosticJSON: Encodable {
    var code, message, file: String
    var line: Int?
    var column: Int?
    /// libxml2's own text, when `message` rewrites it (absent otherwise).
    var raw: String?
    init(_ diagnostic: Diagnostic, _ language: Language) {
      code = diagnostic.code.rawValue
      raw = diagnostic.raw
      message = diagnostic.message.text(language)
      file = diagnostic.location.file
      line = diagnostic.location.line > 0 ? diagnostic.location.line : nil
      column = diagnostic.location.column > 0 ? diagnostic.location.column : nil
    }
  }

  struct FileJSON: Encodable {
    var path, status: String
    var projectId: String?
    var judgedBy: JudgedByJSON?
    var profiles: [String]
    var findings: [FindingJSON]
    var diagnostics: [DiagnosticJSON]
    var verdicts: VerdictsJSON?
    var suppressed: [SuppressedJSON]
    /// Spatial rules not checked on the file; absent when there are none.
    var notChecked: [NotCheckedJSON]?
    /// - parameter lists: whether to encode the findings and suppressed findings (false: empty, for `JSONSplice`).
    init(_ file: FileResult, _ language: Language, lists: Bool = true) {
      notChecked = file.notChecked.isEmpty ? nil : file.notChecked.map { NotCheckedJSON($0, language) }
      path = file.path
      status = file.status.rawValue
      projectId = file.projectID
      judgedBy = file.judgedBy.map { JudgedByJSON($0, language) }
      profiles = file.profiles.map(\.rawValue)
      findings = lists ? file.findings.map { FindingJSON($0, language) } : []
      diagnostics = file.diagnostics.map { DiagnosticJSON($0, language) }
      verdicts = file.verdicts.map(VerdictsJSON.init)
      suppressed = lists ? file.suppressed.map { SuppressedJSON($0, language) } : []
    }
  }

  /// The version of the standard that judged a file, and why.
  struct JudgedByJSON: Encodable {
    var version, effective, basis, reason: String
    var judgingDate, programme, written: String?
    var beforeEveryVersion: Bool
    init(_ choice: VersionChoice, _ language: Language) {
      version = choice.version
      effective = choice.effective
      basis = choice.basis.rawValue
      reason = choice.reason.text(language)
      judgingDate = choice.judgingDate?.date.description
      programme = choice.judgingDate?.programme
      written = choice.judgingDate?.written
      beforeEveryVersion = choice.beforeEveryVersion
    }
  }

  /// The `--profile all` matrix: every rule's verdict per column, and the divergent rules.
  struct VerdictsJSON: Encodable {
    var columns: [String]
    var rules: [RuleVerdicts]
    var divergent: [String]

    struct RuleVerdicts: Encodable {
      var ruleId: String
      var verdicts: [String: String]
      var divergent: Bool
    }

    init(_ matrix: VerdictMatrix) {
      columns = matrix.columns.map(\.rawValue)
      rules = matrix.rows.map { row in
        RuleVerdicts(
          ruleId: row.ruleID,
          verdicts: Dictionary(uniqueKeysWithValues: row.verdicts.map { ($0.key.rawValue, $0.value.rawValue) }),
          divergent: row.divergent)
      }
      divergent = matrix.divergentRules
    }
  }

  struct FindingJSON: Encodable {
    var ruleId, severity, theme, title, message, file, xpath, anchoredPath, profile: String
    var line: Int
    var parameter: ParameterJSON?
    var notes: [String]
    var sources: [String]
    var spatial: SpatialJSON?
    init(_ finding: Finding, _ language: Language) {
      spatial = finding.spatial.map(SpatialJSON.init)
      ruleId = finding.ruleID
      severity = finding.severity.rawValue
      theme = finding.theme
      title = finding.title.text(language)
      message = finding.message.text(language)
      file = finding.location.file
      line = finding.location.line
      xpath = finding.path
      anchoredPath = finding.anchoredPath
      profile = finding.profile.rawValue
      parameter = finding.parameter.map { ParameterJSON($0, language) }
      notes = finding.notes.map { $0.text(language) }
      sources = finding.sources.map { $0.text(language) }
    }
  }

  /// A finding left out of the report, and why.
  struct SuppressedJSON: Encodable {
    var finding: FindingJSON
    var kind: String
    var reason: String
    init(_ suppressed: SuppressedFinding, _ language: Language) {
      finding = FindingJSON(suppressed.finding, language)
      kind = suppressed.kind.rawValue
      reason = suppressed.reason
    }
  }

  /// A suppression in force: configuration entry, inline comment or baseline, with its count.
  struct SuppressionJSON: Encodable {
    var kind, status, reason: String
    var ruleId, file, newSeverity: String?
    var line: Int?
    var count: Int
    init(_ suppression: Suppression) {
      kind = suppression.kind.rawValue
      status = suppression.status.rawValue
      reason = suppression.reason
      ruleId = suppression.ruleID
      file = suppression.file
      newSeverity = suppression.newSeverity?.rawValue
      line = suppression.line
      count = suppression.count
    }
  }

  struct ParameterJSON: Encodable {
    var id, unit, status, valueFrom: String
    var value: Double
    var sources: [String]
    var reason: String?
    init(_ parameter: Finding.ParameterUse, _ language: Language) {
      id = parameter.id
      unit = parameter.unit
      status = parameter.status.rawValue
      valueFrom = parameter.valueFrom.rawValue
      value = parameter.value
      sources = parameter.sources.map { $0.text(language) }
      reason = parameter.reason?.text(language)
    }
  }
}
