extension CountCheck {
  public func words(standard: Standard) -> CheckWords {
    let range = SentenceWords.limits(min, max, nil, standard: standard)
    return CheckWords(
      line: { language in
        let zh = language == .zh
        return [.text(zh ? "" : "the number of "), .code(path.description), .text(zh ? " 的个数须" : " must be ")]
          + DocLineWords.limits(
            min, max, unit: nil, counted: true, atLeast: ("不少于 ", "at least "), atMost: ("不多于 ", "at most "), language)
      },
      sentence: LocalizedText(
        zh: "\(path) 的个数须\(range.text(.zh))。", en: "The number of \(path) must be \(range.text(.en))."))
  }
}
