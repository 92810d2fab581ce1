/// Pieces of a check's `explain` sentence that several kinds share (`CheckWords.sentence`).
enum SentenceWords {
  /// A bound in words: a number with its unit, or a parameter with its title and unit from `standard`.
  static func bound(_ bound: Bound?, _ unit: QuantityUnit?, _ language: Language, standard: Standard) -> String? {
    guard let bound else { return nil }
    switch bound {
    case .literal(let value):
      guard let unit else {
        return NumberFormat.format(value)
          + (language == .zh ? "（未注明单位：按数值本身量纲的基本单位）" : " (no unit: the base unit of the value's own dimension)")
      }
      let symbol = unit.symbol.text(language)
      return NumberFormat.format(value) + " " + (symbol.isEmpty ? unit.id : symbol)
    case .parameter(let id):
      let parameter = standard.parameters[id]
      let title = parameter?.title.text(language)
      let unit = parameter.map { $0.unit.symbol.text(language).isEmpty ? $0.unit.id : $0.unit.symbol.text(language) }
      return language == .zh
        ? "参数 \(id)" + (title.map { "（\($0)" + (unit.map { "，单位 \($0)" } ?? "") + "）" } ?? "")
        : "parameter \(id)" + (title.map { " (\($0)" + (unit.map { ", in \($0)" } ?? "") + ")" } ?? "")
    }
  }

  /// "不小于 …、不大于 …" / "at least … and at most …".
  static func limits(_ min: Bound?, _ max: Bound?, _ unit: QuantityUnit?, standard: Standard) -> LocalizedText {
    LocalizedText(
      zh: [
        bound(min, unit, .zh, standard: standard).map { "不小于 \($0)" },
        bound(max, unit, .zh, standard: standard).map { "不大于 \($0)" },
      ]
      .compactMap { $0 }.joined(separator: "、"),
      en: [
        bound(min, unit, .en, standard: standard).map { "at least \($0)" },
        bound(max, unit, .en, standard: standard).map { "at most \($0)" },
      ]
      .compactMap { $0 }.joined(separator: " and "))
  }
}
