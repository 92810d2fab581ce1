import ShanshuiCore

/// What a check verifies, in plain words, from its declaration: "each value of `area` must be at least 1 ha".
enum CheckWording {
  static func describe(_ check: CheckDeclaration, terms: DocTerms, language: Language) -> [DocInline] {
    let zh = language == .zh
    let path = check.value("path").map { [DocInline.code($0)] } ?? []
    // "each value of `area`"; the context node itself (`.`) reads better named.
    let values: [DocInline] = check.value("path") == "."
      ? [.text(zh ? "选中节点的值" : "the selected node's value")]
      : zh ? path + [.text(" 的每个值")] : [.text("each value of ")] + path
    let unit = check.value("unit").flatMap(QuantityUnit.named)
    func bound(_ name: String) -> [DocInline]? {
      guard let value = check.value(name) else { return nil }
      if value.hasPrefix("$") { return [.text(zh ? "参数 " : "parameter "), .code(String(value.dropFirst()))] }
      // A number without a unit reads in the base unit of the value's own dimension (E213): say so, never guess one.
      guard let unit else {
        // A count is a number of nodes, not a quantity.
        return [.text(check.kind == "count" ? value : value + (zh ? "（未注明单位，E213）" : " (no unit stated, E213)"))]
      }
      let symbol = unit.symbol.text(language)
      return [.text("\(value) \(symbol.isEmpty ? unit.id : symbol)")]
    }
    func limits(_ atLeast: (String, String), _ atMost: (String, String)) -> [DocInline] {
      let parts = [bound("min").map { [.text(zh ? atLeast.0 : atLeast.1)] + $0 },
                   bound("max").map { [.text(zh ? atMost.0 : atMost.1)] + $0 }].compactMap { $0 }
      return [DocInline].joined(parts, separator: [.text(zh ? "、" : " and ")])
    }
    switch check.kind {
    case "required":
      return path + [.text(zh ? " 须存在且不为空" : " must be present and not empty")]
    case "range":
      return values + [.text(zh ? "（换算单位后）须" : " must be, after unit conversion, ")]
        + limits(("不小于 ", "at least "), ("不大于 ", "at most "))
    case "codelist" where check.value("version") != nil || check.value("findings") != nil:
      // The findings the rule reports, in the version the submission states.
      let findings = Set((check.value("findings") ?? "unknown retired").split(separator: " ").map(String.init))
      var words = values + [.text(zh ? " 对照代码表 " : " is read against codelist "), .code(check.value("list") ?? "")]
      if let version = check.value("version") {
        words += [.text(zh ? "（按 " : " in the code version at "), .code(version), .text(zh ? " 所示代码版本，缺省为现行版本）" : " (default: current)")]
      }
      var reported: [String] = []
      if findings.contains("unknown") { reported.append(zh ? "不存在的代码" : "codes that do not exist") }
      if findings.contains("retired") { reported.append(zh ? "已撤销的代码（给出现行替代代码和年份）" : "retired codes (naming the code in force and the year)") }
      if findings.contains("name") { reported.append(zh ? "与代码不符的名称" : "names that do not match the code") }
      words.append(.text((zh ? "，报告" : ", reporting ") + reported.joined(separator: zh ? "、" : ", ")))
      if findings.contains("name"), let name = check.value("name") {
        words += [.text(zh ? "（名称见 " : " (the name at "), .code(name), .text(zh ? "）" : ")")]
      }
      return words
    case "codelist":
      return values + [.text(zh ? "须为代码表 " : " must be a current code of codelist ")]
        + [.code(check.value("list") ?? "")] + [.text(zh ? " 中的现行代码" : "")]
    case "pattern":
      return values + [.text(zh ? "须完整匹配正则表达式 " : " must match in full the regular expression ")]
        + [.code(check.value("regex") ?? "")]
    case "count":
      return [.text(zh ? "" : "the number of ")] + path + [.text(zh ? " 的个数须" : " must be ")]
        + limits(("不少于 ", "at least "), ("不多于 ", "at most "))
    case "sum":
      let parts = [DocInline].joined(check.fields.filter { $0.name == "part" }.map { [.code($0.value)] }, separator: [.text(zh ? "、" : ", ")])
      let tolerance = check.value("tolerance") == "0" ? nil : bound("tolerance")
      return [.text(zh ? "各部分 " : "the parts ")] + parts + [.text(zh ? " 之和须等于 " : " must add up to ")]
        + [.code(check.value("total") ?? "")]
        + (tolerance.map { [.text(zh ? "（允差 " : " (within ")] + $0 + [.text(zh ? "）" : ")")] } ?? [.text(zh ? "（精确相等）" : " exactly")])
    case "dates":
      var words: [DocInline] = [.code(check.value("end") ?? ""), .text(zh ? " 不得早于 " : " must not be before "),
                                .code(check.value("start") ?? "")]
      if let duration = bound("maxDuration") {
        words += [.text(zh ? "，且期限不超过 " : ", and the duration must be at most ")] + duration
      }
      return words
    case "assert":
      return [.text(zh ? "XPath 表达式 " : "the XPath expression ")] + [.code(check.value("test") ?? "")]
        + [.text(zh ? " 须为真" : " must be true")]
    default:
      let fields = check.fields.map { "\($0.name)=\"\($0.value)\"" }.joined(separator: " ")
      return [.text(zh ? "检查 " : "check "), .code("\(check.kind) \(fields)")]
    }
  }
}
