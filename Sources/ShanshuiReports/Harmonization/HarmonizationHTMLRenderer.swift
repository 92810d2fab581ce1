import ShanshuiCore

/// One self-contained HTML page: inline style, no script, no external resource (a Content-Security-Policy forbids
/// any), the summary with a progress bar, and the table. Every text is escaped.
public struct HarmonizationHTMLRenderer: HarmonizationRenderer {
  /// The `--format` name.
  public static let identifier = "html"

  /// The whole comparison in this format.
  public static func render(_ report: HarmonizationReport) -> String {
    let terms = HarmonizationTerms(language: report.language)
    let comparison = report.comparison
    let summary = comparison.summary
    var html = """
      <!DOCTYPE html>
      <html lang="\(report.language == .zh ? "zh-CN" : "en")">
      <head>
      <meta charset="utf-8">
      <meta name="viewport" content="width=device-width, initial-scale=1">
      <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
      <title>\(escape(terms.title))</title>
      <style>\(style)</style>
      </head>
      <body>
      <h1>\(escape(terms.title))</h1>
      <p class="standard">\(escape(comparison.standard.title.text(report.language))) · \(escape(terms.standardLine(comparison.standard)))</p>
      <section class="summary">
      <h2>\(escape(terms.summaryHeader))</h2>
      \(progress(summary, terms))
      <ul>\n
      """
    html += terms.summaryItems(summary).map { "<li>\(escape($0))</li>\n" }.joined()
    html += "</ul>\n"
    if report.onlyDiffering {
      html +=
        "<p class=\"filter\">\(escape(terms.filterNote(shown: comparison.rows.count, of: summary.parameters)))</p>\n"
    }
    html += "</section>\n<table>\n<thead><tr>"
    let header = [
      terms.parameterHeader, terms.unitHeader, terms.profileHeader(.chongqing), terms.profileHeader(.sichuan),
      terms.stricterHeader, terms.profileHeader(.unified), terms.sourcesHeader, terms.rulesHeader,
    ]
    html += header.map { "<th scope=\"col\">\(escape($0))</th>" }.joined()
    html += "</tr></thead>\n<tbody>\n"
    html += comparison.rows.map { row($0, terms) }.joined()
    html += "</tbody>\n</table>\n"
    html += "<footer>shanshui \(escape(report.toolVersion))</footer>\n</body>\n</html>\n"
    return html
  }

  static func row(_ row: ParameterComparison.Row, _ terms: HarmonizationTerms) -> String {
    let differs = row.differs ? " class=\"differs\"" : ""
    var cells =
      "<th scope=\"row\"><code>\(escape(row.id))</code><div class=\"title\">"
      + "\(escape(row.title.text(terms.language)))</div><div class=\"direction\">\(escape(terms.direction(row.direction)))</div></th>"
    cells += "<td>\(escape(terms.unit(row.unit)))</td>"
    for profile in Profile.provinces {
      cells += valueCell(row.value(profile), terms)
    }
    cells += "<td class=\"stricter\">\(escape(terms.stricter(row.stricterProvince)))</td>"
    cells += "<td class=\"unification \(row.unification.rawValue)\">\(escape(terms.unifiedCell(row)))</td>"
    let notes = terms.valueLines(row) + [terms.appliedSentence(row)]
    cells += "<td class=\"sources\"><ul>" + notes.map { "<li>\(escape($0))</li>" }.joined() + "</ul></td>"
    cells += "<td class=\"rules\">" + row.ruleIDs.map { "<code>\(escape($0))</code>" }.joined(separator: " ") + "</td>"
    return "<tr\(differs)>\(cells)</tr>\n"
  }

  static func valueCell(_ value: ParameterComparison.Value?, _ terms: HarmonizationTerms) -> String {
    guard let value else { return "<td class=\"absent\">—</td>" }
    return "<td class=\"\(value.status.rawValue)\">\(escape(terms.number(value.number)))"
      + "<span class=\"status\">\(escape(terms.status(value.status)))</span></td>"
  }

  /// A bar: the share of parameters with an agreed unified value, then provisional ones.
  static func progress(_ summary: ParameterComparison.Summary, _ terms: HarmonizationTerms) -> String {
    let total = max(summary.parameters, 1)
    let agreed = summary.unifiedAgreed * 100 / total
    let provisional = summary.unifiedProvisional * 100 / total
    let label = terms.pick("统一值已议定", "unified value agreed") + " \(summary.unifiedAgreed) / \(summary.parameters)"
    return "<div class=\"bar\" role=\"img\" aria-label=\"\(escape(label))\">"
      + "<span class=\"agreed\" style=\"width: \(agreed)%\"></span>"
      + "<span class=\"provisional\" style=\"width: \(provisional)%\"></span></div>"
  }

  /// Text safe in element content and in quoted attribute values.
  static func escape(_ text: String) -> String { MarkupEscaping.html(text) }

  static let style = """
    body{font:15px/1.5 system-ui,-apple-system,"PingFang SC","Noto Sans CJK SC","Microsoft YaHei",sans-serif;\
    margin:2rem auto;max-width:96rem;padding:0 1rem;color:#1d2125;background:#fff}
    h1{font-size:1.5rem;margin:0 0 .25rem}h2{font-size:1.15rem}.standard,footer{color:#5c6670}
    .bar{display:flex;height:.75rem;max-width:32rem;background:#e3e7ea;border-radius:.375rem;overflow:hidden}
    .bar .agreed{background:#2e7d4f}.bar .provisional{background:#d9a21b}
    table{border-collapse:collapse;width:100%;margin-top:1rem}
    th,td{border:1px solid #d5dade;padding:.4rem .5rem;vertical-align:top;text-align:left}
    thead th{background:#eef1f3;position:sticky;top:0}
    tr.differs{background:#fff8e6}.title{font-weight:400}.direction,.status{color:#5c6670;font-size:.85em}
    .status{display:block}.provisional .status{color:#9a6b00}.absent{color:#8a949c;text-align:center}
    .unification.missing{color:#a3321f}.unification.agreed{color:#2e7d4f}
    .sources ul{margin:0;padding-left:1.1rem}.sources{font-size:.9em;max-width:40rem}
    code{font-family:ui-monospace,SFMono-Regular,Menlo,monospace;font-size:.9em}footer{margin-top:1.5rem}
    """
}
