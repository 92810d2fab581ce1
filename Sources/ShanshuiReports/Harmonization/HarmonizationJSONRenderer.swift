import Foundation
import ShanshuiCore

/// Versioned JSON (`formatVersion` 1), keys sorted. Identifiers and enumerations (`chongqing`, `adopted`, `agreed`,
/// `higher`) are language-neutral; titles, citations and reasons are in the report's language. An absent value is
/// `null`, and so is `stricter` when one province has no value.
public struct HarmonizationJSONRenderer: HarmonizationRenderer {
  /// The `--format` name.
  public static let identifier = "json"
  /// Raised when a field changes meaning or is removed.
  public static let formatVersion = 1

  /// The whole comparison in this format.
  public static func render(_ report: HarmonizationReport) -> String {
    JSONText.encode(Document(report))
  }

  struct Document: Encodable {
    var formatVersion = HarmonizationJSONRenderer.formatVersion
    var tool: JSONReporter.Tool
    var standard: JSONReporter.StandardInfoJSON
    var language: String
    var onlyDiffering: Bool
    var summary: ParameterComparison.Summary
    var parameters: [RowJSON]

    init(_ report: HarmonizationReport) {
      tool = JSONReporter.Tool(name: "shanshui", version: report.toolVersion)
      standard = JSONReporter.StandardInfoJSON(report.comparison.standard, report.language)
      language = report.language.rawValue
      onlyDiffering = report.onlyDiffering
      summary = report.comparison.summary
      parameters = report.comparison.rows.map { RowJSON($0, report.language) }
    }
  }

  struct RowJSON: Encodable {
    var id, title, unit, unitSymbol, direction, unification: String
    var values: ValuesJSON
    var stricter: String?
    var applied: ValueJSON?
    var rules: [String]

    init(_ row: ParameterComparison.Row, _ language: Language) {
      id = row.id
      title = row.title.text(language)
      unit = row.unit
      unitSymbol = QuantityUnit.named(row.unit)?.symbol.text(language) ?? row.unit
      direction = row.direction.rawValue
      unification = row.unification.rawValue
      values = ValuesJSON(
        chongqing: row.chongqing.map { ValueJSON($0, language) }, sichuan: row.sichuan.map { ValueJSON($0, language) },
        unified: row.unified.map { ValueJSON($0, language) })
      stricter = row.stricterProvince == .notComparable ? nil : row.stricterProvince.rawValue
      applied = row.applied.map { ValueJSON($0, language) }
      rules = row.ruleIDs
    }

    enum CodingKeys: String, CodingKey {
      case id, title, unit, unitSymbol, direction, unification, values, stricter, applied, rules
    }

    /// Written by hand so that `stricter` and `applied` are `null` rather than left out.
    func encode(to encoder: any Encoder) throws {
      var container = encoder.container(keyedBy: CodingKeys.self)
      try container.encode(id, forKey: .id)
      try container.encode(title, forKey: .title)
      try container.encode(unit, forKey: .unit)
      try container.encode(unitSymbol, forKey: .unitSymbol)
      try container.encode(direction, forKey: .direction)
      try container.encode(unification, forKey: .unification)
      try container.encode(values, forKey: .values)
      try container.encode(stricter, forKey: .stricter)
      try container.encode(applied, forKey: .applied)
      try container.encode(rules, forKey: .rules)
    }
  }

  /// The three profiles' own values; `null` for a profile that states none.
  struct ValuesJSON: Encodable {
    var chongqing, sichuan, unified: ValueJSON?

    enum CodingKeys: String, CodingKey { case chongqing, sichuan, unified }

    func encode(to encoder: any Encoder) throws {
      var container = encoder.container(keyedBy: CodingKeys.self)
      try container.encode(chongqing, forKey: .chongqing)
      try container.encode(sichuan, forKey: .sichuan)
      try container.encode(unified, forKey: .unified)
    }
  }

  struct ValueJSON: Encodable {
    var profile, status: String
    var value: Double
    var sources: [String]
    var reason: String?

    init(_ value: ParameterComparison.Value, _ language: Language) {
      profile = value.profile.rawValue
      status = value.status.rawValue
      self.value = value.number
      sources = value.sources.map { $0.text(language) }
      reason = value.reason?.text(language)
    }

    enum CodingKeys: String, CodingKey { case profile, status, value, sources, reason }

    func encode(to encoder: any Encoder) throws {
      var container = encoder.container(keyedBy: CodingKeys.self)
      try container.encode(profile, forKey: .profile)
      try container.encode(status, forKey: .status)
      try container.encode(value, forKey: .value)
      try container.encode(sources, forKey: .sources)
      try container.encode(reason, forKey: .reason)
    }
  }
}
