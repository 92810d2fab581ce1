/// A quote (`<source quote>`) held to the full text of its document (`<document text>`): the standard may only put
/// in a source's mouth what the source says.
enum SourceQuote {
  /// What a quote writes between parts that the source separates.
  static let gap = "……"

  /// Whether every part of `quote` between `gap`s occurs in `text`, in order, Unicode scalar for Unicode scalar (no
  /// normalisation: a quote that differs from the text only in its punctuation's width is not verbatim).
  static func isVerbatim(_ quote: String, in text: String) -> Bool {
    let haystack = Array(text.unicodeScalars)
    var start = 0
    for part in quote.components(separatedBy: gap) where !part.isEmpty {
      let needle = Array(part.unicodeScalars)
      guard let found = firstIndex(of: needle, in: haystack, from: start) else { return false }
      start = found + needle.count
    }
    return true
  }

  /// Where `needle` first occurs in `haystack` at or after `start`.
  private static func firstIndex(of needle: [Unicode.Scalar], in haystack: [Unicode.Scalar], from start: Int) -> Int? {
    guard needle.count <= haystack.count - start else { return nil }
    var index = start
    while index + needle.count <= haystack.count {
      if haystack[index] == needle[0], haystack[index..<index + needle.count].elementsEqual(needle) { return index }
      index += 1
    }
    return nil
  }

  /// Every quote of `documents` whose source has a full text in `texts` (by document id) and does not occur in it.
  static func problems(in documents: [RawDocument], texts: [String: String]) -> [Diagnostic] {
    documents.flatMap { document in
      references(of: document).compactMap { reference -> Diagnostic? in
        guard let quote = reference.quote, let text = texts[reference.id], !isVerbatim(quote, in: text) else {
          return nil
        }
        return Diagnostic(
          .quoteNotInSourceText,
          LocalizedText(
            zh: "引文不在来源 \(reference.id) 的原文中：“\(quote)”",
            en: "the quote is not in the text of source \(reference.id): “\(quote)”"),
          at: reference.location)
      }
    }
  }

  /// Every source reference of a rule document: of its rules, parameter values and codelists.
  private static func references(of document: RawDocument) -> [RawDocument.SourceRef] {
    document.rules.flatMap(\.sources) + document.parameters.flatMap { $0.values.flatMap(\.sources) }
      + document.codelists.flatMap(\.sources)
  }

  /// The full texts the documents' sources name, read with `read` (a path relative to the standard's directory, and
  /// where it is named); a text that cannot be read is reported by `read`, one that is not UTF-8 here.
  static func texts(
    of documents: [RawDocument], read: (String, SourceLocation) -> [UInt8]?
  ) -> (texts: [String: String], problems: [Diagnostic]) {
    var texts: [String: String] = [:]
    var problems: [Diagnostic] = []
    for document in documents {
      for (source, location) in document.sources {
        guard let path = source.text, texts[source.id] == nil, let bytes = read(path, location) else { continue }
        guard let text = String(validating: bytes, as: UTF8.self) else {
          problems.append(
            Diagnostic(
              .standardUnreadable,
              LocalizedText(zh: "来源原文 \(path) 不是 UTF-8 文本", en: "source text \(path) is not UTF-8"),
              at: location))
          continue
        }
        texts[source.id] = text
      }
    }
    return (texts, problems)
  }
}
