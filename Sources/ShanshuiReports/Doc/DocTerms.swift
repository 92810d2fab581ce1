import ShanshuiCore

/// The languages a documentation site is written in: Chinese, English, or both side by side.
public enum DocLanguage: String, Sendable, CaseIterable {
  case zh, en, both

  /// The languages shown, Chinese first.
  var languages: [Language] {
    switch self {
    case .zh: return [.zh]
    case .en: return [.en]
    case .both: return [.zh, .en]
    }
  }

  var htmlTag: String { self == .en ? "en" : "zh-CN" }
}

/// The words of the documentation site in its language(s): labels, texts of the standard, quantities.
struct DocTerms {
  let mode: DocLanguage

  /// A label: "严重程度", "Severity", or "严重程度 Severity" for both.
  func label(_ zh: String, _ en: String) -> String {
    switch mode {
    case .zh: return zh
    case .en: return en
    case .both: return "\(zh) \(en)"
    }
  }

  /// A text of the standard on one line: for both, "中文 / English" (once when they are the same).
  func line(_ text: LocalizedText) -> String {
    let texts = mode.languages.map { text.text($0) }.filter { !$0.isEmpty }
    return unique(texts).joined(separator: " / ")
  }

  /// A text of the standard, one language per line.
  func lines(_ text: LocalizedText) -> [DocInline] { lines(mode.languages.map { text.text($0) }) }

  /// Texts one per line, without empty ones or repeats.
  func lines(_ texts: [String]) -> [DocInline] {
    [DocInline].joined(unique(texts.filter { !$0.isEmpty }).map { [.text($0)] }, separator: [.lineBreak])
  }

  /// Inline content per language, one language per line.
  func perLanguage(_ make: (Language) -> [DocInline]) -> [DocInline] {
    [DocInline].joined(mode.languages.map(make), separator: [.lineBreak])
  }

  private func unique(_ texts: [String]) -> [String] {
    var seen: [String] = []
    for text in texts where !seen.contains(text) { seen.append(text) }
    return seen
  }

  /// The first language shown: for quantities and numbers.
  var primary: Language { mode == .en ? .en : .zh }

  func number(_ value: Double) -> String { ParameterText.format(value) }

  /// "85 %", "10 亿元", "3 years".
  func quantity(_ value: Double, _ unit: QuantityUnit, in language: Language? = nil) -> String {
    let symbol = unit.symbol.text(language ?? primary)
    if symbol.isEmpty { return number(value) }
    return "\(number(value)) \(symbol)"
  }

  func unit(_ unit: QuantityUnit) -> String {
    let symbols = mode.languages.map { unit.symbol.text($0) }.filter { !$0.isEmpty }
    return symbols.isEmpty ? unit.id : unique(symbols).joined(separator: " / ")
  }

  func profile(_ profile: Profile) -> String {
    label(profile.title.text(.zh), profile.title.text(.en).prefix(1).uppercased() + profile.title.text(.en).dropFirst())
  }

  func severity(_ severity: Severity) -> String { label(severity.title.text(.zh), severity.title.text(.en)) }

  func status(_ status: Parameter.Status) -> String {
    status == .adopted ? label("已采纳", "adopted") : label("暂定", "provisional")
  }

  func direction(_ stricter: Parameter.Stricter) -> String {
    stricter == .higher
      ? label("下限，越高越严", "minimum: higher is stricter") : label("上限，越低越严", "maximum: lower is stricter")
  }

  /// "标准文件 title（H）" per reference: the citation and the source's confidence mark.
  func citations(_ references: [SourceReference]) -> [DocInline] {
    [DocInline].joined(
      references.map { reference in
        lines(mode.languages.map { reference.citation($0) }) + [.text(" (\(reference.document.confidence.rawValue))")]
      }, separator: [.lineBreak])
  }
}
