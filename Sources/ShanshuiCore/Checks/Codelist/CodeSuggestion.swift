/// The code a value that is no code of a list was most likely meant to be: a misspelt code (`spoil-protect-rate`), a
/// code in the wrong case or with `_` for `-`, or the code's Chinese or English name written in its place (`渣土防护率`).
///
/// Suggested only when one code is clearly nearest: within an edit distance of a third of the longer text (at most 3)
/// and strictly nearer than every other code, so a suggestion is a likely fix and never a coin toss.
enum CodeSuggestion {
  /// The nearest code in force to `value` among `codes`, or `nil`.
  static func nearest(to value: String, among codes: [Codelist.Code]) -> Codelist.Code? {
    let given = normalized(value)
    guard !given.isEmpty else { return nil }
    let scored = codes.compactMap { code -> (code: Codelist.Code, distance: Int)? in
      let spellings = [code.value, code.name.zh, code.name.en].compactMap { $0 }.map(normalized)
      let distance = spellings.map { editDistance(given, $0) }.min() ?? Int.max
      let longest = spellings.map(\.count).max() ?? 0
      return distance <= min(3, max(given.count, longest) / 3) ? (code, distance) : nil
    }
    guard let nearest = scored.map(\.distance).min() else { return nil }
    let winners = scored.filter { $0.distance == nearest }
    return winners.count == 1 ? winners[0].code : nil
  }

  /// Lower case, `_` and spaces as `-`, surrounding whitespace dropped: the differences a reader does not see.
  static func normalized(_ text: String) -> [Character] {
    Array(text.trimmed.lowercased().map { $0 == "_" || $0 == " " ? "-" : $0 })
  }

  /// Levenshtein distance by characters (insertions, deletions, substitutions), in two rows.
  static func editDistance(_ a: [Character], _ b: [Character]) -> Int {
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    var previous = Array(0...b.count)
    var current = [Int](repeating: 0, count: b.count + 1)
    for i in 1...a.count {
      current[0] = i
      for j in 1...b.count {
        let substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
        current[j] = min(previous[j] + 1, current[j - 1] + 1, substitution)
      }
      swap(&previous, &current)
    }
    return previous[b.count]
  }
}
