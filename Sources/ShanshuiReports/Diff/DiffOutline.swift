import ShanshuiCore

/// A diff as titled sections of items with detail lines, in one language: what the text and Markdown renderers both
/// lay out, each in its own way. Empty sections are left out.
struct DiffOutline {
  enum Mark { case added, removed, changed }

  enum Detail {
    /// A field that changed: "severity: error → warning"; `code` for XPath and check fields, shown as code.
    case change(label: String, old: String?, new: String?, code: Bool)
    /// A fact: "example added: fail (chongqing): set …".
    case note(label: String, text: String)
  }

  struct Item {
    var mark: Mark
    var id: String
    var title: String
    /// Short facts shown beside the id: severity, theme, unit.
    var tags: [String]
    var details: [Detail]
  }

  struct Section {
    var title: String
    var items: [Item]
  }

  let terms: DiffTerms
  private(set) var sections: [Section] = []

  init(_ diff: StandardDiff, terms: DiffTerms) {
    self.terms = terms
    let language = terms.language
    let manifest = fields(diff.manifest) + fields(diff.namespaces)
    if !manifest.isEmpty {
      add(
        terms.standardSection,
        [
          Item(
            mark: .changed, id: diff.new.id, title: diff.new.title.text(language), tags: [],
            details: manifest)
        ])
    }
    add(
      terms.documentsSection,
      diff.documents.added.map { document(.added, $0) } + diff.documents.removed.map { document(.removed, $0) }
        + diff.documents.changed.map {
          Item(mark: .changed, id: $0.theme, title: $0.title.text(language), tags: [], details: fields($0.changes))
        })
    add(terms.addedSection, diff.rules.added.map { rule(.added, $0) })
    add(terms.removedSection, diff.rules.removed.map { rule(.removed, $0) })
    add(
      terms.changedSection,
      diff.rules.changed.map { change in
        Item(
          mark: .changed, id: change.id, title: change.title.text(language), tags: [],
          details: fields(change.changes) + change.examplesAdded.map { example(terms.exampleAdded, $0) }
            + change.examplesRemoved.map { example(terms.exampleRemoved, $0) }
            + change.examplesRedescribed.map { example(terms.exampleRedescribed, $0.example) })
      })
    add(
      terms.parametersSection,
      diff.parameters.added.map { parameter(.added, $0) } + diff.parameters.removed.map { parameter(.removed, $0) }
        + diff.parameters.changed.map { change in
          let perProfile = change.profiles.flatMap { profile in
            profile.changes.map {
              Detail.change(
                label: terms.profileField(profile.profile, $0.field),
                old: terms.value("value." + $0.field, $0.old), new: terms.value("value." + $0.field, $0.new),
                code: false)
            }
          }
          return Item(
            mark: .changed, id: change.id, title: change.title.text(language), tags: [],
            details: fields(change.changes) + perProfile)
        })
    add(
      terms.codelistsSection,
      diff.codelists.added.map { codelist(.added, $0) } + diff.codelists.removed.map { codelist(.removed, $0) }
        + diff.codelists.changed.map { change in
          var details = fields(change.changes)
          if !change.codesAdded.isEmpty {
            details.append(.note(label: terms.codesAdded, text: change.codesAdded.joined(separator: ", ")))
          }
          if !change.codesRemoved.isEmpty {
            details.append(.note(label: terms.codesRemoved, text: change.codesRemoved.joined(separator: ", ")))
          }
          return Item(
            mark: .changed, id: change.id, title: change.title.text(language), tags: [],
            details: details + fields(change.codesChanged))
        })
    add(
      terms.sourcesSection,
      diff.sources.added.map { source(.added, $0) } + diff.sources.removed.map { source(.removed, $0) }
        + diff.sources.changed.map {
          Item(mark: .changed, id: $0.id, title: $0.title.text(language), tags: [], details: fields($0.changes))
        })
  }

  private mutating func add(_ title: String, _ items: [Item]) {
    if !items.isEmpty { sections.append(Section(title: title, items: items)) }
  }

  private func fields(_ changes: [FieldChange]) -> [Detail] {
    changes.map {
      .change(
        label: terms.field($0.field), old: terms.value($0.field, $0.old), new: terms.value($0.field, $0.new),
        code: $0.field == "context" || $0.field.hasPrefix("check."))
    }
  }

  private func rule(_ mark: Mark, _ rule: RuleSummary) -> Item {
    Item(
      mark: mark, id: rule.id, title: rule.title.text(terms.language),
      tags: [terms.severity(rule.severity), rule.theme],
      details: [])
  }

  /// An added or removed parameter with each profile's value, status and source or reason: what it decides.
  private func parameter(_ mark: Mark, _ parameter: ParameterSummary) -> Item {
    let values = parameter.values.map { value in
      Detail.note(label: terms.profileField(value.profile, "value"), text: terms.parameterValue(value))
    }
    return Item(
      mark: mark, id: parameter.id, title: parameter.title.text(terms.language),
      tags: [mark == .added ? terms.addedMark : terms.removedMark, parameter.unit],
      details: values.isEmpty ? [.note(label: terms.field("value"), text: terms.none)] : values)
  }

  private func codelist(_ mark: Mark, _ codelist: CodelistSummary) -> Item {
    Item(
      mark: mark, id: codelist.id, title: codelist.title.text(terms.language),
      tags: [mark == .added ? terms.addedMark : terms.removedMark, terms.codeCount(codelist.codes)], details: [])
  }

  private func source(_ mark: Mark, _ source: SourceDocumentSummary) -> Item {
    Item(
      mark: mark, id: source.id, title: source.title.text(terms.language),
      tags: [mark == .added ? terms.addedMark : terms.removedMark, source.confidence.rawValue], details: [])
  }

  private func document(_ mark: Mark, _ document: RuleDocumentSummary) -> Item {
    Item(
      mark: mark, id: document.theme, title: document.title.text(terms.language),
      tags: [mark == .added ? terms.addedMark : terms.removedMark, "\(document.id) \(document.version)"], details: [])
  }

  private func example(_ label: String, _ example: ExampleSummary) -> Detail {
    var text = "\(example.outcome) (\(example.profile))"
    if let description = example.description { text += " " + description.text(terms.language) }
    if !example.edits.isEmpty { text += ": " + example.edits.joined(separator: "; ") }
    return .note(label: label, text: text)
  }
}

extension DiffOutline {
  /// Whether a change is too long for one `old → new` line (messages, most XPath).
  static func isLong(_ old: String, _ new: String) -> Bool { old.count + new.count > 60 }
}

extension String {
  func trimmingSuffix(_ suffix: String) -> String { hasSuffix(suffix) ? String(dropLast(suffix.count)) : self }
}
