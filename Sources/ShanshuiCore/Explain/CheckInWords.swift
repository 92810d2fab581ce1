/// A check's declarative fields in plain words, for `explain`.
enum CheckInWords {
  static func describe(_ check: any RuleCheck, standard: Standard) -> LocalizedText {
    func bound(_ bound: Bound?, _ unit: QuantityUnit?, _ language: Language) -> String? {
      guard let bound else { return nil }
      switch bound {
      case .literal(let value):
        guard let unit else {
          return NumberFormat.format(value)
            + (language == .zh ? "（未注明单位：按数值本身量纲的基本单位）" : " (no unit: the base unit of the value's own dimension)")
        }
        let symbol = unit.symbol.text(language)
        return NumberFormat.format(value) + " " + (symbol.isEmpty ? unit.id : symbol)
      case .parameter(let id):
        let parameter = standard.parameters[id]
        let title = parameter?.title.text(language)
        let unit = parameter.map { $0.unit.symbol.text(language).isEmpty ? $0.unit.id : $0.unit.symbol.text(language) }
        return language == .zh
          ? "参数 \(id)" + (title.map { "（\($0)" + (unit.map { "，单位 \($0)" } ?? "") + "）" } ?? "")
          : "parameter \(id)" + (title.map { " (\($0)" + (unit.map { ", in \($0)" } ?? "") + ")" } ?? "")
      }
    }
    func limits(_ min: Bound?, _ max: Bound?, _ unit: QuantityUnit?) -> LocalizedText {
      LocalizedText(
        zh: [bound(min, unit, .zh).map { "不小于 \($0)" }, bound(max, unit, .zh).map { "不大于 \($0)" }].compactMap { $0 }.joined(separator: "、"),
        en: [bound(min, unit, .en).map { "at least \($0)" }, bound(max, unit, .en).map { "at most \($0)" }].compactMap { $0 }.joined(separator: " and "))
    }
    switch check {
    case let check as RequiredCheck:
      return LocalizedText(zh: "上下文节点下须有 \(check.path) 且不为空。", en: "\(check.path) must be present and not empty under the context node.")
    case let check as RangeCheck:
      let range = limits(check.min, check.max, check.unit)
      let dimension = check.unit?.dimension
        ?? check.parameterIDs.lazy.compactMap { standard.parameters[$0]?.unit.dimension }.first
      let kind = dimension.map {
        LocalizedText(zh: "（\($0.title.text(.zh))，以 \($0.unitList.text(.zh)) 表示；其他量纲的数值单独报告，不作比较）",
          en: " (\($0.title.text(.en)), stated in \($0.unitList.text(.en)); a value of another dimension is reported on its own, never compared)")
      } ?? LocalizedText(zh: "", en: "")
      return LocalizedText(
        zh: "\(check.path) 的数值\(kind.text(.zh))换算单位后须\(range.text(.zh))。",
        en: "The value of \(check.path)\(kind.text(.en)), after unit conversion, must be \(range.text(.en)).")
    case let check as CodelistCheck where check.isVersioned:
      let title = standard.codelists[check.list]?.title
      let version = check.versionPath.map { LocalizedText(zh: "按 \($0) 所示代码版本（缺省为现行版本）", en: "in the code version at \($0) (default: current)") }
        ?? LocalizedText(zh: "按现行代码版本", en: "in the current code version")
      let reported = CodelistCheck.Finding.allCases.filter(check.findings.contains).map { finding -> LocalizedText in
        switch finding {
        case .unknown: return LocalizedText(zh: "不存在的代码", en: "codes that do not exist")
        case .retired: return LocalizedText(zh: "已撤销的代码（给出现行替代代码和撤销年份）", en: "retired codes (naming the code in force now and the year)")
        case .name: return LocalizedText(zh: "与代码不符的名称（\(check.namePath?.description ?? "")）", en: "names (\(check.namePath?.description ?? "")) other than the code's")
        }
      }
      return LocalizedText(
        zh: "\(check.path) \(version.text(.zh))对照代码表 \(check.list)（\(title?.text(.zh) ?? "")），报告\(reported.map { $0.text(.zh) }.joined(separator: "、"))。",
        en: "\(check.path) is read \(version.text(.en)) against codelist \(check.list) (\(title?.text(.en) ?? "")), reporting \(reported.map { $0.text(.en) }.joined(separator: ", ")).")
    case let check as CodelistCheck:
      let title = standard.codelists[check.list]?.title
      return LocalizedText(
        zh: "\(check.path) 须是代码表 \(check.list)（\(title?.text(.zh) ?? "")）中的有效代码；已撤销的代码报告其替代代码。",
        en: "\(check.path) must be a current code of codelist \(check.list) (\(title?.text(.en) ?? "")); a retired code is reported with its replacement.")
    case let check as PatternCheck:
      return LocalizedText(zh: "\(check.path) 须整体匹配正则表达式 \(check.regex)。", en: "\(check.path) must match the regular expression \(check.regex) as a whole.")
    case let check as CountCheck:
      let range = limits(check.min, check.max, nil)
      return LocalizedText(zh: "\(check.path) 的个数须\(range.text(.zh))。", en: "The number of \(check.path) must be \(range.text(.en)).")
    case let check as SumCheck:
      let parts = check.parts.map(\.description).joined(separator: ", ")
      return LocalizedText(
        zh: "各部分（\(parts)）之和须等于 \(check.total)，允许误差 \(bound(check.tolerance, check.unit, .zh) ?? "0")。",
        en: "The parts (\(parts)) must add up to \(check.total), within \(bound(check.tolerance, check.unit, .en) ?? "0").")
    case let check as DatesCheck:
      let duration = bound(check.maxDuration, check.unit, .zh).map { "，且历时不超过 \($0)" } ?? ""
      let durationEN = bound(check.maxDuration, check.unit, .en).map { ", and last at most \($0)" } ?? ""
      return LocalizedText(
        zh: "\(check.end) 不得早于 \(check.start)\(duration)。", en: "\(check.end) must not be before \(check.start)\(durationEN).")
    case let check as AssertCheck:
      return LocalizedText(zh: "XPath 表达式须为真：\(check.test.source)", en: "The XPath test must be true: \(check.test.source)")
    default:
      return type(of: check).description.summary
    }
  }
}
