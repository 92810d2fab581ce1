import Foundation
import ShanshuiCore

/// JSON Lines (`--format jsonl`, jsonlines.org): one compact JSON object per line, `{"type": …, "data": …}` as
/// ripgrep's `--json` has it, written as it is rendered, so that a report of any size is written in a block of memory
/// and a pipeline can read findings line by line (`jq -c 'select(.type == "finding") | .data'`).
///
/// The records, in order: `run` (tool, standard, language, shard, layers); `standardDiagnostic` and
/// `layerDiagnostic`; per file, its `diagnostic`, `finding`, `suppressed` and `notChecked` records and then its `file`
/// record (status, version, profiles, verdicts, counts); every `suppression`; and last `summary`, so that a report cut
/// short is seen to be (no `summary` line). Each `data` is the same object as in `--format json`
/// (`schemas/shanshui-report-1.schema.json`, `$defs/line`).
public struct JSONLinesReporter: StreamingRenderer {
  public static let identifier = "jsonl"

  public static func render(_ report: Report, to output: (String) -> Void) {
    let language = report.language
    let encoder = JSONText.lineEncoder()
    func emit<Data: Encodable>(_ type: String, _ data: Data) {
      output(JSONText.encode(Record(type: type, data: data), encoder: encoder))
    }
    emit("run", Run(report))
    for diagnostic in report.standardDiagnostics {
      emit("standardDiagnostic", JSONReporter.DiagnosticJSON(diagnostic, language))
    }
    for diagnostic in report.layerDiagnostics {
      emit("layerDiagnostic", JSONReporter.DiagnosticJSON(diagnostic, language))
    }
    for file in report.files {
      for diagnostic in file.diagnostics { emit("diagnostic", JSONReporter.DiagnosticJSON(diagnostic, language)) }
      for finding in file.findings { emit("finding", JSONReporter.FindingJSON(finding, language)) }
      for suppressed in file.suppressed { emit("suppressed", JSONReporter.SuppressedJSON(suppressed, language)) }
      for rule in file.notChecked { emit("notChecked", JSONReporter.NotCheckedJSON(rule, language)) }
      emit("file", FileRecord(file, language))
    }
    for suppression in report.suppressions { emit("suppression", JSONReporter.SuppressionJSON(suppression)) }
    emit("summary", report.summary)
  }

  struct Record<Data: Encodable>: Encodable {
    var type: String
    var data: Data
  }

  /// What the JSON report says at its top level, but its lists.
  struct Run: Encodable {
    var formatVersion = JSONReporter.formatVersion
    var tool: JSONReporter.Tool
    var standard: JSONReporter.StandardInfoJSON?
    var language: String
    var layers: [JSONReporter.LayerSourceJSON]?
    var shard: ShardInfo?

    init(_ report: Report) {
      tool = JSONReporter.Tool(name: "shanshui", version: report.toolVersion)
      standard = report.standard.map { JSONReporter.StandardInfoJSON($0, report.language) }
      language = report.language.rawValue
      layers = report.layerSources.isEmpty ? nil : report.layerSources.map(JSONReporter.LayerSourceJSON.init)
      shard = report.shard
    }
  }

  /// A file's outcome after its other records: what the JSON report's file object says, with counts for its lists.
  struct FileRecord: Encodable {
    var path, status: String
    var projectId: String?
    var judgedBy: JSONReporter.JudgedByJSON?
    var profiles: [String]
    var verdicts: JSONReporter.VerdictsJSON?
    var errors, warnings, infos, diagnostics, suppressed, notChecked: Int

    init(_ file: FileResult, _ language: Language) {
      path = file.path
      status = file.status.rawValue
      projectId = file.projectID
      judgedBy = file.judgedBy.map { JSONReporter.JudgedByJSON($0, language) }
      profiles = file.profiles.map(\.rawValue)
      verdicts = file.verdicts.map(JSONReporter.VerdictsJSON.init)
      errors = file.findings.count { $0.severity == .error }
      warnings = file.findings.count { $0.severity == .warning }
      infos = file.findings.count { $0.severity == .info }
      diagnostics = file.diagnostics.count
      suppressed = file.suppressed.count
      notChecked = file.notChecked.count
    }
  }
}
