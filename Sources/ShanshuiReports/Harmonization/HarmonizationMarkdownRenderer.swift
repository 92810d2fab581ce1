import ShanshuiCore

/// A GitHub-flavoured Markdown page: a heading, the summary as a list, and one table row per parameter with its
/// sources or reasons. Text from the standard is escaped: Markdown punctuation with `\`, `<`, `>` and `&` as
/// entities, line breaks as `<br>`, so no cell can break the table or inject markup.
public struct HarmonizationMarkdownRenderer: HarmonizationRenderer {
  /// The `--format` name.
  public static let identifier = "markdown"

  /// The whole comparison in this format.
  public static func render(_ report: HarmonizationReport) -> String {
    let terms = HarmonizationTerms(language: report.language)
    let comparison = report.comparison
    var lines = ["# " + escape(terms.title), "", escape(terms.standardLine(comparison.standard)), ""]
    lines.append("## " + escape(terms.summaryHeader))
    lines.append("")
    lines.append(contentsOf: terms.summaryItems(comparison.summary).map { "- " + escape($0) })
    if report.onlyDiffering {
      lines.append("")
      lines.append(escape(terms.filterNote(shown: comparison.rows.count, of: comparison.summary.parameters)))
    }
    lines.append("")
    let header = [
      terms.parameterHeader, terms.titleHeader, terms.unitHeader, terms.directionHeader,
      terms.profileHeader(.chongqing), terms.profileHeader(.sichuan), terms.stricterHeader,
      terms.profileHeader(.unified), terms.sourcesHeader, terms.rulesHeader,
    ]
    lines.append(tableLine(header.map(escape)))
    lines.append(tableLine(header.map { _ in "---" }))
    for row in comparison.rows {
      let cells = [
        "`" + codeSpan(row.id) + "`", escape(row.title.text(terms.language)), escape(terms.unit(row.unit)),
        escape(terms.direction(row.direction)), escape(terms.valueCell(row.chongqing)),
        escape(terms.valueCell(row.sichuan)), escape(terms.stricter(row.stricterProvince)),
        escape(terms.unifiedCell(row)),
        (terms.valueLines(row) + [terms.appliedSentence(row)]).map(escape).joined(separator: "<br>"),
        escape(terms.rules(row)),
      ]
      lines.append(tableLine(cells))
    }
    return lines.joined(separator: "\n") + "\n"
  }

  static func tableLine(_ cells: [String]) -> String { "| " + cells.joined(separator: " | ") + " |" }

  /// Text safe in a Markdown paragraph or table cell.
  static func escape(_ text: String) -> String { MarkupEscaping.markdown(text) }

  /// A parameter id inside a code span: ids are `[a-z0-9-]`, but anything that could end the span or the cell is
  /// replaced all the same.
  static func codeSpan(_ text: String) -> String {
    String(text.map { "`|\n\r".contains($0) ? "?" : $0 })
  }
}
