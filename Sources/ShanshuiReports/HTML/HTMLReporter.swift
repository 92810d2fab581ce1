import ShanshuiCore

/// One self-contained HTML page for people: summary counts by severity, theme and profile; filters; each file's
/// findings with the offending source line; for cross-border projects the Chongqing / Sichuan / unified results side
/// by side; every suppression with its reason.
///
/// No network access and no external asset: styles and the small filter script are inline, and a Content Security
/// Policy forbids loading anything else. All text from submissions and rule documents is escaped; the script only
/// toggles `hidden` on rows by their `data-*` attributes and never builds markup from text.
public struct HTMLReporter: StreamingRenderer {
  public static let identifier = "html"
  /// Each finding is shown under its source line.
  public static let needs: RendererNeeds = [.sourceLines, .sketches]
  /// The text of every inline `<script>` a report can hold, exactly as written between its tags: a server that
  /// answers with the report can allow these by their hashes alone (`script-src 'sha256-…'`), so that no other
  /// script could run even if submitted text were ever not escaped.
  public static let inlineScripts = [HTMLAssets.script, HTMLMapAssets.script]
  /// The text of every inline event-handler attribute a report can hold (allowed by hash only with
  /// `'unsafe-hashes'`).
  public static let inlineEventHandlers = [HTMLFilters.submitHandler]

  /// Written a part at a time, a file's findings a row at a time, so that a large report is never held whole.
  public static func render(_ report: Report, to output: (String) -> Void) {
    let terms = HTMLTerms(report.language)
    // The maps' style and script only on a page with maps: other reports stay as they were.
    let maps = report.files.contains { $0.findings.contains { $0.spatial?.sketch != nil } }
    output(
      """
      <!DOCTYPE html>
      <html lang="\(report.language == .zh ? "zh-CN" : "en")">
      <head>
      <meta charset="utf-8">
      <meta name="viewport" content="width=device-width, initial-scale=1">
      <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:">
      <title>\(terms.title)</title>
      <style>\(HTMLAssets.style)\(maps ? "\n" + HTMLMapAssets.style : "")</style>
      </head>
      <body>

      """)
    // The body's parts, one per line.
    var first = true
    func separate() {
      if !first { output("\n") }
      first = false
    }
    func part(_ text: String) {
      separate()
      output(text)
    }
    part("<header><h1>\(terms.title)</h1>\(standardLine(report, terms))</header>")
    part(HTMLSummary.cards(report.summary, terms))
    part(HTMLSummary.breakdown(report, terms))
    part(HTMLFilters.controls(report, terms))
    if !report.standardDiagnostics.isEmpty {
      part(
        "<section class=\"file\"><h2>\(terms.standardProblems)</h2><ul class=\"problems\">"
          + report.standardDiagnostics.map { HTMLFileSection.problem($0, terms) }.joined() + "</ul></section>")
    }
    if !report.layerSources.isEmpty || !report.layerDiagnostics.isEmpty {
      // Which file served each layer role, and the layers that could not be used (their rules not checked).
      part(
        "<section class=\"layers\"><h2>\(terms.layersUsed)</h2><ul class=\"problems\">"
          + report.layerDiagnostics.map { HTMLFileSection.problem($0, terms) }.joined()
          + report.layerSources.map { "<li>\(escape(SpatialReportText.source($0, language: report.language)))</li>" }
          .joined() + "</ul></section>")
    }
    for (index, file) in report.files.enumerated() {
      separate()
      HTMLFileSection.render(file, report: report, terms: terms, index: index, to: output)
    }
    part(HTMLSummary.suppressions(report, terms))
    part("<footer>shanshui \(escape(report.toolVersion))</footer>")
    output(
      "\n<script>\(HTMLAssets.script)</script>\(maps ? "\n<script>\(HTMLMapAssets.script)</script>" : "")"
        + "\n</body>\n</html>\n")
  }

  static func standardLine(_ report: Report, _ terms: HTMLTerms) -> String {
    guard let standard = report.standard else { return "" }
    // Files judged by other versions than this one (or by several) are named in the header too; each file's
    // section says which version judged it and why.
    let versions =
      report.namesVersionPerFile
      ? " · \(terms.versionsUsed) "
        + report.versionsUsed.map { use in
          escape("\(use.version) (\(terms.effective) \(use.effective)) × \(use.files)")
        }.joined(separator: ", ") : ""
    return "<p class=\"standard\">\(escape(standard.title.text(report.language))) · \(escape(standard.id)) "
      + "\(escape(standard.version)) (\(escape(standard.status))) · \(terms.effective) \(escape(standard.effective))"
      + versions + "</p>"
  }

  static func escape(_ text: String) -> String { XMLEscaping.escape(text) }
}
