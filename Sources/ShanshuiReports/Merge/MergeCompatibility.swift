import ShanshuiCore

/// What makes reports one run that `shanshui merge` may join: one format, one tool, standard, language and settings
/// (E701), and shards that cover 1…N once each (E702).
enum MergeCompatibility {
  /// Every reason `inputs` cannot be merged; empty when they can.
  static func problems(_ inputs: [MergeInput], format: ReportMerge.Format?) -> [Diagnostic] {
    let formats = formatProblems(inputs, format: format)
    if !formats.isEmpty { return formats }
    return identityProblems(inputs) + shardProblems(inputs)
  }

  private static func formatProblems(_ inputs: [MergeInput], format: ReportMerge.Format?) -> [Diagnostic] {
    let expected = format ?? inputs[0].format
    return inputs.filter { $0.format != expected }.map { input in
      let asked = format != nil ? "--format \(expected.rawValue)" : "\(inputs[0].name)"
      return MergeProblem.incompatible(
        input.name, zh: "这是 \(input.format.title) 报告，与 \(asked) 的格式不同：只能合并同一格式的报告",
        en: "a \(input.format.title) report, unlike \(asked) (\(expected.title)): merge reports of one format")
    }
  }

  private static func identityProblems(_ inputs: [MergeInput]) -> [Diagnostic] {
    let first = inputs[0]
    return inputs.dropFirst().flatMap { input in
      zip(first.identity, input.identity).filter { $0.value != $1.value }.map { expected, found in
        MergeProblem.incompatible(
          input.name, zh: "\(found.label) 为 \(found.value)，而 \(first.name) 为 \(expected.value)：不是同一次运行的分片",
          en: "\(found.label) is \(found.value), but \(expected.value) in \(first.name): not shards of one run")
      }
    }
  }

  private static func shardProblems(_ inputs: [MergeInput]) -> [Diagnostic] {
    let sharded = inputs.compactMap { input in input.shard.map { (name: input.name, shard: $0) } }
    guard let first = sharded.first else { return [] }
    if let whole = inputs.first(where: { $0.shard == nil }) {
      return [
        MergeProblem.shards(
          whole.name, zh: "不是分片报告（未使用 --shard），不能与 \(first.name) 等分片报告合并",
          en: "a report of a whole run (no --shard): it cannot be merged with shards such as \(first.name)")
      ]
    }
    let count = first.shard.count
    var problems: [Diagnostic] = []
    var owner: [Int: String] = [:]
    for (name, shard) in sharded {
      if shard.count != count {
        problems.append(
          MergeProblem.shards(
            name, zh: "是 \(shard.count) 个分片之一，而 \(first.name) 是 \(count) 个分片之一",
            en: "a shard of \(shard.count), but \(first.name) is a shard of \(count)"))
      } else if let earlier = owner[shard.index] {
        problems.append(
          MergeProblem.shards(
            name, zh: "分片 \(shard.index)/\(count) 已由 \(earlier) 给出：每个分片只能给一次",
            en: "shard \(shard.index)/\(count) again (already given by \(earlier)): give each shard once"))
      } else {
        owner[shard.index] = name
      }
    }
    let missing = (1...count).filter { owner[$0] == nil }
    if problems.isEmpty && !missing.isEmpty {
      let list = missing.map { "\($0)/\(count)" }.joined(separator: ", ")
      problems.append(
        MergeProblem.shards(
          first.name, zh: "缺少分片 \(list)：其文件将不在合并报告中",
          en: "shard\(missing.count == 1 ? "" : "s") \(list) missing: their files would be absent from the merge"))
    }
    return problems
  }
}

extension ReportMerge.Format {
  /// How messages name the format.
  var title: String { self == .json ? "JSON" : "SARIF" }
}
