extension DatesCheck {
  public func words(standard: Standard) -> CheckWords {
    let duration = SentenceWords.bound(maxDuration, unit, .zh, standard: standard).map { "，且历时不超过 \($0)" } ?? ""
    let durationEN =
      SentenceWords.bound(maxDuration, unit, .en, standard: standard).map { ", and last at most \($0)" } ?? ""
    return CheckWords(
      line: { language in
        let zh = language == .zh
        var words: [CheckPhrase] = [
          .code(end.description), .text(zh ? " 不得早于 " : " must not be before "), .code(start.description),
        ]
        if let limit = DocLineWords.bound(maxDuration, unit: unit, language) {
          words += [.text(zh ? "，且期限不超过 " : ", and the duration must be at most ")] + limit
        }
        return words
      },
      sentence: LocalizedText(
        zh: "\(end) 不得早于 \(start)\(duration)。", en: "\(end) must not be before \(start)\(durationEN)."))
  }
}
