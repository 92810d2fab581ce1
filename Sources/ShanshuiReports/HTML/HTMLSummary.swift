import ShanshuiCore

/// The HTML report's summary: count cards, counts by theme and by profile, and the suppressions.
enum HTMLSummary {
  static func cards(_ summary: Report.Summary, _ terms: HTMLTerms) -> String {
    let cards: [(String, Int, String)] = [
      (terms.files, summary.files, "files"), (terms.checked, summary.checked, "checked"),
      (terms.notChecked, summary.notChecked, "not-checked"), (terms.severity(.error), summary.errors, "error"),
      (terms.severity(.warning), summary.warnings, "warning"), (terms.severity(.info), summary.infos, "info"),
      (terms.suppressed, summary.suppressed, "suppressed"),
    ]
    return "<section class=\"cards\">"
      + cards.map { label, value, kind in
        "<div class=\"card \(kind)\"><span class=\"value\">\(value)</span><span class=\"label\">\(label)</span></div>"
      }.joined() + "</section>"
  }

  /// Findings by theme and by profile, one column per severity.
  static func breakdown(_ report: Report, _ terms: HTMLTerms) -> String {
    let findings = report.files.flatMap(\.findings)
    guard !findings.isEmpty else { return "" }
    let byTheme = Dictionary(grouping: findings, by: \.theme)
    let byProfile = Dictionary(grouping: findings, by: { $0.profile })
    let themeRows = byTheme.keys.sorted().map { (HTMLReporter.escape(report.themeTitle($0)), byTheme[$0]!) }
    let profileRows = byProfile.keys.sorted().map { (terms.profileName($0), byProfile[$0]!) }
    return "<section class=\"breakdown\">" + table(terms.byTheme, terms.theme, themeRows, terms)
      + table(terms.byProfile, terms.profile, profileRows, terms) + "</section>"
  }

  private static func table(
    _ caption: String, _ heading: String, _ rows: [(String, [Finding])], _ terms: HTMLTerms
  ) -> String {
    let severities: [Severity] = [.error, .warning, .info]
    let head = "<tr><th>\(heading)</th>" + severities.map { "<th>\(terms.severity($0))</th>" }.joined() + "</tr>"
    let body = rows.map { name, findings in
      "<tr><td>\(name)</td>"
        + severities.map { severity in
          "<td class=\"num\">\(findings.filter { $0.severity == severity }.count)</td>"
        }.joined() + "</tr>"
    }.joined()
    return "<table class=\"counts\"><caption>\(caption)</caption><thead>\(head)</thead><tbody>\(body)</tbody></table>"
  }

  static func suppressions(_ report: Report, _ terms: HTMLTerms) -> String {
    guard !report.suppressions.isEmpty else { return "" }
    let rows = report.suppressions.map { suppression in
      let place = suppression.file.map { report.relativePath($0) + (suppression.line.map { ":\($0)" } ?? "") } ?? ""
      let rule = suppression.ruleID ?? "—"
      let kind =
        terms.suppressionKind(suppression.kind) + (suppression.newSeverity.map { " → \(terms.severity($0))" } ?? "")
      return "<tr class=\"\(suppression.status.rawValue)\"><td><code>\(HTMLReporter.escape(rule))</code></td>"
        + "<td>\(kind)</td><td>\(HTMLReporter.escape(place))</td><td>\(HTMLReporter.escape(suppression.reason))</td>"
        + "<td class=\"num\">\(suppression.count)</td><td>\(terms.suppressionStatus(suppression.status))</td></tr>"
    }.joined()
    return "<section class=\"suppressions\"><h2>\(terms.suppressions)</h2><table><thead><tr><th>\(terms.rule)</th>"
      + "<th>\(terms.kind)</th><th>\(terms.file)</th><th>\(terms.reason)</th><th>\(terms.count)</th>"
      + "<th>\(terms.status)</th></tr></thead><tbody>\(rows)</tbody></table></section>"
  }
}
