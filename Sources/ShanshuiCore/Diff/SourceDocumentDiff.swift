/// A source document as `diff` lists it when it was added or removed.
public struct SourceDocumentSummary: Sendable, Hashable, Codable {
  public var id: String
  public var title: LocalizedText
  public var confidence: Confidence

  public init(_ document: SourceDocument) {
    id = document.id
    title = document.title
    confidence = document.confidence
  }
}

/// A source document present in both versions whose title, confidence or addresses differ.
public struct SourceDocumentChange: Sendable, Hashable, Codable {
  public var id: String
  /// The title in the new version.
  public var title: LocalizedText
  /// `title.zh`, `title.en`, `confidence`, `urls`.
  public var changes: [FieldChange]

  /// The differences of `new` from `old`, or `nil` when there are none.
  public init?(old: SourceDocument, new: SourceDocument) {
    var fields = FieldChanges()
    fields.compare("title", old.title, new.title)
    fields.compare("confidence", old.confidence.rawValue, new.confidence.rawValue)
    fields.compare(
      "urls", old.urls.isEmpty ? nil : old.urls.joined(separator: " "),
      new.urls.isEmpty ? nil : new.urls.joined(separator: " "))
    guard !fields.list.isEmpty else { return nil }
    id = new.id
    title = new.title
    changes = fields.list
  }
}
