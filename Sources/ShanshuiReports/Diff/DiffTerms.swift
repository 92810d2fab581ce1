import ShanshuiCore

/// The words the text and Markdown diffs share, in one language: section titles, field names, the summary.
struct DiffTerms {
  let language: Language
  var zh: Bool { language == .zh }

  func pick(_ zh: String, _ en: String) -> String { self.zh ? zh : en }

  /// "chengyu-eco-restoration 0.1.0 → 0.2.0", or one version when it did not change.
  func headline(_ diff: StandardDiff) -> String {
    let old = "\(diff.old.id) \(diff.old.version)"
    let new = diff.new.id == diff.old.id ? diff.new.version : "\(diff.new.id) \(diff.new.version)"
    return old == "\(diff.new.id) \(diff.new.version)" ? old : "\(old) → \(new)"
  }

  var noDifferences: String { pick("两个版本没有差异。", "No differences.") }
  var none: String { pick("（无）", "(none)") }

  /// A field's display name: `message.en` → "message (en)", `check.min` → "check min", `500101 name.zh` → …
  func field(_ key: String) -> String {
    if key.hasSuffix(".zh") || key.hasSuffix(".en") {
      let base = field(String(key.dropLast(3)))
      let tag = String(key.suffix(2))
      return zh ? "\(base)（\(tag == "zh" ? "中文" : "英文")）" : "\(base) (\(tag))"
    }
    if key.hasPrefix("check.") { return pick("检查", "check") + " " + key.dropFirst(6) }
    if let space = key.firstIndex(of: " ") {
      return pick("代码", "code") + " " + key[..<space] + " " + field(String(key[key.index(after: space)...]))
    }
    return Self.fieldNames[key].map { zh ? $0.zh : $0.en } ?? key
  }

  static let fieldNames: [String: (zh: String, en: String)] = [
    "id": ("标识", "id"), "version": ("版本", "version"), "status": ("状态", "status"),
    "effective": ("施行日期", "effective date"), "title": ("标题", "title"), "severity": ("严重程度", "severity"),
    "theme": ("主题", "theme"), "applies.projectTypes": ("适用项目类型", "project types"),
    "applies.profiles": ("适用标准", "profiles"), "applies.programmes": ("适用资金渠道", "programmes"),
    "context": ("上下文 XPath", "context XPath"),
    "check": ("检查类型", "check kind"), "message": ("消息", "message"), "sources": ("来源", "sources"),
    "value": ("取值", "value"), "reason": ("暂定理由", "provisional reason"), "unit": ("单位", "unit"),
    "stricter": ("较严方向", "stricter direction"), "confidence": ("可信度", "confidence"), "urls": ("网址", "addresses"),
    "name": ("名称", "name"), "replacedBy": ("替代代码", "replaced by"),
    "validFrom": ("起始年份", "valid from"), "validTo": ("终止年份", "valid to"), "history": ("沿革", "history"),
  ]

  /// A value as shown: severities and statuses translated, anything else as written.
  func value(_ key: String, _ raw: String?) -> String? {
    guard let raw else { return nil }
    switch key {
    case "severity": return Severity(rawValue: raw)?.title.text(language) ?? raw
    case "value.status":
      return Parameter.Status(rawValue: raw).map { $0 == .adopted ? pick("已采纳", "adopted") : pick("暂定", "provisional") }
        ?? raw
    case "stricter": return raw == "higher" ? pick("越高越严", "higher") : raw == "lower" ? pick("越低越严", "lower") : raw
    default: return raw
    }
  }

  /// "Sichuan value", "四川取值".
  func profileField(_ profile: Profile, _ key: String) -> String {
    self.profile(profile) + (zh ? "" : " ") + field(key)
  }

  /// "label: " or "label：".
  func labelled(_ label: String) -> String { label + pick("：", ": ") }

  func profile(_ profile: Profile) -> String {
    zh ? profile.title.text(.zh) : profile.title.text(.en).prefix(1).uppercased() + profile.title.text(.en).dropFirst()
  }

  func severity(_ severity: Severity) -> String { severity.title.text(language) }

  /// "79 % (adopted; source: title, clause)", "73%（暂定；理由：…）": one profile's value of an added or removed
  /// parameter.
  func parameterValue(_ value: ParameterValueSummary) -> String {
    let unit = QuantityUnit.named(value.unit)?.symbol.text(language) ?? value.unit
    var text = zh ? "\(value.value)\(unit)（" : "\(value.value) \(unit) ("
    text += self.value("value.status", value.status.rawValue) ?? value.status.rawValue
    if !value.sources.isEmpty {
      let sources = value.sources.map { $0.text(language) }.joined(separator: pick("；", "; "))
      text += pick("；来源：", "; source: ") + sources
    }
    if let reason = value.reason { text += pick("；理由：", "; reason: ") + reason.text(language) }
    return text + pick("）", ")")
  }

  /// "警告: [SL027] …" / "warning: [SL027] …".
  func warning(_ warning: DiffWarning) -> String {
    pick("警告", "warning") + ": [\(warning.code)] " + warning.message.text(language)
  }

  // Section titles.
  var standardSection: String { pick("标准", "Standard") }
  var documentsSection: String { pick("规则文件", "Rule documents") }
  var addedSection: String { pick("新增规则", "Added") }
  var removedSection: String { pick("删除规则", "Removed") }
  var changedSection: String { pick("修改规则", "Changed") }
  var parametersSection: String { pick("参数", "Parameters") }
  var codelistsSection: String { pick("代码表", "Codelists") }
  var sourcesSection: String { pick("来源文件", "Source documents") }

  var addedMark: String { pick("新增", "added") }
  var removedMark: String { pick("删除", "removed") }
  var exampleAdded: String { pick("新增示例", "example added") }
  var exampleRemoved: String { pick("删除示例", "example removed") }
  var exampleRedescribed: String { pick("示例说明修改", "example description changed") }
  var codesAdded: String { pick("新增代码", "codes added") }
  var codesRemoved: String { pick("删除代码", "codes removed") }

  func codeCount(_ count: Int) -> String { pick("\(count) 个代码", "\(count) codes") }

  /// "规则：新增 1，删除 1，修改 3；参数：修改 1" — only the counts that are not zero.
  func summary(_ diff: StandardDiff) -> String {
    let sections: [(String, String, Int, Int, Int)] = [
      (
        "规则文件", "rule documents", diff.documents.added.count, diff.documents.removed.count, diff.documents.changed.count
      ),
      ("规则", "rules", diff.rules.added.count, diff.rules.removed.count, diff.rules.changed.count),
      ("参数", "parameters", diff.parameters.added.count, diff.parameters.removed.count, diff.parameters.changed.count),
      ("代码表", "codelists", diff.codelists.added.count, diff.codelists.removed.count, diff.codelists.changed.count),
      ("来源文件", "source documents", diff.sources.added.count, diff.sources.removed.count, diff.sources.changed.count),
    ]
    var parts = sections.compactMap { zhName, enName, added, removed, changed -> String? in
      let counts = [(pick("新增", "added"), added), (pick("删除", "removed"), removed), (pick("修改", "changed"), changed)]
        .filter { $0.1 > 0 }.map { zh ? "\($0.0) \($0.1)" : "\($0.1) \($0.0)" }
      guard !counts.isEmpty else { return nil }
      return zh ? "\(zhName)：" + counts.joined(separator: "，") : "\(enName): " + counts.joined(separator: ", ")
    }
    if !diff.namespaces.isEmpty {
      parts.insert(pick("命名空间：修改 \(diff.namespaces.count) 项", "namespaces: \(diff.namespaces.count) changed"), at: 0)
    }
    if !diff.manifest.isEmpty {
      parts.insert(pick("清单：修改 \(diff.manifest.count) 项", "manifest: \(diff.manifest.count) changed"), at: 0)
    }
    return parts.isEmpty ? noDifferences : parts.joined(separator: pick("；", "; "))
  }
}
