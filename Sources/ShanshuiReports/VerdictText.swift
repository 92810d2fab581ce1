import ShanshuiCore

/// The `--profile all` verdict matrix in text: one line per rule that fails somewhere, divergent rules marked.
enum VerdictText {
  static func lines(_ matrix: VerdictMatrix, file: String, language: Language) -> [String] {
    let failing = matrix.rows.filter { row in row.verdicts.values.contains(.fail) }
    let header = matrix.columns.map { pad(title($0, language), 8) }.joined(separator: " ")
    var lines = [
      language == .zh
        ? "\(file): 各标准下的判定（仅列出有不通过的规则）"
        : "\(file): verdicts under every profile (rules that fail somewhere)",
      "    " + pad(language == .zh ? "规则" : "rule", 12) + header,
    ]
    for row in failing {
      let cells = matrix.columns.map { pad(word(row.verdicts[$0] ?? .notApplicable, language), 8) }.joined(separator: " ")
      let mark = row.divergent ? (language == .zh ? "  ← 川渝判定不一致" : "  ← divergent") : ""
      lines.append("    " + pad(row.ruleID, 12) + cells + mark)
    }
    lines = lines.map { line in
      var trimmed = Substring(line)
      while trimmed.last == " " { trimmed = trimmed.dropLast() }
      return String(trimmed)
    }
    if failing.isEmpty { lines.append(language == .zh ? "    所有标准下均通过" : "    passes under every profile") }
    let divergent = matrix.divergentRules.count
    lines.append(language == .zh
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
    case .notApplicable: return language == .zh ? "不适用" : "n/a"
    }
  }

  /// Pads to a display width (CJK counts two columns), with at least one space.
  static func pad(_ text: String, _ width: Int) -> String {
    DisplayWidth.pad(text, to: max(width, DisplayWidth.of(text) + 1))
  }
}
