import ShanshuiCore

/// Joins the SARIF logs of the shards of one run into the log the whole run writes, by SARIF 2.1.0's own rules:
///
/// - One tool (driver `shanshui`, one version) and one standard: one run (§3.14), not one run per shard.
/// - `tool.driver.rules`: the union by rule id, sorted by id as `check` writes it; a rule described differently in two
///   logs is E701. Every result's `ruleIndex` (§3.27.6) and `rule.index` is re-mapped to the merged array.
/// - `artifacts` (§3.14.15; `check` writes none): deduplicated by location, every `artifactLocation.index` re-mapped.
/// - `results`: every shard's, put back in file order (`MergeOrder`); each keeps its `suppressions` (§3.27.23) and
///   fingerprints as its shard wrote them, so baseline and inline states survive.
/// - One invocation (§3.20): `executionSuccessful` only if every shard's was; the notifications every shard reports
///   (the standard's and the layers' problems) once, then the files' in file order; configuration notifications
///   (inline waivers, stale baseline entries) by file.
/// - `properties`: the summary summed (run-wide tool errors counted once), `judgedBy` in file order; the shard record
///   and `automationDetails` (§3.17) are dropped: the merged log is the whole run.
/// - `originalUriBaseIds`: the first shard's `SRCROOT`; another shard's, different (another checkout directory), is
///   told as a notice, since every result's URI is relative to it.
enum SARIFLogMerge {
  static func merge(_ inputs: [MergeInput]) -> Result<ReportMerge.Merged, MergeRefusal> {
    let runs = inputs.map { $0.run ?? .null }
    let rules: SARIFReindexing.Rules
    switch SARIFReindexing.rules(inputs) {
    case .failure(let problem): return .failure([problem])
    case .success(let merged): rules = merged
    }
    let artifacts = SARIFReindexing.artifacts(runs)
    let resultLists = zip(runs.indices, runs).map { index, run in
      (run["results"]?.array ?? []).map {
        artifacts.remap(rules.remap($0, input: index), input: index)
      }
    }
    if let repeated = repeatedFile(inputs, resultLists) { return .failure([repeated]) }
    var run = runs[0]
    run["automationDetails"] = nil
    run["tool"]?["driver"]?["rules"] = .array(rules.merged)
    if let merged = artifacts.merged { run["artifacts"] = .array(merged) }
    let results = MergeOrder.byFile(resultLists, key: fileKey)
    run["results"] = .array(results)
    let (invocation, duplicates) = invocation(runs, artifacts: artifacts)
    run["invocations"] = .array([invocation])
    run["properties"] = properties(runs, duplicateToolErrors: duplicates)
    var log = inputs[0].root
    log["runs"] = .array([run])
    let bases = Set(runs.map { $0["originalUriBaseIds"] })
    let notices =
      bases.count > 1
      ? [
        LocalizedText(
          zh: "各分片的 SRCROOT 不同（在不同目录检出）：合并日志使用 \(inputs[0].name) 的",
          en:
            "the shards' SRCROOT differ (checked out in different directories): the merged log uses \(inputs[0].name)'s"
        )
      ] : []
    return .success(
      ReportMerge.Merged(
        format: .sarif, text: JSONText.encode(log),
        isComplete: invocation["executionSuccessful"]?.bool == true
          && MergedSummary.isComplete(run["properties"]?["summary"] ?? .null),
        severities: results.compactMap(severity), notices: notices))
  }

  /// The file a result or notification is about: its first location's artifact, as a file name.
  static func fileKey(_ value: JSONValue) -> String {
    let uri = value["locations"]?.array?.first?["physicalLocation"]?["artifactLocation"]?["uri"]?.string ?? ""
    return MergeOrder.fileName(uri: uri)
  }

  /// The severity of a result that `check` counts for its exit status: a finding (`kind` fail) not suppressed.
  private static func severity(_ result: JSONValue) -> Severity? {
    if let kind = result["kind"]?.string, kind != "fail" { return nil }
    if let suppressions = result["suppressions"]?.array, !suppressions.isEmpty { return nil }
    switch result["level"]?.string ?? "warning" {
    case "error": return .error
    case "warning": return .warning
    case "note": return .info
    default: return nil
    }
  }

  private static func invocation(_ runs: [JSONValue], artifacts: SARIFReindexing.Artifacts) -> (JSONValue, Int) {
    let invocations = runs.map { $0["invocations"]?.array?.first ?? .object([:]) }
    var merged = invocations[0]
    merged["executionSuccessful"] = .bool(invocations.allSatisfy { $0["executionSuccessful"]?.bool == true })
    let execution = zip(invocations.indices, invocations).map { index, invocation in
      (invocation["toolExecutionNotifications"]?.array ?? []).map { artifacts.remap($0, input: index) }
    }
    let notifications: [JSONValue]
    if execution.count == 1 {
      notifications = execution[0]
    } else {
      // Reported by every shard: about the run (the standard, a layer), not about a file of one shard.
      func everywhere(_ value: JSONValue) -> Bool { execution.allSatisfy { $0.contains(value) } }
      notifications =
        MergeOrder.union(execution.map { $0.filter(everywhere) })
        + MergeOrder.byFile(execution.map { $0.filter { !everywhere($0) } }, key: fileKey)
    }
    merged["toolExecutionNotifications"] = .array(notifications)
    let duplicates = execution.reduce(0) { $0 + $1.count } - notifications.count
    if invocations.contains(where: { $0["toolConfigurationNotifications"] != nil }) {
      let configuration = zip(invocations.indices, invocations).map { index, invocation in
        (invocation["toolConfigurationNotifications"]?.array ?? []).map { artifacts.remap($0, input: index) }
      }
      func stale(_ value: JSONValue) -> Bool { value["descriptor"]?["id"]?.string == "baseline-stale" }
      merged["toolConfigurationNotifications"] = .array(
        MergeOrder.byFile(configuration.map { $0.filter { !stale($0) } }, key: fileKey)
          + MergeOrder.byFile(configuration.map { $0.filter(stale) }, key: fileKey))
    }
    return (merged, duplicates)
  }

  private static func properties(_ runs: [JSONValue], duplicateToolErrors: Int) -> JSONValue? {
    guard var properties = runs[0]["properties"] else { return nil }
    properties["shard"] = nil
    properties["summary"] = MergedSummary.sum(
      runs.map { $0["properties"]?["summary"] ?? .null }, duplicateToolErrors: duplicateToolErrors)
    let judged = MergeOrder.byFile(runs.map { $0["properties"]?["judgedBy"]?.array ?? [] }) {
      MergeOrder.fileName(uri: $0["uri"]?.string ?? "")
    }
    properties["judgedBy"] = judged.isEmpty ? nil : .array(judged)
    let layers = MergeOrder.union(runs.map { $0["properties"]?["layers"]?.array ?? [] })
    properties["layers"] = layers.isEmpty ? nil : .array(layers)
    return properties
  }

  /// E702 when results about one file come from two logs: the shards of one run never share a file.
  private static func repeatedFile(_ inputs: [MergeInput], _ results: [[JSONValue]]) -> Diagnostic? {
    var owner: [String: String] = [:]
    for (input, list) in zip(inputs, results) {
      for file in Set(list.map(fileKey)) where !file.isEmpty {
        if let earlier = owner[file] {
          return MergeProblem.shards(
            input.name, zh: "文件 \(file) 的结果也在 \(earlier) 中：同一次运行的分片不会重复检查文件",
            en: "results for \(file) are also in \(earlier): the shards of one run never check a file twice")
        }
        owner[file] = input.name
      }
    }
    return nil
  }
}
