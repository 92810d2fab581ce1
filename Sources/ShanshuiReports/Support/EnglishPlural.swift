/// English counts in summaries: `1 error`, `2 errors`.
enum EnglishPlural {
  static func word(_ count: Int, _ word: String) -> String { count == 1 ? word : word + "s" }
}
