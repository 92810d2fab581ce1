import ShanshuiCore

/// Joins the JSON reports of the shards of one run into the report the whole run writes.
///
/// Files are put back in order (`MergeOrder`); the standard's and the layers' problems, which every shard reports,
/// once; the summary summed (tool errors reported by every shard counted once); the suppressions listed as a whole
/// run lists them: configuration entries with their counts summed, inline directives by file, the baseline's total,
/// stale baseline entries by file. Every file keeps its findings, suppressed findings and problems as its shard wrote
/// them. The `shard` record is dropped.
enum JSONReportMerge {
  static func merge(_ inputs: [MergeInput]) -> Result<ReportMerge.Merged, MergeRefusal> {
    let fileLists = inputs.map { $0.root["files"]?.array ?? [] }
    if let repeated = repeatedFile(inputs, fileLists) { return .failure([repeated]) }
    var root = inputs[0].root
    root["shard"] = nil
    let files = MergeOrder.byFile(fileLists) { $0["path"]?.string ?? "" }
    root["files"] = .array(files)
    let standardDiagnostics = MergeOrder.union(inputs.map { $0.root["standardDiagnostics"]?.array ?? [] })
    root["standardDiagnostics"] = .array(standardDiagnostics)
    let layerDiagnostics = MergeOrder.union(inputs.map { $0.root["layerDiagnostics"]?.array ?? [] })
    root["layerDiagnostics"] = layerDiagnostics.isEmpty ? nil : .array(layerDiagnostics)
    let layers = MergeOrder.union(inputs.map { $0.root["layers"]?.array ?? [] })
    root["layers"] = layers.isEmpty ? nil : .array(layers)
    root["suppressions"] = .array(SuppressionListing.merge(inputs.map { $0.root["suppressions"]?.array ?? [] }))
    let reported = inputs.reduce(0) {
      $0 + ($1.root["standardDiagnostics"]?.array?.count ?? 0) + ($1.root["layerDiagnostics"]?.array?.count ?? 0)
    }
    let summary = MergedSummary.sum(
      inputs.map { $0.root["summary"] ?? .null },
      duplicateToolErrors: reported - standardDiagnostics.count - layerDiagnostics.count)
    root["summary"] = summary
    let severities = files.flatMap { $0["findings"]?.array ?? [] }.compactMap {
      $0["severity"]?.string.flatMap(Severity.init(rawValue:))
    }
    return .success(
      ReportMerge.Merged(
        format: .json, text: JSONText.encode(root), isComplete: MergedSummary.isComplete(summary),
        severities: severities))
  }

  /// E702 when one file is in two reports: the shards of one run never share a file.
  private static func repeatedFile(_ inputs: [MergeInput], _ fileLists: [[JSONValue]]) -> Diagnostic? {
    var owner: [String: String] = [:]
    for (input, files) in zip(inputs, fileLists) {
      for path in files.compactMap({ $0["path"]?.string }) {
        if let earlier = owner[path], earlier != input.name {
          return MergeProblem.shards(
            input.name, zh: "文件 \(path) 也在 \(earlier) 中：同一次运行的分片不会重复检查文件",
            en: "\(path) is also in \(earlier): the shards of one run never check a file twice")
        }
        owner[path] = input.name
      }
    }
    return nil
  }
}

/// The summary of a merged report: every count summed, less the tool errors that every shard reported once for the run.
enum MergedSummary {
  static let fields = ["files", "checked", "notChecked", "errors", "warnings", "infos", "toolErrors", "suppressed"]

  static func sum(_ summaries: [JSONValue], duplicateToolErrors: Int) -> JSONValue {
    var merged = summaries.first ?? .object([:])
    for field in fields where merged[field] != nil {
      let total = summaries.reduce(0) { $0 + ($1[field]?.int ?? 0) }
      merged[field] = .int(field == "toolErrors" ? total - duplicateToolErrors : total)
    }
    return merged
  }

  /// Whether every file was checked completely: what makes `check`'s exit status 2 otherwise.
  static func isComplete(_ summary: JSONValue) -> Bool {
    (summary["notChecked"]?.int ?? 0) == 0 && (summary["toolErrors"]?.int ?? 0) == 0
  }
}
