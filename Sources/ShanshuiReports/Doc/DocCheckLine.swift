import ShanshuiCore

/// What a check verifies, in plain words, as the documentation writes it: the kind's own line (`CheckWords.line`)
/// with its code spans as inline code.
enum DocCheckLine {
  static func inlines(_ words: CheckWords, language: Language) -> [DocInline] {
    words.line(language).map { phrase in
      switch phrase {
      case .text(let text): return .text(text)
      case .code(let code): return .code(code)
      }
    }
  }
}
