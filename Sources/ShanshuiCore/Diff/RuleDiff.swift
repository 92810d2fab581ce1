/// A rule as `diff` lists it when it was added or removed.
public struct RuleSummary: Sendable, Hashable, Codable {
  public var id: String
  public var severity: Severity
  public var theme: String
  public var title: LocalizedText

  public init(_ rule: Rule) {
    id = rule.id
    severity = rule.severity
    theme = rule.theme
    title = rule.title
  }
}

/// A rule present in both versions whose definition differs.
public struct RuleChange: Sendable, Hashable, Codable {
  public var id: String
  /// The title in the new version.
  public var title: LocalizedText
  /// Changed fields: titles, severity, theme, applicability, context, check kind and fields, messages, sources.
  public var changes: [FieldChange]
  public var examplesAdded: [ExampleSummary]
  public var examplesRemoved: [ExampleSummary]
  /// Examples whose outcome, profile and edits are unchanged but whose description changed (translated, reworded):
  /// each as it is in the new version, with the old description.
  public var examplesRedescribed: [ExampleRedescription] = []

  /// The differences of `new` from `old`, or `nil` when there are none.
  public init?(old: Rule, new: Rule) {
    var fields = FieldChanges()
    fields.compare("title", old.title, new.title)
    fields.compare("severity", old.severity.rawValue, new.severity.rawValue)
    fields.compare("theme", old.theme, new.theme)
    fields.compare("applies.projectTypes", Self.list(old.projectTypes), Self.list(new.projectTypes))
    fields.compare("applies.profiles", Self.profiles(old.profiles), Self.profiles(new.profiles))
    fields.compare("applies.programmes", Self.list(old.programmes), Self.list(new.programmes))
    fields.compare("context", old.context.source, new.context.source)
    let oldCheck = CheckDeclaration(old.check)
    let newCheck = CheckDeclaration(new.check)
    fields.compare("check", oldCheck.kind, newCheck.kind)
    for name in Self.fieldNames(oldCheck, newCheck) {
      fields.compare("check." + name, Self.joined(oldCheck, name), Self.joined(newCheck, name))
    }
    fields.compare("message", old.message, new.message)
    fields.compare("sources", Self.citations(old.sources), Self.citations(new.sources))
    let oldExamples = old.examples.map(ExampleSummary.init)
    let newExamples = new.examples.map(ExampleSummary.init)
    var added = Self.subtracting(oldExamples, from: newExamples)
    var removed = Self.subtracting(newExamples, from: oldExamples)
    // The same example with another description is one change, not a removal and an addition.
    var redescribed: [ExampleRedescription] = []
    added = added.filter { example in
      guard let index = removed.firstIndex(where: { $0.isSameExample(as: example) }) else { return true }
      redescribed.append(ExampleRedescription(example: example, oldDescription: removed[index].description))
      removed.remove(at: index)
      return false
    }
    examplesAdded = added
    examplesRemoved = removed
    examplesRedescribed = redescribed
    guard !fields.list.isEmpty || !added.isEmpty || !removed.isEmpty || !redescribed.isEmpty else { return nil }
    id = new.id
    title = new.title
    changes = fields.list
  }

  /// Field names of both declarations, each once, in the order they first appear.
  static func fieldNames(_ old: CheckDeclaration, _ new: CheckDeclaration) -> [String] {
    var names: [String] = []
    for field in old.fields + new.fields where !names.contains(field.name) { names.append(field.name) }
    return names
  }

  /// A field's values joined (a `sum` has one `part` per path).
  static func joined(_ declaration: CheckDeclaration, _ name: String) -> String? {
    let values = declaration.fields.filter { $0.name == name }.map(\.value)
    return values.isEmpty ? nil : values.joined(separator: " ")
  }

  static func list(_ values: Set<String>) -> String? { values.isEmpty ? nil : values.sorted().joined(separator: " ") }

  static func profiles(_ profiles: Set<Profile>) -> String { profiles.sorted().map(\.rawValue).joined(separator: " ") }

  /// Source references as `document-id: clause`, in document order.
  static func citations(_ references: [SourceReference]) -> String? {
    references.isEmpty ? nil : references.map(\.key).joined(separator: "; ")
  }

  /// The elements of `list` not matched one-for-one in `other` (a multiset difference that keeps `list`'s order).
  static func subtracting(_ other: [ExampleSummary], from list: [ExampleSummary]) -> [ExampleSummary] {
    var remaining = other
    return list.filter { item in
      guard let index = remaining.firstIndex(of: item) else { return true }
      remaining.remove(at: index)
      return false
    }
  }
}

extension SourceReference {
  /// `document-id: clause`, or the document id alone, then the quote in quotation marks: how `diff` compares and
  /// shows a reference.
  public var key: String {
    let cited = clause.map { $0.isEmpty ? document.id : "\(document.id): \($0)" } ?? document.id
    return quote.map { $0.isEmpty ? cited : "\(cited) “\($0)”" } ?? cited
  }
}
