import ShanshuiCore

/// CSV per RFC 4180: a header line, one record per parameter, CRLF line ends, and every field that holds a comma, a
/// double quote, CR or LF quoted (quotes doubled). Text fields that a spreadsheet would read as a formula (starting
/// with `=`, `+`, `-`, `@`, tab or CR) are prefixed with `'`. Headers and statuses are in the report's language.
public struct HarmonizationCSVRenderer: HarmonizationRenderer {
  /// The `--format` name.
  public static let identifier = "csv"

  /// The whole comparison in this format.
  public static func render(_ report: HarmonizationReport) -> String {
    let terms = HarmonizationTerms(language: report.language)
    let records = [header(terms)] + report.comparison.rows.map { fields($0, terms) }
    return records.map { $0.map(quote).joined(separator: ",") + "\r\n" }.joined()
  }

  /// The column names.
  static func header(_ terms: HarmonizationTerms) -> [String] {
    var names = [terms.parameterHeader, terms.titleHeader, terms.unitHeader, terms.directionHeader]
    for profile in Profile.allCases {
      let name = terms.profileName(profile)
      names +=
        terms.zh
        ? ["\(name)值", "\(name)状态", "\(name)来源", "\(name)理由"]
        : [
          "\(profile.rawValue) value", "\(profile.rawValue) status", "\(profile.rawValue) sources",
          "\(profile.rawValue) reason",
        ]
    }
    return names
      + (terms.zh
        ? ["较严省份", "统一进展", "统一标准适用值", "适用值来自", "规则"]
        : ["stricter", "unification", "applied under unified", "applied from", "rules"])
  }

  /// One record: numbers as numbers, several sources or rules joined by "; ".
  static func fields(_ row: ParameterComparison.Row, _ terms: HarmonizationTerms) -> [String] {
    var fields = [row.id, text(row.title.text(terms.language)), terms.unit(row.unit), terms.direction(row.direction)]
    for profile in Profile.allCases {
      let value = row.value(profile)
      fields += [
        value.map { terms.number($0.number) } ?? "", terms.status(value?.status),
        text(value?.sources.map { $0.text(terms.language) }.joined(separator: "; ") ?? ""),
        text(value?.reason?.text(terms.language) ?? ""),
      ]
    }
    let appliedFrom: String
    switch (row.applied, row.stricterProvince) {
    case (nil, _): appliedFrom = ""
    case (_, .same) where row.unification == .missing: appliedFrom = terms.pick("两省", "both")
    case (let applied?, _): appliedFrom = terms.profileName(applied.profile)
    }
    return fields + [
      terms.stricter(row.stricterProvince), terms.unification(row.unification),
      row.applied.map { terms.number($0.number) } ?? "", appliedFrom, row.ruleIDs.joined(separator: "; "),
    ]
  }

  /// A text field a spreadsheet will not evaluate: one that would start a formula gets a leading `'`.
  static func text(_ field: String) -> String {
    guard let first = field.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) else { return field }
    return "'" + field
  }

  /// The field as RFC 4180 writes it.
  static func quote(_ field: String) -> String {
    guard field.contains(where: { $0 == "," || $0 == "\"" || $0.isNewline }) else { return field }
    return "\"" + String(field.flatMap { $0 == "\"" ? "\"\"" : String($0) }) + "\""
  }
}
