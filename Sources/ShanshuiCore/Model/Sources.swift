/// How far a source can be trusted: H primary or agreeing sources, M one secondary source, L inference.
public enum Confidence: String, Sendable, Codable { case H, M, L }

/// What kind of text a source document is (`<document kind>`): what it binds decides whether a rule citing it may be
/// waived at a submitter's request.
public enum SourceKind: String, Sendable, Codable, CaseIterable {
  /// A law of the NPC (长江保护法, 水土保持法, 湿地保护法): binding, never waived.
  case law
  /// An administrative or local regulation (条例, 决定 of a people's congress): binding, never waived.
  case regulation
  /// A national, sector or local standard.
  case standard
  /// A ministry's or government's policy document, guideline or fund-management measures.
  case policy
  /// A programme's call for projects.
  case call
  /// Submission practice, the standard's own format.
  case practice

  /// Whether a rule citing a document of this kind is binding by law and may therefore never be waived.
  public var isBinding: Bool { self == .law || self == .regulation }
}

/// A document the standard implements or cites (a law, a national standard, a call for projects).
public struct SourceDocument: Sendable, Hashable, Codable {
  public var id: String
  public var title: LocalizedText
  public var confidence: Confidence
  public var urls: [String]
  /// nil when the document does not say (`kind` is optional in rule-language version 1).
  public var kind: SourceKind? = nil
  /// The path of the document's full text bundled with the standard (`<document text>`), as written; nil when none
  /// is bundled. The loader holds every quote of the document to it (`SourceQuote`).
  public var text: String? = nil
}

/// A reference from a rule, parameter value or codelist to a source document and clause.
public struct SourceReference: Sendable, Hashable, Codable {
  public var document: SourceDocument
  public var clause: String?
  /// The sentence the reference rests on, verbatim (`<source quote>`), or nil.
  public var quote: String? = nil

  /// The citation in both languages.
  public var citation: LocalizedText { LocalizedText(zh: citation(.zh), en: citation(.en)) }

  /// "title, clause" in `language`, followed by the quote in quotation marks when there is one.
  public func citation(_ language: Language) -> String {
    let title = document.title.text(language)
    var citation = title
    if let clause, !clause.isEmpty { citation = language == .zh ? "\(title) \(clause)" : "\(title), \(clause)" }
    guard let quote, !quote.isEmpty else { return citation }
    return language == .zh ? "\(citation)：“\(quote)”" : "\(citation): “\(quote)”"
  }
}

/// Where something is in a file: 1-based line and column (0 when unknown).
public struct SourceLocation: Sendable, Hashable, Codable, Comparable {
  public var file: String
  public var line: Int
  public var column: Int

  public init(file: String, line: Int, column: Int = 0) {
    self.file = file
    self.line = line
    self.column = column
  }

  public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
    (lhs.file, lhs.line, lhs.column) < (rhs.file, rhs.line, rhs.column)
  }
}
