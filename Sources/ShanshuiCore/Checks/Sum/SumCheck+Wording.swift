extension SumCheck {
  public func words(standard: Standard) -> CheckWords {
    let partList = parts.map(\.description).joined(separator: ", ")
    return CheckWords(
      line: { language in
        let zh = language == .zh
        let partCodes = parts.enumerated().flatMap { index, part -> [CheckPhrase] in
          (index > 0 ? [.text(zh ? "、" : ", ")] : []) + [.code(part.description)]
        }
        let within = tolerance.description == "0" ? nil : DocLineWords.bound(tolerance, unit: unit, language)
        return [.text(zh ? "各部分 " : "the parts ")] + partCodes + [.text(zh ? " 之和须等于 " : " must add up to ")]
          + [.code(total.description)]
          + (within.map { [.text(zh ? "（允差 " : " (within ")] + $0 + [.text(zh ? "）" : ")")] } ?? [
            .text(zh ? "（精确相等）" : " exactly")
          ])
      },
      sentence: LocalizedText(
        zh:
          "各部分（\(partList)）之和须等于 \(total)，允许误差 \(SentenceWords.bound(tolerance, unit, .zh, standard: standard) ?? "0")。",
        en:
          "The parts (\(partList)) must add up to \(total), within \(SentenceWords.bound(tolerance, unit, .en, standard: standard) ?? "0")."
      ))
  }
}
