import ShanshuiCore

/// The formats of `shanshui explain`.
public enum ExplainFormat: String, Sendable, CaseIterable {
  case text, markdown, json

  public func render(_ explanation: RuleExplanation, language: Language) -> String {
    switch self {
    case .text: return ExplainText(explanation: explanation, language: language, markdown: false).render()
    case .markdown: return ExplainText(explanation: explanation, language: language, markdown: true).render()
    case .json: return JSONText.encode(ExplainJSON(explanation: explanation))
    }
  }
}

/// The explanation as versioned JSON (`formatVersion` 1, like every JSON shanshui writes), its fields at the top
/// level, texts in both languages.
struct ExplainJSON: Encodable {
  static let formatVersion = 1
  let explanation: RuleExplanation

  private enum CodingKeys: String, CodingKey { case formatVersion }

  func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(Self.formatVersion, forKey: .formatVersion)
    try explanation.encode(to: encoder)
  }
}

/// Text and Markdown share one layout: heading, facts, parameters per profile, examples.
struct ExplainText {
  let explanation: RuleExplanation
  let language: Language
  let markdown: Bool

  private func say(_ zh: String, _ en: String) -> String { language == .zh ? zh : en }
  /// A text from the standard, safe in the output: escaped for Markdown (no markup, heading or table row can be
  /// injected), on one line for text (no line can be faked).
  private func text(_ value: LocalizedText) -> String { safe(value.text(language)) }
  private func safe(_ value: String) -> String {
    markdown ? MarkupEscaping.markdown(value) : DiffTextRenderer.flat(value)
  }
  private func code(_ value: String) -> String {
    markdown ? DiffMarkdownRenderer.codeSpan(value) : DiffTextRenderer.flat(value)
  }

  func render() -> String {
    let rule = explanation
    var lines: [String] = []
    lines.append(markdown ? "# \(rule.id) — \(text(rule.title))" : "\(rule.id)  \(text(rule.title))")
    lines.append("")
    let facts: [(String, String)] = [
      (say("主题", "Theme"), "\(safe(rule.theme)) (\(text(rule.themeTitle)))"),
      (say("严重程度", "Severity"), text(rule.severity.title)),
      (
        say("适用项目类型", "Project types"),
        rule.projectTypes.isEmpty ? say("全部", "all") : safe(rule.projectTypes.joined(separator: ", "))
      ),
      (say("适用标准", "Profiles"), rule.profiles.map { text($0.title) }.joined(separator: ", ")),
      (
        say("适用资金渠道", "Programmes"),
        rule.programmes.isEmpty
          ? say("全部（不论资金渠道）", "all (whatever the programme)")
          : safe(rule.programmes.joined(separator: ", "))
            + say("（其他资金渠道或未声明资金渠道的申报：不适用）", " (n/a for a submission of another programme or none)")
      ),
      (say("检查对象", "Context"), code(rule.context)),
      (say("检查种类", "Check"), "\(code(rule.checkKind)): \(text(rule.checkDescription))"),
      (say("检查种类说明", "Check kind"), text(rule.checkSummary)),
      (say("消息", "Message"), text(rule.message)),
      (say("定义位置", "Defined in"), safe("\(rule.file):\(rule.line)")),
    ]
    var shown = facts
    if let layers = rule.layers {
      // Where the rule's layers come from; without one the rule is not checked, never passed.
      let roles = layers.map { layer in
        let fields = layer.fields.map { field in
          field.name + (field.required ? say("（必填）", " (required)") : "")
            + (field.codelist.map { say("，代码表 ", ", codelist ") + $0 } ?? "")
        }
        return code(layer.role) + " (" + text(layer.name)
          + (fields.isEmpty ? "" : "; " + safe(fields.joined(separator: ", ")))
          + ")"
      }
      shown.insert(
        (
          say("审查图层", "Reviewer layers"),
          roles.joined(separator: ", ")
            + say(
              "：以 --layer 角色=文件 提供，未提供时规则记为未检查", ": give with --layer ROLE=PATH; without it the rule is not checked")
        ), at: shown.count - 2)
    }
    for (label, value) in shown { lines.append(markdown ? "- **\(label)**: \(value)" : "  \(label): \(value)") }
    lines.append("")
    lines.append(heading(say("依据", "Why (sources)")))
    for source in rule.sources {
      let clause = source.clause.map { say("，条款：", ", clause: ") + safe($0) } ?? ""
      let quote = source.quote.map { say("，原文：“", ", text: “") + safe($0) + "”" } ?? ""
      lines.append(
        item(
          "\(text(source.title))\(clause)\(quote) [\(safe(source.document)), \(say("可信度", "confidence")) \(source.confidence)]"
        )
      )
    }
    lines.append("")
    lines.append(heading(say("参数", "Parameters")))
    if rule.parameters.isEmpty { lines.append(item(say("无", "none"))) }
    for parameter in rule.parameters { lines += self.parameter(parameter) }
    lines.append("")
    lines.append(heading(say("示例", "Examples")))
    for example in rule.examples { lines += self.example(example) }
    return lines.joined(separator: "\n") + "\n"
  }

  private func heading(_ title: String) -> String { markdown ? "## \(title)\n" : "\(title):" }
  private func item(_ value: String) -> String { markdown ? "- \(value)" : "  - \(value)" }

  private func parameter(_ parameter: RuleExplanation.ParameterUse) -> [String] {
    let stricter = parameter.stricter == .higher ? say("越高越严", "higher is stricter") : say("越低越严", "lower is stricter")
    var lines = [
      markdown
        ? "### \(code(parameter.id)) — \(text(parameter.title))\n\n\(say("单位", "Unit")) \(parameter.unit); \(stricter)\n"
        : "  \(parameter.id)  \(text(parameter.title)) (\(say("单位", "unit")) \(parameter.unit), \(stricter))"
    ]
    if markdown {
      lines.append(say("| 标准 | 取值 | 状态 | 来源或理由 |", "| Profile | Value | Status | Source or reason |"))
      lines.append("|---|---|---|---|")
    }
    let rows = parameter.values.map { [text($0.profile.title), amount($0, parameter), status($0), basis($0)] }
    // Text columns line up by display width (a CJK character takes two cells); the last column is free.
    let widths = (0..<3).map { column in rows.map { DisplayWidth.of($0[column]) }.max() ?? 0 }
    for cells in rows {
      lines.append(
        markdown
          ? "| " + cells.joined(separator: " | ") + " |"
          : "    " + (0..<3).map { DisplayWidth.pad(cells[$0], to: widths[$0]) }.joined(separator: "  ") + "  "
            + cells[3])
    }
    if markdown { lines.append("") }
    return lines
  }

  private func amount(_ value: RuleExplanation.Value, _ parameter: RuleExplanation.ParameterUse) -> String {
    guard let number = value.value else { return "—" }
    let symbol = parameter.unitSymbol.text(language)
    let formatted = number == number.rounded() && abs(number) < 1e15 ? String(Int64(number)) : String(number)
    return symbol.isEmpty ? formatted : formatted + (symbol == "%" ? "" : " ") + symbol
  }

  private func status(_ value: RuleExplanation.Value) -> String {
    guard let status = value.status else { return say("不适用", "does not apply") }
    let name = status == .adopted ? say("已采纳", "adopted") : say("暂定", "provisional")
    guard let province = value.fallbackFrom else { return name }
    return say("未统一，暂按\(text(province.title))值（\(name)）", "not unified: \(text(province.title))'s value (\(name))")
  }

  private func basis(_ value: RuleExplanation.Value) -> String {
    if let reason = value.reason { return say("理由：", "reason: ") + text(reason) }
    let sources = value.sources.map(text).joined(separator: "; ")
    return sources.isEmpty ? "" : say("来源：", "source: ") + sources
  }

  private func example(_ example: RuleExplanation.Example) -> [String] {
    let outcome = example.outcome == "pass" ? say("应通过", "passes") : say("应失败", "fails")
    let description = example.description.map { ": " + text($0) } ?? ""
    var lines = [
      markdown
        ? "\(example.number). \(outcome) (\(say("标准", "profile")) \(example.profile))\(description)"
        : "  \(example.number). \(outcome) (\(say("标准", "profile")) \(example.profile))\(description)"
    ]
    for edit in example.edits.map({ $0.text(language) }) {
      lines.append(markdown ? "   - \(code(edit))" : "       \(safe(edit))")
    }
    return lines
  }
}
