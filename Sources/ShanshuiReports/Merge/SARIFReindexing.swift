import ShanshuiCore

/// SARIF's arrays that results point into by index (`tool.driver.rules`, `artifacts`), merged, and the map from each
/// input's indices to the merged ones.
enum SARIFReindexing {
  struct Rules {
    var merged: [JSONValue]
    /// Per input: its `ruleIndex` → the merged index.
    var maps: [[Int: Int]]

    /// `result` with `ruleIndex` and `rule.index` pointing into the merged rules.
    func remap(_ result: JSONValue, input: Int) -> JSONValue {
      var result = result
      if let old = result["ruleIndex"]?.int, let new = maps[input][old] { result["ruleIndex"] = .int(new) }
      if let old = result["rule"]?["index"]?.int, let new = maps[input][old] { result["rule"]?["index"] = .int(new) }
      return result
    }
  }

  /// The union of the inputs' rules by id, sorted by id (as `check` writes them); E701 when two inputs describe one
  /// rule differently (another standard).
  static func rules(_ inputs: [MergeInput]) -> Result<Rules, Diagnostic> {
    var byID: [String: (rule: JSONValue, from: String)] = [:]
    let lists = inputs.map { $0.run?["tool"]?["driver"]?["rules"]?.array ?? [] }
    for (input, rules) in zip(inputs, lists) {
      for rule in rules {
        let id = rule["id"]?.string ?? ""
        if let known = byID[id], known.rule != rule {
          return .failure(
            MergeProblem.incompatible(
              input.name, zh: "规则 \(id) 的描述与 \(known.from) 中的不同：不是同一标准",
              en: "rule \(id) is described differently in \(known.from): not the same standard"))
        }
        byID[id] = byID[id] ?? (rule, input.name)
      }
    }
    let sorted = byID.sorted { $0.key < $1.key }
    let ids = sorted.map(\.key)
    let position = Dictionary(uniqueKeysWithValues: ids.enumerated().map { ($1, $0) })
    let maps = lists.map { rules in
      Dictionary(
        uniqueKeysWithValues: rules.enumerated().compactMap { index, rule in
          position[rule["id"]?.string ?? ""].map { (index, $0) }
        })
    }
    return .success(Rules(merged: sorted.map(\.value.rule), maps: maps))
  }

  struct Artifacts {
    /// nil when no input has `artifacts` (as `check` writes its logs).
    var merged: [JSONValue]?
    var maps: [[Int: Int]]

    /// `value` with every artifact location's `index` pointing into the merged artifacts.
    func remap(_ value: JSONValue, input: Int) -> JSONValue {
      guard merged != nil else { return value }
      switch value {
      case .array(let items): return .array(items.map { remap($0, input: input) })
      case .object(var members):
        for (key, member) in members {
          var remapped = remap(member, input: input)
          if ["artifactLocation", "analysisTarget"].contains(key), let old = member["index"]?.int,
            let new = maps[input][old]
          {
            remapped["index"] = .int(new)
          }
          members[key] = remapped
        }
        return .object(members)
      default: return value
      }
    }
  }

  /// The inputs' artifacts, each location once, in the order first given.
  static func artifacts(_ runs: [JSONValue]) -> Artifacts {
    let lists = runs.map { $0["artifacts"]?.array }
    guard lists.contains(where: { $0 != nil }) else { return Artifacts(merged: nil, maps: runs.map { _ in [:] }) }
    var merged: [JSONValue] = []
    var position: [JSONValue: Int] = [:]
    let maps = lists.map { list in
      Dictionary(
        uniqueKeysWithValues: (list ?? []).enumerated().map { index, artifact -> (Int, Int) in
          let location = artifact["location"] ?? artifact
          if let known = position[location] { return (index, known) }
          position[location] = merged.count
          merged.append(artifact)
          return (index, merged.count - 1)
        })
    }
    return Artifacts(merged: merged, maps: maps)
  }
}
