import ShanshuiCore

/// A criteria comparison ready to render: the comparison, the language, and whether rows were filtered.
public struct HarmonizationReport: Sendable {
  /// The version of shanshui that made the comparison.
  public var toolVersion: String
  /// The comparison, its rows already filtered when `onlyDiffering` is set.
  public var comparison: ParameterComparison
  /// The language of every label and text.
  public var language: Language
  /// Set when only the parameters whose provinces differ are shown (`--only-differing`).
  public var onlyDiffering: Bool

  /// A report of `comparison`; with `onlyDiffering`, its rows are filtered here (the summary keeps every parameter).
  public init(toolVersion: String, comparison: ParameterComparison, language: Language, onlyDiffering: Bool = false) {
    self.toolVersion = toolVersion
    self.comparison = onlyDiffering ? comparison.onlyDiffering() : comparison
    self.language = language
    self.onlyDiffering = onlyDiffering
  }
}

/// Renders a criteria comparison; pure (no I/O, no exit codes).
public protocol HarmonizationRenderer: Sendable {
  /// The `--format` name.
  static var identifier: String { get }
  /// The whole comparison in this format.
  static func render(_ report: HarmonizationReport) -> String
}

/// The comparison formats, by `--format` name.
public enum HarmonizationFormat: String, Sendable, CaseIterable {
  /// A terminal table, then sources and reasons; `markdown` a GitHub table; `csv` RFC 4180; `json` versioned;
  /// `html` one self-contained page.
  case text, markdown, csv, json, html

  /// The renderer of this format.
  public var renderer: any HarmonizationRenderer.Type {
    switch self {
    case .text: return HarmonizationTextRenderer.self
    case .markdown: return HarmonizationMarkdownRenderer.self
    case .csv: return HarmonizationCSVRenderer.self
    case .json: return HarmonizationJSONRenderer.self
    case .html: return HarmonizationHTMLRenderer.self
    }
  }
}
