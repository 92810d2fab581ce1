/// A codelist as `diff` lists it when it was added or removed.
public struct CodelistSummary: Sendable, Hashable, Codable {
  public var id: String
  public var title: LocalizedText
  public var codes: Int

  public init(_ codelist: Codelist) {
    id = codelist.id
    title = codelist.title
    codes = codelist.codes.count
  }
}

/// A codelist present in both versions whose codes differ.
public struct CodelistChange: Sendable, Hashable, Codable {
  public var id: String
  /// The title in the new version.
  public var title: LocalizedText
  /// Changes of the list itself: `title.zh`, `title.en`.
  public var changes: [FieldChange]
  public var codesAdded: [String]
  public var codesRemoved: [String]
  /// Codes in both versions whose names or replacement changed, as `CODE name.zh`, `CODE replacedBy`, …
  public var codesChanged: [FieldChange]

  /// The differences of `new` from `old`, or `nil` when there are none.
  public init?(old: Codelist, new: Codelist) {
    var fields = FieldChanges()
    fields.compare("title", old.title, new.title)
    let codes = KeyedComparison(old: old.codes.keys, new: new.codes.keys)
    var changed = FieldChanges()
    for value in codes.common {
      guard let before = old.codes[value], let after = new.codes[value] else { continue }
      changed.compare("\(value) name", before.name, after.name)
      changed.compare("\(value) replacedBy", before.replacedBy, after.replacedBy)
      changed.compare("\(value) validFrom", before.validFrom.map(String.init), after.validFrom.map(String.init))
      changed.compare("\(value) validTo", before.validTo.map(String.init), after.validTo.map(String.init))
      changed.compare("\(value) history", Self.history(old, value), Self.history(new, value))
    }
    guard !fields.list.isEmpty || !codes.added.isEmpty || !codes.removed.isEmpty || !changed.list.isEmpty else {
      return nil
    }
    id = new.id
    title = new.title
    changes = fields.list
    codesAdded = codes.added
    codesRemoved = codes.removed
    codesChanged = changed.list
  }

  /// The entries of `value` before the one `codes` shows, as `name (from–to → successor)`, or `nil` without any.
  static func history(_ list: Codelist, _ value: String) -> String? {
    let earlier = (list.entries[value] ?? []).filter { $0.validTo != nil && $0.validTo != list.codes[value]?.validTo }
    guard !earlier.isEmpty else { return nil }
    return earlier.map { entry in
      let years = "\(entry.validFrom.map(String.init) ?? "")–\(entry.validTo.map(String.init) ?? "")"
      return "\(entry.name.text(.zh)) (\(years)\(entry.replacedBy.map { " → \($0)" } ?? ""))"
    }.joined(separator: "; ")
  }
}
