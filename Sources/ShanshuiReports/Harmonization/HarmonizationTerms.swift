import ShanshuiCore

/// The words every comparison format shares, in one language: headers, statuses, values, the summary.
struct HarmonizationTerms {
  typealias Row = ParameterComparison.Row
  typealias Value = ParameterComparison.Value

  let language: Language
  var zh: Bool { language == .zh }

  func pick(_ zh: String, _ en: String) -> String { self.zh ? zh : en }

  var title: String { pick("两省标准参数比对（重庆 · 四川 · 统一）", "Criteria comparison: Chongqing 重庆, Sichuan 四川, unified 统一") }

  /// "chengyu-eco-restoration 0.1.0 (effective 2026-12-01)".
  func standardLine(_ info: StandardInfo) -> String {
    pick(
      "\(info.id) \(info.version)（\(info.effective) 起施行）", "\(info.id) \(info.version) (effective \(info.effective))")
  }

  /// A profile's name; in English with the Chinese name too.
  func profileHeader(_ profile: Profile) -> String {
    zh ? profile.title.text(.zh) : "\(profile.title.text(.en).capitalizedFirst) \(profile.title.text(.zh))"
  }

  func profileName(_ profile: Profile) -> String { profile.title.text(language) }

  var parameterHeader: String { pick("参数", "parameter") }
  var titleHeader: String { pick("名称", "title") }
  var unitHeader: String { pick("单位", "unit") }
  var directionHeader: String { pick("限值类型", "limit") }
  var stricterHeader: String { pick("较严省份", "stricter") }
  var sourcesHeader: String { pick("来源或理由", "sources or reasons") }
  var rulesHeader: String { pick("规则", "rules") }

  func direction(_ direction: Parameter.Stricter) -> String {
    switch direction {
    case .higher: return pick("下限，越高越严", "minimum: higher is stricter")
    case .lower: return pick("上限，越低越严", "maximum: lower is stricter")
    }
  }

  func status(_ status: Parameter.Status?) -> String {
    switch status {
    case .adopted: return pick("已采纳", "adopted")
    case .provisional: return pick("暂定", "provisional")
    case nil: return pick("无", "absent")
    }
  }

  func unification(_ unification: ParameterComparison.Unification) -> String {
    switch unification {
    case .agreed: return pick("已议定", "agreed")
    case .provisional: return pick("暂定", "provisional")
    case .missing: return pick("缺失", "missing")
    }
  }

  func stricter(_ stricter: ParameterComparison.StricterProvince) -> String {
    switch stricter {
    case .chongqing: return profileName(.chongqing)
    case .sichuan: return profileName(.sichuan)
    case .same: return pick("相同", "same")
    case .notComparable: return "—"
    }
  }

  /// The unit as people write it; a name when it has no symbol (`ratio`).
  func unit(_ id: String) -> String {
    let symbol = QuantityUnit.named(id)?.symbol.text(language) ?? ""
    if !symbol.isEmpty { return symbol }
    return id == "ratio" ? pick("比值", "ratio") : id
  }

  func number(_ value: Double) -> String { ParameterText.format(value) }

  /// "79%", "3年", "500 t/(km²·a)" (zh) or "79 %" (en); the bare number for a unit without a symbol.
  func quantity(_ value: Double, _ unit: String) -> String {
    let symbol = QuantityUnit.named(unit)?.symbol.text(language) ?? unit
    if symbol.isEmpty { return number(value) }
    let spaced = !zh || symbol.first.map { $0.isASCII && $0.isLetter } == true
    return spaced ? "\(number(value)) \(symbol)" : number(value) + symbol
  }

  /// "73（暂定）" or "73 (provisional)"; "—" for an absent value.
  func valueCell(_ value: Value?) -> String {
    guard let value else { return "—" }
    return zh ? "\(number(value.number))（\(status(value.status))）" : "\(number(value.number)) (\(status(value.status)))"
  }

  /// The unified cell: its own value, or what the unified profile applies in its place.
  func unifiedCell(_ row: Row) -> String {
    if row.unification != .missing { return valueCell(row.unified) }
    guard let applied = row.applied else { return unification(.missing) }
    let from = row.stricterProvince == .same ? pick("两省", "both") : profileName(applied.profile)
    return zh ? "缺失 → \(number(applied.number))（\(from)）" : "missing → \(number(applied.number)) (\(from))"
  }

  /// What the unified profile applies, in a sentence.
  func appliedSentence(_ row: Row) -> String {
    switch row.unification {
    case .agreed: return pick("统一值已议定", "unified value agreed")
    case .provisional: return pick("统一值暂定", "unified value provisional")
    case .missing: break
    }
    guard let applied = row.applied else {
      return pick("尚无统一值，任何一方均无值：统一标准下不适用", "no unified value and no provincial one: does not apply under unified")
    }
    let value = quantity(applied.number, row.unit)
    switch row.stricterProvince {
    case .same: return pick("尚无统一值：按两省相同值 \(value)", "no unified value: applies \(value), the same in both provinces")
    case .notComparable:
      return pick(
        "尚无统一值：按唯一的\(profileName(applied.profile))值 \(value)",
        "no unified value: applies \(value), \(profileName(applied.profile))'s (the only value)")
    case .chongqing, .sichuan:
      return pick(
        "尚无统一值：按较严格的\(profileName(applied.profile))值 \(value)",
        "no unified value: applies \(value), \(profileName(applied.profile))'s (stricter)")
    }
  }

  /// "来源：…" per source, or "理由：…".
  func citations(_ value: Value) -> [String] {
    var lines = value.sources.map { pick("来源：", "source: ") + $0.text(language) }
    if let reason = value.reason { lines.append(pick("理由：", "reason: ") + reason.text(language)) }
    return lines
  }

  /// "重庆 73%（暂定）：理由：…" per stated value; citations equal to the previous value's are said once.
  func valueLines(_ row: Row) -> [String] {
    var previous: [String]?
    return Profile.allCases.compactMap { profile in
      guard let value = row.value(profile) else { return nil }
      let head =
        zh
        ? "\(profileName(profile)) \(quantity(value.number, row.unit))（\(status(value.status))）"
        : "\(profileName(profile).capitalizedFirst) \(quantity(value.number, row.unit)) (\(status(value.status)))"
      let cites = citations(value)
      defer { previous = cites }
      if cites.isEmpty { return head }
      if cites == previous { return head + pick("：同上", ": as above") }
      return head + pick("：", ": ") + cites.joined(separator: pick("；", "; "))
    }
  }

  func rules(_ row: Row) -> String { row.ruleIDs.isEmpty ? "—" : row.ruleIDs.joined(separator: ", ") }

  var summaryHeader: String { pick("统一进度", "Unification progress") }

  /// The summary as separate statements.
  func summaryItems(_ summary: ParameterComparison.Summary) -> [String] {
    zh
      ? [
        "参数共 \(summary.parameters) 个",
        "两省相同 \(summary.identical) 个，不同 \(summary.differing) 个（数值不同或仅一省有值）",
        "统一值已议定 \(summary.unifiedAgreed) 个，暂定 \(summary.unifiedProvisional) 个，缺失 \(summary.unifiedMissing) 个（缺失时按较严的省值）",
      ]
      : [
        "\(summary.parameters) parameters",
        "\(summary.identical) identical in both provinces, \(summary.differing) differing (different values, or a value in one province only)",
        "unified value agreed for \(summary.unifiedAgreed), provisional for \(summary.unifiedProvisional), missing for \(summary.unifiedMissing) (the stricter provincial value applies)",
      ]
  }

  func summaryLine(_ summary: ParameterComparison.Summary) -> String {
    summaryHeader + pick("：", ": ") + summaryItems(summary).joined(separator: pick("；", "; "))
  }

  /// Said when only differing parameters are shown.
  func filterNote(shown: Int, of total: Int) -> String {
    pick("仅列出两省不同的参数：\(shown) / \(total) 个", "only parameters that differ between the provinces: \(shown) of \(total)")
  }
}

extension String {
  /// The string with its first letter upper-cased ("unified" → "Unified").
  var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}
