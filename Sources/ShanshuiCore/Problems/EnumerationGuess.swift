import Foundation

/// Which allowed value a person meant by a value the schema refuses (`亩` → `mu`, `MU` → `mu`, `是` → `true`).
enum EnumerationGuess {
  /// Spellings of yes and no people write for `true` and `false`.
  static let yes: Set<String> = ["yes", "y", "1", "是", "对", "有", "真"]
  static let no: Set<String> = ["no", "n", "0", "否", "无", "没有", "假"]

  static func meant(_ value: String, allowed: [String], names: [String: LocalizedText]) -> String? {
    let trimmed = (ValueSpelling.halfWidth(value) ?? value).trimmingCharacters(in: .whitespacesAndNewlines)
    if trimmed != value, allowed.contains(trimmed) { return trimmed }
    if let named = allowed.first(where: { names[$0]?.zh == trimmed || names[$0]?.en == trimmed }) { return named }
    // A Chinese name written without the schema's parenthesis (`百分比` for `百分比（%）`) or with more after it (`亩数`).
    if let named = allowed.first(where: { value in
      guard let zh = names[value]?.zh, !trimmed.isEmpty else { return false }
      return zh.hasPrefix(trimmed + "（") || trimmed.hasPrefix(zh)
    }) {
      return named
    }
    if Set(allowed) == ["true", "false"] {
      if yes.contains(trimmed.lowercased()) { return "true" }
      if no.contains(trimmed.lowercased()) { return "false" }
    }
    let symbols: [String: String] = ["m²": "m2", "km²": "km2", "m³": "m3", "%": "percent", "°": "degree"]
    if let symbol = symbols[trimmed], allowed.contains(symbol) { return symbol }
    return NameSuggestion.nearest(to: trimmed, among: allowed).first
  }
}
