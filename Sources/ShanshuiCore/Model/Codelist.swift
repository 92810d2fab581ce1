/// A list of allowed codes (division codes, project types, restoration modes, …).
///
/// A code may have a history: entries of the same value for consecutive periods (`validFrom`…`validTo`, in years),
/// because codes were renamed, retired, and reused (500110 was 万盛区 until 2010 and is 綦江区 since 2011).
public struct Codelist: Sendable, Codable {
  /// One code in one period, and its names.
  public struct Code: Sendable, Codable {
    public var value: String
    public var name: LocalizedText
    /// Set for a retired code: the code that replaced it.
    public var replacedBy: String?
    /// The first year this entry is in force; `nil`: since before the list's history starts.
    public var validFrom: Int?
    /// The last year this entry was in force; `nil`: still in force.
    public var validTo: Int?

    public init(
      value: String, name: LocalizedText, replacedBy: String? = nil, validFrom: Int? = nil, validTo: Int? = nil
    ) {
      self.value = value
      self.name = name
      self.replacedBy = replacedBy
      self.validFrom = validFrom
      self.validTo = validTo
    }

    /// Whether the entry is in force in `year`.
    public func isValid(in year: Int) -> Bool {
      (validFrom ?? .min) <= year && year <= (validTo ?? .max)
    }
  }

  public var id: String
  public var title: LocalizedText
  /// Per value, the entry in force now, or the latest one when the code is no longer in force.
  public var codes: [String: Code]
  /// Per value, every entry, earliest first (one for a code without history).
  public var entries: [String: [Code]]
  public var location: SourceLocation

  /// A list from its entries (several per value for a code with history).
  public init(id: String, title: LocalizedText, entries list: [Code], location: SourceLocation) {
    self.id = id
    self.title = title
    self.location = location
    var entries: [String: [Code]] = [:]
    for code in list { entries[code.value, default: []].append(code) }
    for value in entries.keys { entries[value]?.sort { ($0.validFrom ?? .min) < ($1.validFrom ?? .min) } }
    self.entries = entries
    codes = entries.compactMapValues { list in list.first { $0.validTo == nil } ?? list.last }
  }
}

extension Codelist {
  /// The codelist of funding programmes that `<applies programmes>` names and `project/programme/@code` takes.
  public static let programmesID = "programmes"

  /// What a value means in a version of the list.
  public enum Resolution: Sendable {
    /// Not a code of the list (in that version).
    case unknown
    /// A code in force (in that version), or renamed since (the entry carries the name it had then).
    case valid(Code)
    /// A retired code: it has a successor.
    case retired(Code)

    /// The entry the value resolves to.
    public var code: Code? {
      switch self {
      case .unknown: return nil
      case .valid(let code), .retired(let code): return code
      }
    }
  }

  /// Resolves `value` in the list of year `version` (`nil`: the current list).
  ///
  /// In a given year the entry in force then; when none was, the code is unknown if it did not exist yet, and the
  /// latest earlier entry otherwise. In the current list the entry in force now, or the latest one. The entry is
  /// retired when it names a successor (even if it was in force in `version`: the code no longer means that area).
  public func resolve(_ value: String, version: Int?) -> Resolution {
    guard let list = entries[value], !list.isEmpty else { return .unknown }
    let entry: Code?
    if let version {
      entry =
        list.last { $0.isValid(in: version) }
        ?? list.filter { ($0.validTo ?? .max) < version }.max { ($0.validTo ?? .max) < ($1.validTo ?? .max) }
    } else {
      entry = codes[value]
    }
    guard let entry else { return .unknown }
    return entry.replacedBy == nil ? .valid(entry) : .retired(entry)
  }

  /// The code in force now that `code`'s area passed to, following successors that were retired in turn.
  public func successor(of code: Code) -> Code? {
    var next = code.replacedBy.flatMap { codes[$0] }
    var seen: Set<String> = [code.value]
    while let current = next, let further = current.replacedBy, !seen.contains(current.value) {
      seen.insert(current.value)
      guard let following = codes[further] else { break }
      next = following
    }
    return next
  }

  /// The years in which the resolution of `value` may change: every `validFrom` and every year after a `validTo`.
  /// Between two breakpoints (and before the first, after the last) `resolve(value, version:)` is the same.
  func breakpoints(of value: String) -> [Int] {
    let list = entries[value] ?? []
    return Set(list.compactMap(\.validFrom) + list.compactMap { $0.validTo.map { $0 + 1 } }).sorted()
  }
}
