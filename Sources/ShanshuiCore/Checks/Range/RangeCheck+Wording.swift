extension RangeCheck {
  public func words(standard: Standard) -> CheckWords {
    let range = SentenceWords.limits(min, max, unit, standard: standard)
    let dimension = unit?.dimension ?? parameterIDs.lazy.compactMap { standard.parameters[$0]?.unit.dimension }.first
    let kind =
      dimension.map {
        LocalizedText(
          zh: "（\($0.title.text(.zh))，以 \($0.unitList.text(.zh)) 表示；其他量纲的数值单独报告，不作比较）",
          en:
            " (\($0.title.text(.en)), stated in \($0.unitList.text(.en)); a value of another dimension is reported on its own, never compared)"
        )
      } ?? LocalizedText(zh: "", en: "")
    return CheckWords(
      line: { language in
        DocLineWords.values(of: path, language) + [
          .text(language == .zh ? "（换算单位后）须" : " must be, after unit conversion, ")
        ]
          + DocLineWords.limits(
            min, max, unit: unit, atLeast: ("不小于 ", "at least "), atMost: ("不大于 ", "at most "), language)
      },
      sentence: LocalizedText(
        zh: "\(path) 的数值\(kind.text(.zh))换算单位后须\(range.text(.zh))。",
        en: "The value of \(path)\(kind.text(.en)), after unit conversion, must be \(range.text(.en))."))
  }
}
