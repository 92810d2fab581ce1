/// One field that differs between two versions of a standard: its name and both values (`nil` where absent).
///
/// Field names are stable keys, not display texts: `severity`, `title.zh`, `message.en`, `context`, `check.min`,
/// `value`, `status`, `sources`, … Renderers translate them.
public struct FieldChange: Sendable, Hashable, Codable {
  public var field: String
  public var old: String?
  public var new: String?

  public init(_ field: String, old: String?, new: String?) {
    self.field = field
    self.old = old
    self.new = new
  }

  // Explicit nulls: a consumer of the JSON sees "absent before" rather than a missing key.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(field, forKey: .field)
    try container.encode(old, forKey: .old)
    try container.encode(new, forKey: .new)
  }
}

/// Collects the fields that differ, in the order they are compared.
struct FieldChanges {
  private(set) var list: [FieldChange] = []

  /// Records `field` when `old` and `new` differ.
  mutating func compare(_ field: String, _ old: String?, _ new: String?) {
    if old != new { list.append(FieldChange(field, old: old, new: new)) }
  }

  /// The changes of a manifest's or a rule document's header: `id`, `version`, `status`, `effective`, `title.zh/en`.
  static func header(_ old: StandardInfo, _ new: StandardInfo) -> [FieldChange] {
    var fields = FieldChanges()
    fields.compare("id", old.id, new.id)
    fields.compare("version", old.version, new.version)
    fields.compare("status", old.status, new.status)
    fields.compare("effective", old.effective, new.effective)
    fields.compare("title", old.title, new.title)
    return fields.list
  }

  /// Records `field.zh` and `field.en`.
  mutating func compare(_ field: String, _ old: LocalizedText?, _ new: LocalizedText?) {
    compare(field + ".zh", old?.zh, new?.zh)
    compare(field + ".en", old?.en, new?.en)
  }
}

/// What was added and removed between two keyed collections, and the keys present in both, each sorted.
struct KeyedComparison<Key: Comparable & Hashable> {
  var added: [Key]
  var removed: [Key]
  var common: [Key]

  init(old: some Collection<Key>, new: some Collection<Key>) {
    let oldKeys = Set(old)
    let newKeys = Set(new)
    added = newKeys.subtracting(oldKeys).sorted()
    removed = oldKeys.subtracting(newKeys).sorted()
    common = oldKeys.intersection(newKeys).sorted()
  }
}
