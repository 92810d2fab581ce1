import ShanshuiCore

/// The filter bar: severities, theme, profile and a text search, applied by the inline script to `tr.finding` rows.
enum HTMLFilters {
  /// The filter form's only inline event handler (`onsubmit`): Enter in the search box does not submit.
  static let submitHandler = "return false"

  static func controls(_ report: Report, _ terms: HTMLTerms) -> String {
    let findings = report.files.flatMap(\.findings)
    guard !findings.isEmpty else { return "" }
    let severities = [Severity.error, .warning, .info].map { severity in
      "<label><input type=\"checkbox\" name=\"severity\" value=\"\(severity.rawValue)\" checked> \(terms.severity(severity))</label>"
    }.joined()
    let themes = Set(findings.map(\.theme)).sorted().map {
      "<option value=\"\(HTMLReporter.escape($0))\">\(HTMLReporter.escape(report.themeTitle($0)))</option>"
    }.joined()
    let profiles = Set(findings.map(\.profile)).sorted().map {
      "<option value=\"\($0.rawValue)\">\(terms.profileName($0))</option>"
    }.joined()
    return """
      <form class="filters" id="filters" onsubmit="\(submitHandler)">\(severities)\
      <label>\(terms.theme) <select name="theme"><option value="">\(terms.all)</option>\(themes)</select></label>\
      <label>\(terms.profile) <select name="profile"><option value="">\(terms.all)</option>\(profiles)</select></label>\
      <input type="search" name="q" placeholder="\(terms.search)" aria-label="\(terms.search)">\
      <output id="shown" data-label="\(terms.shown)">\(terms.shown): \(findings.count) / \(findings.count)</output></form>
      """
  }
}
