/// The `suppressions` of a merged JSON report, in the order a whole run lists them (`SuppressionPolicy.apply`):
/// configuration entries (`disabled`, `severity`), inline directives by file, the baseline's total, stale baseline
/// entries by file.
enum SuppressionListing {
  static func merge(_ lists: [[JSONValue]]) -> [JSONValue] {
    func kind(_ entry: JSONValue) -> String { entry["kind"]?.string ?? "" }
    func file(_ entry: JSONValue) -> String { entry["file"]?.string ?? "" }
    let configuration = summed(lists.map { $0.filter { ["disabled", "severity"].contains(kind($0)) } })
    let inline = MergeOrder.byFile(lists.map { $0.filter { kind($0) == "inline" } }, key: file)
    let baseline = lists.map { $0.filter { kind($0) == "baseline" } }
    let total = summed(baseline.map { $0.filter { $0["status"]?.string != "stale" } })
    let stale = MergeOrder.byFile(baseline.map { $0.filter { $0["status"]?.string == "stale" } }, key: file)
    return configuration + inline + total + stale
  }

  /// Entries every shard lists alike but for their count (a rule disabled by the configuration, the baseline as a
  /// whole): one entry each, its count summed, `applied` when it silenced anything and `unused` otherwise.
  private static func summed(_ lists: [[JSONValue]]) -> [JSONValue] {
    var order: [JSONValue] = []
    var counts: [JSONValue: Int] = [:]
    for entry in lists.joined() {
      var key = entry
      key["count"] = nil
      key["status"] = nil
      if counts[key] == nil { order.append(key) }
      counts[key, default: 0] += entry["count"]?.int ?? 0
    }
    return order.map { key in
      var entry = key
      let count = counts[key] ?? 0
      entry["count"] = .int(count)
      entry["status"] = .string(count > 0 ? "applied" : "unused")
      return entry
    }
  }
}
