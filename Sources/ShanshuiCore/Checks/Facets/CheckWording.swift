/// The wording facet of a check kind: what the check verifies, in plain words, for the rule's documentation page
/// (`doc`) and for `explain`.
public protocol CheckWording {
  /// The words for both renderers. `standard` names parameters, units and codelists.
  func words(standard: Standard) -> CheckWords
}

/// What a check verifies, in the two phrasings the renderers use.
public struct CheckWords: Sendable {
  /// The line for the documentation page, with code spans: "each value of `area` must be at least 1 ha".
  public var zh: [CheckPhrase]
  public var en: [CheckPhrase]
  /// A fuller sentence for `explain`, naming the titles and units of parameters and codelists.
  public var sentence: LocalizedText

  /// `line` makes the documentation line in a language.
  public init(line: (Language) -> [CheckPhrase], sentence: LocalizedText) {
    zh = line(.zh)
    en = line(.en)
    self.sentence = sentence
  }

  /// The documentation line in `language`.
  public func line(_ language: Language) -> [CheckPhrase] { language == .zh ? zh : en }
}

/// A piece of a documentation line: plain text, or text set as code (a path, a value, a regular expression).
public enum CheckPhrase: Sendable, Hashable {
  case text(String)
  case code(String)
}
