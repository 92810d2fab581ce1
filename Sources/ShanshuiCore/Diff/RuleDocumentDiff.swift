/// A rule document (one theme) as `diff` lists it when it was added or removed.
public struct RuleDocumentSummary: Sendable, Hashable, Codable {
  public var theme: String
  public var id: String
  public var version: String
  public var title: LocalizedText

  public init(_ document: RuleDocumentInfo) {
    theme = document.theme
    id = document.info.id
    version = document.info.version
    title = document.info.title
  }
}

/// A rule document present in both versions (matched by theme) whose own header differs: the version, status,
/// effective date or title an editor bumps for a release, which `doc` and `explain` show.
public struct RuleDocumentChange: Sendable, Hashable, Codable {
  public var theme: String
  /// The title in the new version.
  public var title: LocalizedText
  /// `id`, `version`, `status`, `effective`, `title.zh`, `title.en`.
  public var changes: [FieldChange]

  /// The differences of `new` from `old`, or `nil` when there are none.
  public init?(old: RuleDocumentInfo, new: RuleDocumentInfo) {
    let changes = FieldChanges.header(old.info, new.info)
    guard !changes.isEmpty else { return nil }
    theme = new.theme
    title = new.info.title
    self.changes = changes
  }
}
