/// Pieces of a check's documentation line that several kinds share (`CheckWords.line`).
enum DocLineWords {
  /// "each value of `area`"; the context node itself (`.`) reads better named.
  static func values(of path: SimplePath, _ language: Language) -> [CheckPhrase] {
    let zh = language == .zh
    if path.description == "." { return [.text(zh ? "选中节点的值" : "the selected node's value")] }
    return zh ? [.code(path.description), .text(" 的每个值")] : [.text("each value of "), .code(path.description)]
  }

  /// A bound as written: a parameter, or a number with its unit. A number without a unit reads in the base unit of
  /// the value's own dimension (E213): say so, never guess one; a count is a number of nodes, not a quantity.
  static func bound(_ bound: Bound?, unit: QuantityUnit?, counted: Bool = false, _ language: Language) -> [CheckPhrase]?
  {
    guard let bound else { return nil }
    let zh = language == .zh
    if case .parameter(let id) = bound { return [.text(zh ? "参数 " : "parameter "), .code(id)] }
    let value = bound.description
    guard let unit else {
      return [.text(counted ? value : value + (zh ? "（未注明单位，E213）" : " (no unit stated, E213)"))]
    }
    let symbol = unit.symbol.text(language)
    return [.text("\(value) \(symbol.isEmpty ? unit.id : symbol)")]
  }

  /// "at least 1 ha and at most 5 ha", with the kind's words for each side.
  static func limits(
    _ min: Bound?, _ max: Bound?, unit: QuantityUnit?, counted: Bool = false,
    atLeast: (zh: String, en: String), atMost: (zh: String, en: String), _ language: Language
  ) -> [CheckPhrase] {
    let zh = language == .zh
    var words: [CheckPhrase] = []
    if let lower = bound(min, unit: unit, counted: counted, language) {
      words += [.text(zh ? atLeast.zh : atLeast.en)] + lower
    }
    if let upper = bound(max, unit: unit, counted: counted, language) {
      if !words.isEmpty { words.append(.text(zh ? "、" : " and ")) }
      words += [.text(zh ? atMost.zh : atMost.en)] + upper
    }
    return words
  }
}
