import ShanshuiCore

/// Compiler-style text: `file:line: error: [SS-FUN-001] message [profile]`, notes indented below, one summary line.
public struct TextReporter: StreamingRenderer {
  public static let identifier = "text"
  public static let usesColor = true

  public static func render(_ report: Report, to output: (String) -> Void) {
    render(report, colored: report.colored, to: output)
  }

  public static func render(_ report: Report, colored: Bool) -> String {
    var text = ""
    render(report, colored: colored) { text += $0 }
    return text
  }

  /// Writes the report line by line, each line with its newline, so that no copy of the whole report is made.
  public static func render(_ report: Report, colored: Bool, to output: (String) -> Void) {
    let language = report.language
    func emit(_ line: String) { output(line + "\n") }
    for diagnostic in report.standardDiagnostics + report.layerDiagnostics {
      emit(line(diagnostic, language: language, colored: colored))
    }
    for source in report.layerSources {
      emit(TerminalText.visible(SpatialReportText.source(source, language: language)))
    }
    // Once per report: it reads every file (asked per file, it made a 20,000-file report quadratic).
    let namesVersionPerFile = report.namesVersionPerFile
    for file in report.files {
      for diagnostic in file.diagnostics {
        emit(line(diagnostic, language: language, colored: colored))
      }
      for finding in file.findings {
        lines(finding, language: language, colored: colored).forEach(emit)
      }
      for rule in file.notChecked {
        emit(notCheckedLine(rule, language: language, colored: colored))
      }
      if let verdicts = file.verdicts {
        VerdictText.lines(verdicts, file: file.path, language: language).forEach(emit)
      }
      if let choice = file.judgedBy, namesVersionPerFile {
        emit(versionLine(file.path, choice, language: language))
      }
    }
    for suppression in report.suppressions {
      emit(suppressionLine(suppression, report: report))
    }
    emit(summaryLine(report))
  }

  static func line(_ diagnostic: Diagnostic, language: Language, colored: Bool) -> String {
    CompilerStyleLine.text(
      at: diagnostic.location, label: paint(CompilerStyleLine.severityLabel(.error, language), .red, colored),
      code: diagnostic.code.rawValue, message: diagnostic.message.text(language))
  }

  static func lines(_ finding: Finding, language: Language, colored: Bool) -> [String] {
    let color: ANSI = finding.severity == .error ? .red : finding.severity == .warning ? .yellow : .blue
    let label = paint(CompilerStyleLine.severityLabel(finding.severity, language), color, colored)
    var lines = [
      CompilerStyleLine.text(
        at: finding.location, label: label, code: finding.ruleID, message: finding.message.text(language),
        lineBreaks: .escaped, suffix: finding.profile.title.text(language))
    ]
    if let parameter = finding.parameter {
      lines.append("    " + ParameterText.describe(parameter, language: language))
    }
    if let spatial = finding.spatial {
      lines.append("    " + TerminalText.visible(SpatialReportText.detail(spatial, language: language)))
    }
    for note in finding.notes {
      lines.append("    " + (language == .zh ? "注：" : "note: ") + TerminalText.visible(note.text(language)))
    }
    return lines
  }

  /// `fixtures/a.xml:45: 未检查: [SS-GEO-005] 未提供图层 … [重庆]`: a rule that applied but was not judged.
  static func notCheckedLine(_ rule: NotCheckedRule, language: Language, colored: Bool) -> String {
    CompilerStyleLine.text(
      at: rule.location, label: paint(language == .zh ? "未检查" : "not checked", .blue, colored), code: rule.ruleID,
      message: SpatialReportText.notChecked(rule, language: language, labelled: true), lineBreaks: .escaped,
      suffix: rule.profile.title.text(language))
  }

  static func summaryLine(_ report: Report) -> String {
    let summary = report.summary
    if !report.standardDiagnostics.isEmpty {
      let count = report.standardDiagnostics.count
      if report.standardDiagnostics.allSatisfy({ $0.code == .layerRoleUnknown }) {
        return report.language == .zh
          ? "--layer 或配置 layers: 给出了标准未声明的图层角色（\(count) 处），未检查任何文件"
          : "--layer or the configuration's layers: names a layer role the standard does not declare (\(count)): no file was checked"
      }
      if report.standardDiagnostics.allSatisfy({ $0.code == .configurationInvalid || $0.code == .baselineInvalid }) {
        return report.language == .zh
          ? "配置或基线无效（\(count) 处问题），未检查任何文件"
          : "the configuration or baseline is invalid (\(count) \(EnglishPlural.word(count, "problem"))): no file was checked"
      }
      return report.language == .zh
        ? "标准无法加载（\(count) 处问题），未检查任何文件"
        : "the standard could not be loaded (\(count) \(EnglishPlural.word(count, "problem"))): no file was checked"
    }
    let id = report.standard?.id ?? "?"
    let versions = report.versionsUsed
    if report.language == .zh {
      let against =
        versions.count <= 1
        ? "\(id) \(versions.first?.version ?? "?")（\(versions.first?.effective ?? "?") 起施行）"
        : "\(id) "
          + versions.map { "\($0.version)（\($0.effective) 起施行，\($0.files) 个文件）" }.joined(separator: "、")
      var text =
        "依据 \(against)检查 \(summary.files) 个文件：错误 \(summary.errors)，警告 \(summary.warnings)，提示 \(summary.infos)"
      if summary.suppressed > 0 { text += "；已抑制 \(summary.suppressed) 条" }
      if report.rulesNotChecked > 0 { text += "；\(report.rulesNotChecked) 条规则未检查" }
      if summary.toolErrors > 0 {
        // The problems are counted too, so "错误 0" is never the last word under an error line.
        text += "；输入问题 \(summary.toolErrors)"
        if summary.notChecked > 0 { text += "（\(summary.notChecked) 个文件无法完整检查）" }
      } else if summary.notChecked > 0 {
        text += "；\(summary.notChecked) 个文件无法（完整）检查"
      }
      return text
    }
    let against =
      versions.count <= 1
      ? "\(id) \(versions.first?.version ?? "?") (effective \(versions.first?.effective ?? "?"))"
      : "\(id) "
        + versions.map {
          "\($0.version) (effective \($0.effective); \($0.files) \(EnglishPlural.word($0.files, "file")))"
        }
        .joined(separator: " and ")
    var text =
      "\(summary.files) \(summary.files == 1 ? "file" : "files") checked against \(against): "
      + "\(summary.errors) \(EnglishPlural.word(summary.errors, "error")), \(summary.warnings) \(EnglishPlural.word(summary.warnings, "warning")), \(summary.infos) info"
    if summary.suppressed > 0 { text += "; \(summary.suppressed) suppressed" }
    if report.rulesNotChecked > 0 {
      text += "; \(report.rulesNotChecked) \(EnglishPlural.word(report.rulesNotChecked, "rule")) not checked"
    }
    if summary.toolErrors > 0 {
      text += "; \(summary.toolErrors) input \(EnglishPlural.word(summary.toolErrors, "problem"))"
      if summary.notChecked > 0 {
        text +=
          " (\(summary.notChecked) \(EnglishPlural.word(summary.notChecked, "file")) could not be checked completely)"
      }
    } else if summary.notChecked > 0 {
      text += "; \(summary.notChecked) could not be checked"
    }
    return text
  }

  /// `fixtures/a.xml: judged by 0.1.0 (effective 2021-11-10): the call year of programme central-ssw, …`
  static func versionLine(_ path: String, _ choice: VersionChoice, language: Language) -> String {
    TerminalText.visible(path + (language == .zh ? "：判定版本 " : ": judged by ") + choice.summary.text(language))
  }

  /// `suppressed: SS-RIV-001 (inline comment, fixtures/a.xml:12): 2 findings; reason: …`
  static func suppressionLine(_ suppression: Suppression, report: Report) -> String {
    let zh = report.language == .zh
    let kind: String
    switch suppression.kind {
    case .disabled: kind = zh ? "配置停用" : "disabled in configuration"
    case .severity:
      kind = (zh ? "配置改为" : "severity changed to ") + (suppression.newSeverity?.title.text(report.language) ?? "?")
    case .inline: kind = zh ? "文件内注释" : "inline comment"
    case .baseline: kind = zh ? "基线" : "baseline"
    }
    let place =
      suppression.file.map { ", " + report.relativePath($0) + (suppression.line.map { ":\($0)" } ?? "") } ?? ""
    let rule = suppression.ruleID ?? (zh ? "基线" : "baseline")
    let status: String
    switch suppression.status {
    case .applied:
      status =
        zh ? "\(suppression.count) 条" : "\(suppression.count) \(EnglishPlural.word(suppression.count, "finding"))"
    case .unused: status = zh ? "未匹配任何结果" : "matched nothing"
    case .rejected: status = zh ? "无效：缺少规则编号或理由，未生效" : "rejected: no rule id or no reason"
    case .requested:
      status =
        zh
        ? "申请豁免，未生效（涉及 \(suppression.count) 条，结果保留）"
        : "waiver requested, not applied (covers \(suppression.count), findings kept)"
    case .stale:
      status = zh ? "过期条目（\(suppression.reason)），未匹配任何结果" : "stale entry (\(suppression.reason)), matched nothing"
    case .refused:
      status =
        zh
        ? "不可豁免：规则来源为法律法规（涉及 \(suppression.count) 条，结果保留）"
        : "refused: the rule cannot be waived, its source is a law or regulation (covers \(suppression.count), findings kept)"
    case .denied:
      status =
        zh
        ? "豁免申请被拒绝（涉及 \(suppression.count) 条，结果保留）"
        : "waiver denied (covers \(suppression.count), findings kept)"
    }
    let reason =
      suppression.kind == .baseline || suppression.reason.isEmpty
      ? "" : (zh ? "；理由：" : "; reason: ") + TerminalText.visible(suppression.reason)
    let request = [.requested, .denied, .refused].contains(suppression.status)
    let prefix =
      request
      ? (zh ? "豁免申请：" : "waiver request: ")
      : suppression.status == .stale ? (zh ? "基线过期：" : "stale baseline: ") : (zh ? "抑制：" : "suppressed: ")
    return prefix + "\(rule) (\(kind)\(place)): \(status)\(reason)"
  }

  enum ANSI: String {
    case red = "31"
    case yellow = "33"
    case blue = "34"
  }

  static func paint(_ text: String, _ color: ANSI, _ colored: Bool) -> String {
    colored ? "\u{1B}[1;\(color.rawValue)m\(text)\u{1B}[0m" : text
  }
}

/// How a parameter that decided a finding is described to people.
enum ParameterText {
  static func describe(_ parameter: Finding.ParameterUse, language: Language) -> String {
    let unit = QuantityUnit.named(parameter.unit)?.symbol.text(language) ?? parameter.unit
    let from = parameter.valueFrom.title.text(language)
    let status = language == .zh ? (parameter.status == .adopted ? "已采纳" : "暂定") : parameter.status.rawValue
    var text =
      language == .zh
      ? "参数 \(parameter.id) = \(format(parameter.value))\(unit)（\(from)，\(status)"
      : "parameter \(parameter.id) = \(format(parameter.value)) \(unit) (\(from), \(status)"
    if let source = parameter.sources.first?.text(language) {
      text += language == .zh ? "；来源：\(source)" : "; source: \(source)"
    }
    if let reason = parameter.reason {
      text += language == .zh ? "；理由：\(reason.text(.zh))" : "; reason: \(reason.text(.en))"
    }
    return text + (language == .zh ? "）" : ")")
  }

  static func format(_ value: Double) -> String {
    value.isFinite && value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : String(value)
  }
}
