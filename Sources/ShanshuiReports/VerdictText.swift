import ShanshuiCore

/// The `--profile all` verdict matrix in text: one line per rule that fails somewhere, divergent rules marked.
enum VerdictText {
  static func lines(_ matrix: VerdictMatrix, file: String, language: Language) -> [String] {
    let shown = matrix.rows.filter { row in row.verdicts.values.contains { $0.reported || $0 == .error } }
    // Each column as wide as its widest cell, so that both languages line up.
    let ruleWidth =
      max(DisplayWidth.of(language == .zh ? "规则" : "rule"), shown.map { DisplayWidth.of($0.ruleID) }.max() ?? 0) + 2
    let widths = matrix.columns.map { column in
      max(
        DisplayWidth.of(title(column, language)),
        shown.map { DisplayWidth.of(word($0.verdicts[column] ?? .notApplicable, language)) }.max() ?? 0) + 2
    }
    var lines = [
      language == .zh
        ? "\(file): 各标准下的判定（仅列出有结果的规则）"
        : "\(file): verdicts under every profile (rules with a finding somewhere)",
      "    " + pad(language == .zh ? "规则" : "rule", ruleWidth)
        + zip(matrix.columns, widths).map { pad(title($0, language), $1) }.joined(),
    ]
    for row in shown {
      let cells = zip(matrix.columns, widths).map { pad(word(row.verdicts[$0] ?? .notApplicable, language), $1) }
        .joined()
      let mark = row.divergent ? (language == .zh ? "← 川渝判定不一致" : "← divergent") : ""
      lines.append("    " + pad(row.ruleID, ruleWidth) + cells + mark)
    }
    lines = lines.map { line in
      var trimmed = Substring(line)
      while trimmed.last == " " { trimmed = trimmed.dropLast() }
      return String(trimmed)
    }
    if shown.isEmpty { lines.append(language == .zh ? "    所有标准下均无结果" : "    no finding under any profile") }
    let divergent = matrix.divergentRules.count
    lines.append(
      language == .zh
        ? "    川渝判定不一致的规则：\(divergent) 条"
        : "    rules whose Chongqing and Sichuan verdicts diverge: \(divergent)")
    return lines
  }

  static func title(_ column: VerdictMatrix.Column, _ language: Language) -> String {
    switch column {
    case .auto: return language == .zh ? "按单元" : "per unit"
    default: return Profile(rawValue: column.rawValue)?.title.text(language) ?? column.rawValue
    }
  }

  static func word(_ verdict: VerdictMatrix.Verdict, _ language: Language) -> String {
    switch verdict {
    case .pass: return language == .zh ? "通过" : "pass"
    case .fail: return language == .zh ? "不通过" : "FAIL"
    case .warn: return language == .zh ? "警告" : "warn"
    case .notApplicable: return language == .zh ? "不适用" : "n/a"
    case .error: return language == .zh ? "出错" : "error"
    }
  }

  /// Pads to a display width (CJK counts two columns), with at least one space.
  static func pad(_ text: String, _ width: Int) -> String {
    DisplayWidth.pad(text, to: max(width, DisplayWidth.of(text) + 1))
  }
}
