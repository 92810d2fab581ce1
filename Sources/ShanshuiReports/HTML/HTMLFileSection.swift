import ShanshuiCore

/// One file's section of the HTML report: status, problems, findings with their source lines, and the profiles side
/// by side for cross-border projects.
enum HTMLFileSection {
  /// Writes the section in parts, its findings a row at a time.
  /// - parameter index: the file's place in the report, which makes its maps' ids unique in the page.
  static func render(
    _ file: FileResult, report: Report, terms: HTMLTerms, index: Int = 0, to output: (String) -> Void
  ) {
    let name = report.relativePath(file.path)
    let counts = [Severity.error, .warning, .info].compactMap { severity -> String? in
      let count = file.findings.filter { $0.severity == severity }.count
      return count > 0 ? "<span class=\"badge \(severity.rawValue)\">\(terms.severity(severity)) \(count)</span>" : nil
    }
    var parts = [
      "<section class=\"file \(file.status.rawValue)\"><details open><summary><h2>\(escape(name))</h2>"
        + counts.joined()
        + (file.status == .notChecked ? "<span class=\"badge not-checked\">\(terms.notChecked)</span>" : "")
        + "</summary>"
    ]
    if let project = file.projectID {
      let profiles = file.profiles.map { terms.profileName($0) }.joined(separator: " · ")
      parts.append(
        "<p class=\"meta\">\(terms.project) <code>\(escape(project))</code> · \(terms.profile)：\(profiles)</p>")
    }
    if let choice = file.judgedBy {
      parts.append("<p class=\"meta version\">\(terms.judgedBy) \(escape(choice.summary.text(terms.language)))</p>")
    }
    if !file.diagnostics.isEmpty {
      parts.append("<ul class=\"problems\">" + file.diagnostics.map { problem($0, terms) }.joined() + "</ul>")
    }
    if file.status == .checked && file.findings.isEmpty {
      parts.append("<p class=\"clean\">\(terms.noFindings)</p>")
    } else if file.status == .checked {
      // What comes before the table is written, then the table a row at a time.
      output(parts.joined(separator: "\n") + "\n")
      parts = []
      findingsTable(file, report, terms, index: index, to: output)
      parts.append("")
    }
    if !file.notChecked.isEmpty {
      parts.append(notCheckedList(file, report, terms))
    }
    if let matrix = file.verdicts {
      parts.append(verdictTable(matrix, report, terms))
    } else if file.profiles.count > 1 {
      parts.append(profileColumns(file, terms))
    }
    parts.append("</details></section>")
    output(parts.joined(separator: "\n"))
  }

  static func problem(_ diagnostic: Diagnostic, _ terms: HTMLTerms) -> String {
    let location = diagnostic.location
    let position = location.line > 0 ? ":\(location.line)" + (location.column > 0 ? ":\(location.column)" : "") : ""
    return
      "<li><code>\(escape(location.file + position))</code> <span class=\"code\">\(diagnostic.code.rawValue)</span> "
      + escape(diagnostic.message.text(terms.language)) + "</li>"
  }

  private static func findingsTable(
    _ file: FileResult, _ report: Report, _ terms: HTMLTerms, index: Int, to output: (String) -> Void
  ) {
    let titles = Dictionary(report.rules.map { ($0.id, $0.title) }, uniquingKeysWith: { first, _ in first })
    output(
      "<table class=\"findings\"><thead><tr><th>\(terms.line)</th><th></th><th>\(terms.rule)</th><th>\(terms.message)</th>"
        + "<th>\(terms.profile)</th><th>\(terms.location)</th></tr></thead><tbody>\n")
    for (position, finding) in file.findings.enumerated() {
      if position > 0 { output("\n") }
      output(row(finding, position: position, file: file, report: report, terms: terms, index: index, titles: titles))
    }
    output("\n</tbody></table>")
  }

  private static func row(
    _ finding: Finding, position: Int, file: FileResult, report: Report, terms: HTMLTerms, index: Int,
    titles: [String: LocalizedText]
  ) -> String {
    let excerpts = file.sourceLines
    let language = terms.language
    let title = titles[finding.ruleID].map { " <span class=\"title\">\(escape($0.text(language)))</span>" } ?? ""
    var message = escape(finding.message.text(language))
    if let parameter = finding.parameter {
      message += "<div class=\"parameter\">\(escape(ParameterText.describe(parameter, language: language)))</div>"
    }
    if let spatial = finding.spatial {
      message +=
        "<div class=\"spatial\">\(escape(SpatialReportText.detail(spatial, language: language)))</div>"
        + (spatial.sketch == nil
          ? "<div class=\"note\">\(escape(HTMLMapTerms(language).noMap))</div>"
          : HTMLMap.render(finding, id: "map-\(index)-\(position)", language: language))
    }
    message += finding.notes.map { "<div class=\"note\">\(escape($0.text(language)))</div>" }.joined()
    if let source = excerpts[finding.location.line] {
      message +=
        "<pre class=\"excerpt\"><span class=\"lineno\">\(finding.location.line)</span>\(escape(source))</pre>"
    }
    let themeTitle = report.themeTitle(finding.theme)
    let search =
      ([finding.ruleID, finding.message.text(language), finding.path, finding.theme]
      + (themeTitle == finding.theme ? [] : [themeTitle])).joined(separator: " ")
    return "<tr class=\"finding \(finding.severity.rawValue)\" data-severity=\"\(finding.severity.rawValue)\" "
      + "data-theme=\"\(escape(finding.theme))\" data-profile=\"\(finding.profile.rawValue)\" "
      + "data-text=\"\(XMLEscaping.escape(search.lowercased(), whitespace: .lineBreaksAsReferences))\">"
      + "<td class=\"num\">\(finding.location.line > 0 ? String(finding.location.line) : "")</td><td><span class=\"badge \(finding.severity.rawValue)\">"
      + "\(terms.severity(finding.severity))</span></td><td><code>\(escape(finding.ruleID))</code>\(title)</td>"
      + "<td>\(message)</td><td>\(terms.profileName(finding.profile))</td><td><code class=\"path\">\(escape(finding.path))</code></td></tr>"
  }

  /// Spatial rules that applied but could not be judged (never a pass), with the reason.
  private static func notCheckedList(_ file: FileResult, _ report: Report, _ terms: HTMLTerms) -> String {
    let items = file.notChecked.map { rule in
      let line = rule.location.line > 0 ? ":\(rule.location.line)" : ""
      return "<li><code>\(escape(rule.ruleID))</code> \(escape(rule.title.text(terms.language))) — "
        + escape(SpatialReportText.notChecked(rule, language: terms.language))
        + " <code class=\"path\">\(escape(report.relativePath(rule.location.file) + line))</code> "
        + terms.profileName(rule.profile) + "</li>"
    }.joined()
    return "<div class=\"not-checked-rules\"><h3>\(terms.rulesNotChecked)</h3><ul>\(items)</ul></div>"
  }

  /// `--profile all`: every rule's verdict per column, divergent rules marked.
  private static func verdictTable(_ matrix: VerdictMatrix, _ report: Report, _ terms: HTMLTerms) -> String {
    let shown = matrix.rows.filter { row in row.verdicts.values.contains { $0 != .notApplicable && $0 != .pass } }
    let head = "<tr><th>\(terms.rule)</th>" + matrix.columns.map { "<th>\(terms.column($0))</th>" }.joined() + "</tr>"
    let body = shown.map { row in
      "<tr class=\"\(row.divergent ? "divergent" : "")\"><td><code>\(escape(row.ruleID))</code>"
        + (row.divergent ? " <span class=\"badge warning\">\(terms.divergent)</span>" : "") + "</td>"
        + matrix.columns.map { column in
          let verdict = row.verdicts[column] ?? .notApplicable
          return
            "<td class=\"verdict \(verdict == .notApplicable ? "na" : verdict.rawValue)\">\(terms.verdict(verdict))</td>"
        }.joined() + "</tr>"
    }.joined()
    return
      "<table class=\"verdicts\"><caption>\(terms.sideBySide)</caption><thead>\(head)</thead><tbody>\(body)</tbody></table>"
  }

  /// Auto profile on a cross-border project: which rules reported under each province's criteria.
  private static func profileColumns(_ file: FileResult, _ terms: HTMLTerms) -> String {
    let columns = file.profiles.map { profile -> String in
      let ids = Set(file.findings.filter { $0.profile == profile }.map(\.ruleID)).sorted()
      let items =
        ids.isEmpty
        ? "<li class=\"clean\">\(terms.noFindings)</li>"
        : ids.map { "<li><code>\(escape($0))</code></li>" }.joined()
      return "<div class=\"column\"><h3>\(terms.profileName(profile))</h3><ul>\(items)</ul></div>"
    }.joined()
    return "<div class=\"side-by-side\"><h3>\(terms.sideBySide)</h3><div class=\"columns\">\(columns)</div></div>"
  }

  private static func escape(_ text: String) -> String { XMLEscaping.escape(text) }
}
