import ShanshuiCore

/// Versioned JSON (`formatVersion` 1), keys sorted, language-neutral: field names are the stable keys of
/// `FieldChange` (`severity`, `message.en`, `check.min`, …), titles carry both languages, absent values are `null`.
public struct DiffJSONRenderer: DiffRenderer {
  /// Raised when a field changes meaning or is removed.
  public static let formatVersion = 1

  public static func render(_ report: DiffReport) -> String {
    JSONText.encode(Document(report))
  }

  struct Document: Encodable {
    var formatVersion = DiffJSONRenderer.formatVersion
    var tool: JSONReporter.Tool
    var old: StandardInfo
    var new: StandardInfo
    var identical: Bool
    var manifest: [FieldChange]
    var namespaces: [FieldChange]
    var documents: StandardDiff.Section<RuleDocumentSummary, RuleDocumentChange>
    var rules: StandardDiff.Section<RuleSummary, RuleChange>
    var parameters: StandardDiff.Section<ParameterSummary, ParameterChange>
    var codelists: StandardDiff.Section<CodelistSummary, CodelistChange>
    var sources: StandardDiff.Section<SourceDocumentSummary, SourceDocumentChange>
    /// `{"code", "message": {"zh", "en"}}` per warning (SL027); empty when there is none.
    var warnings: [DiffWarning]

    init(_ report: DiffReport) {
      let diff = report.diff
      tool = JSONReporter.Tool(name: "shanshui", version: report.toolVersion)
      old = diff.old
      new = diff.new
      identical = diff.isEmpty
      manifest = diff.manifest
      namespaces = diff.namespaces
      documents = diff.documents
      rules = diff.rules
      parameters = diff.parameters
      codelists = diff.codelists
      sources = diff.sources
      warnings = diff.warnings
    }
  }
}
