/// The languages every text of the standard and every report comes in.
public enum Language: String, Sendable, Codable, CaseIterable {
  case zh, en
}

/// A text in Chinese and English; either may be missing, and each falls back on the other.
public struct LocalizedText: Sendable, Hashable, Codable {
  public var zh: String?
  public var en: String?

  public init(zh: String? = nil, en: String? = nil) {
    self.zh = zh
    self.en = en
  }

  /// The same text in both languages (numbers, codes).
  public init(_ both: String) {
    zh = both
    en = both
  }

  /// The text in `language`, or in the other language if that one is missing.
  public func text(_ language: Language) -> String {
    switch language {
    case .zh: return zh ?? en ?? ""
    case .en: return en ?? zh ?? ""
    }
  }

  /// Applies `transform` to both texts.
  public func map(_ transform: (String, Language) -> String) -> LocalizedText {
    LocalizedText(zh: zh.map { transform($0, .zh) }, en: en.map { transform($0, .en) })
  }
}
