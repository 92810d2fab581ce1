/// What changed between two versions of a standard: the manifest, rule documents by theme, and rules, parameters,
/// codelists and source documents by id. Every list is sorted by id, so the same two standards always give the same diff.
///
/// Compared: everything a rule document says that changes a verdict or a message (see docs/editing-the-standard.md).
/// Not compared: comments, the order of rules and files, file names, the submission schema and the example base.
public struct StandardDiff: Sendable, Hashable, Codable {
  /// The items added, removed and changed in one kind of thing (rules, parameters, …).
  public struct Section<Summary: Sendable & Hashable & Codable, Change: Sendable & Hashable & Codable>: Sendable,
    Hashable,
    Codable
  {
    public var added: [Summary]
    public var removed: [Summary]
    public var changed: [Change]

    public var isEmpty: Bool { added.isEmpty && removed.isEmpty && changed.isEmpty }

    init<Item>(
      old: [String: Item], new: [String: Item], summary: (Item) -> Summary, change: (Item, Item) -> Change?
    ) {
      let keys = KeyedComparison(old: old.keys, new: new.keys)
      added = keys.added.map { summary(new[$0]!) }
      removed = keys.removed.map { summary(old[$0]!) }
      changed = keys.common.compactMap { change(old[$0]!, new[$0]!) }
    }
  }

  public var old: StandardInfo
  public var new: StandardInfo
  /// Changes of the manifest: `id`, `version`, `status`, `effective`, `title.zh`, `title.en`.
  public var manifest: [FieldChange]
  /// Namespace bindings of the XPath prefixes, as `xmlns:prefix` → URI: a changed URI changes what a rule selects.
  public var namespaces: [FieldChange]
  /// Rule documents by theme: their own headers (id, version, status, effective date, title).
  public var documents: Section<RuleDocumentSummary, RuleDocumentChange>
  public var rules: Section<RuleSummary, RuleChange>
  public var parameters: Section<ParameterSummary, ParameterChange>
  public var codelists: Section<CodelistSummary, CodelistChange>
  public var sources: Section<SourceDocumentSummary, SourceDocumentChange>
  /// What an editor should fix before releasing the new version (SL027: content changed, version not); not a
  /// difference, so it does not make the diff non-empty.
  public var warnings: [DiffWarning] = []

  /// Whether the two versions are the same in everything compared.
  public var isEmpty: Bool {
    manifest.isEmpty && namespaces.isEmpty && documents.isEmpty && rules.isEmpty && parameters.isEmpty
      && codelists.isEmpty && sources.isEmpty
  }

  public init(old: Standard, new: Standard) {
    self.old = old.info
    self.new = new.info
    manifest = FieldChanges.header(old.info, new.info)
    var namespaces = FieldChanges()
    for prefix in Set(old.namespaces.keys).union(new.namespaces.keys).sorted() {
      namespaces.compare("xmlns:" + prefix, old.namespaces[prefix], new.namespaces[prefix])
    }
    self.namespaces = namespaces.list
    documents = Section(
      old: Self.byID(old.documents, \.theme), new: Self.byID(new.documents, \.theme), summary: RuleDocumentSummary.init,
      change: RuleDocumentChange.init)
    rules = Section(
      old: Self.byID(old.rules, \.id), new: Self.byID(new.rules, \.id), summary: RuleSummary.init,
      change: RuleChange.init)
    parameters = Section(
      old: old.parameters, new: new.parameters, summary: ParameterSummary.init, change: ParameterChange.init)
    codelists = Section(
      old: old.codelists, new: new.codelists, summary: CodelistSummary.init, change: CodelistChange.init)
    sources = Section(
      old: Self.byID(old.documents.flatMap(\.sources), \.id), new: Self.byID(new.documents.flatMap(\.sources), \.id),
      summary: SourceDocumentSummary.init, change: SourceDocumentChange.init)
    warnings = DiffWarning.warnings(for: self)
  }

  /// Items by id; the loader guarantees ids are unique, but a duplicate keeps its first occurrence all the same.
  static func byID<Item>(_ items: [Item], _ id: (Item) -> String) -> [String: Item] {
    Dictionary(items.map { (id($0), $0) }, uniquingKeysWith: { first, _ in first })
  }
}
