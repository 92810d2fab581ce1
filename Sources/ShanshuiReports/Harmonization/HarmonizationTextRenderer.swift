import ShanshuiCore

/// A terminal table (columns padded by display width, so 汉字 count two), then each parameter's title, sources or
/// reasons, and the unification summary last. Control characters in the standard's texts are shown as escapes.
public struct HarmonizationTextRenderer: HarmonizationRenderer {
  /// The `--format` name.
  public static let identifier = "text"

  /// The whole comparison in this format.
  public static func render(_ report: HarmonizationReport) -> String {
    let terms = HarmonizationTerms(language: report.language)
    let comparison = report.comparison
    var lines = [terms.title, terms.standardLine(comparison.standard)]
    if report.onlyDiffering {
      lines.append(terms.filterNote(shown: comparison.rows.count, of: comparison.summary.parameters))
    }
    lines.append("")
    lines.append(contentsOf: table(comparison.rows, terms))
    for row in comparison.rows {
      lines.append("")
      lines.append(contentsOf: details(row, terms))
    }
    lines.append("")
    lines.append(terms.summaryLine(comparison.summary))
    // Cells are escaped before they are measured; this catches the rest (the standard's id and version).
    return lines.map(TerminalText.visible).joined(separator: "\n") + "\n"
  }

  /// The aligned table: a header, a rule of dashes, one line per parameter.
  static func table(_ rows: [ParameterComparison.Row], _ terms: HarmonizationTerms) -> [String] {
    let header = [
      terms.parameterHeader, terms.unitHeader, terms.profileHeader(.chongqing), terms.profileHeader(.sichuan),
      terms.stricterHeader, terms.profileHeader(.unified), terms.rulesHeader,
    ]
    let cells = rows.map { row in
      [
        row.id, terms.unit(row.unit), terms.valueCell(row.chongqing), terms.valueCell(row.sichuan),
        terms.stricter(row.stricterProvince), terms.unifiedCell(row), terms.rules(row),
      ].map(TerminalText.visible)
    }
    let all = [header] + cells
    let widths = header.indices.map { column in all.map { DisplayWidth.of($0[column]) }.max() ?? 0 }
    func line(_ cells: [String]) -> String {
      let padded = cells.enumerated().map { index, cell in
        index == cells.count - 1 ? cell : DisplayWidth.pad(cell, to: widths[index])
      }
      return padded.joined(separator: "  ")
    }
    return [line(header), line(widths.map { String(repeating: "-", count: $0) })] + cells.map(line)
  }

  /// "id  title  (maximum: lower is stricter)", then one indented line per stated value and one for the unified profile.
  static func details(_ row: ParameterComparison.Row, _ terms: HarmonizationTerms) -> [String] {
    let head =
      "\(TerminalText.visible(row.id))  \(TerminalText.visible(row.title.text(terms.language)))"
      + terms.pick("（\(terms.direction(row.direction))）", "  (\(terms.direction(row.direction)))")
    let values = terms.valueLines(row).map { "    " + TerminalText.visible($0) }
    return [head] + values + ["    " + TerminalText.visible(terms.appliedSentence(row))]
  }
}
