import Foundation
import ShanshuiCore

/// One report given to `shanshui merge`, read and recognised: a JSON report of `check` or a SARIF log of one.
struct MergeInput {
  /// The path as given, for messages.
  var name: String
  var format: ReportMerge.Format
  var root: JSONValue
  var shard: ShardInfo?

  /// The one run of a SARIF log (nil for JSON).
  var run: JSONValue? { root["runs"]?.array?.first }

  /// Recognises `bytes` as a report of `check`, or says why not (E700).
  static func read(_ bytes: [UInt8], name: String) -> Result<MergeInput, Diagnostic> {
    guard let root = JSONValue.parse(bytes), case .object = root else {
      return .failure(
        MergeProblem.unreadable(name, zh: "不是 JSON 文档", en: "not a JSON document"))
    }
    if root["runs"] != nil || root["$schema"] != nil {
      return sarif(root, name: name)
    }
    guard root["formatVersion"] != nil else {
      return .failure(
        MergeProblem.unreadable(
          name, zh: "既不是 shanshui 的 JSON 报告，也不是 SARIF 日志",
          en: "neither a shanshui JSON report nor a SARIF log"))
    }
    guard root["formatVersion"]?.int == 1, root["tool"]?["name"]?.string == "shanshui",
      root["files"]?.array != nil, root["summary"]?["files"]?.int != nil
    else {
      return .failure(
        MergeProblem.unreadable(
          name, zh: "不是 shanshui check 的 JSON 报告（formatVersion 1）",
          en: "not a JSON report of shanshui check (formatVersion 1)"))
    }
    return shard(root["shard"], name: name).map { MergeInput(name: name, format: .json, root: root, shard: $0) }
  }

  private static func sarif(_ root: JSONValue, name: String) -> Result<MergeInput, Diagnostic> {
    guard root["version"]?.string == "2.1.0", let runs = root["runs"]?.array, runs.count == 1,
      runs[0]["tool"]?["driver"]?["name"]?.string == "shanshui", runs[0]["properties"]?["summary"]?["files"] != nil,
      runs[0]["invocations"]?.array?.count == 1, runs[0]["results"]?.array != nil
    else {
      return .failure(
        MergeProblem.unreadable(
          name, zh: "不是 shanshui check 的 SARIF 2.1.0 日志（一个 shanshui 运行及其汇总）",
          en: "not a SARIF 2.1.0 log of shanshui check (one run of shanshui, with its summary)"))
    }
    return shard(runs[0]["properties"]?["shard"], name: name).map {
      MergeInput(name: name, format: .sarif, root: root, shard: $0)
    }
  }

  private static func shard(_ value: JSONValue?, name: String) -> Result<ShardInfo?, Diagnostic> {
    guard let value else { return .success(nil) }
    guard let data = try? JSONEncoder().encode(value),
      let shard = try? JSONDecoder().decode(ShardInfo.self, from: data),
      Shard(index: shard.index, count: shard.count) != nil
    else {
      return .failure(
        MergeProblem.unreadable(name, zh: "shard 记录无效", en: "its shard record is not K of N with 1 ≤ K ≤ N"))
    }
    return .success(shard)
  }

  /// What must be the same in every report of one run, as (label, value) pairs: a difference is E701. Compared pair by
  /// pair, the settings only between shards.
  var identity: [(label: String, value: String)] {
    let source = format == .json ? root : (run?["properties"] ?? .null)
    let standard = source["standard"].map { "\($0["id"]?.string ?? "?") \($0["version"]?.string ?? "?")" } ?? "—"
    let version =
      (format == .json ? root["tool"]?["version"] : run?["tool"]?["driver"]?["version"])?.string ?? "?"
    let language = (format == .json ? root["language"] : run?["language"])?.string ?? "?"
    let run = [("shanshui version", version), ("standard", standard), ("language", language)]
    // A report of a whole run records no settings: mixing it with shards is E702, not a difference of settings.
    guard let shard else { return run }
    return run + [
      ("--profile", shard.profile), ("--as-of", shard.asOf ?? "—"),
      ("--standard-version", shard.standardVersion ?? "—"),
    ]
  }
}
