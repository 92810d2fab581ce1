extension PatternCheck {
  public func words(standard: Standard) -> CheckWords {
    CheckWords(
      line: { language in
        DocLineWords.values(of: path, language)
          + [.text(language == .zh ? "须完整匹配正则表达式 " : " must match in full the regular expression "), .code(regex)]
      },
      sentence: LocalizedText(
        zh: "\(path) 须整体匹配正则表达式 \(regex)。", en: "\(path) must match the regular expression \(regex) as a whole."))
  }
}
