import ShanshuiCore

/// A diff between two versions of a standard, ready to render in one language.
public struct DiffReport: Sendable {
  /// The version of shanshui that made the diff.
  public var toolVersion: String
  public var diff: StandardDiff
  /// The language of every label and title (JSON is language-neutral and carries both).
  public var language: Language

  public init(toolVersion: String, diff: StandardDiff, language: Language) {
    self.toolVersion = toolVersion
    self.diff = diff
    self.language = language
  }
}

/// Renders a diff; pure (no I/O, no exit codes).
public protocol DiffRenderer: Sendable {
  /// The whole diff in this format.
  static func render(_ report: DiffReport) -> String
}

/// The diff formats, by `--format` name: `text` for a terminal, `markdown` a changelog for release notes, `json`
/// versioned.
public enum DiffFormat: String, Sendable, CaseIterable {
  case text, markdown, json

  /// The renderer of this format.
  public var renderer: any DiffRenderer.Type {
    switch self {
    case .text: return DiffTextRenderer.self
    case .markdown: return DiffMarkdownRenderer.self
    case .json: return DiffJSONRenderer.self
    }
  }
}
