/// "Did you mean": the allowed names nearest to a mistyped one.
enum NameSuggestion {
  /// The best candidates for `typed` among `allowed`: an exact match ignoring case first, else those within a small
  /// edit distance (2, or 3 for names of 8 characters or more), nearest first, at most two.
  static func nearest(to typed: String, among allowed: [String]) -> [String] {
    if let same = allowed.first(where: { $0.lowercased() == typed.lowercased() && $0 != typed }) { return [same] }
    let limit = typed.count >= 8 ? 3 : 2
    let lowered = Array(typed.lowercased())
    return allowed.filter { $0 != typed }
      .map { ($0, RuleIDSuggestion.distance(lowered, Array($0.lowercased()))) }
      .filter { $0.1 <= limit && $0.1 < max(typed.count, 2) }
      .sorted { ($0.1, $0.0) < ($1.1, $1.0) }.prefix(2).map(\.0)
  }
}
