/// Generates `pattern` expressions of the dialect and subject strings from a string of choices, for the matcher's
/// differential test against a backtracking engine (tests: a seeded pseudo-random sequence; the `regex` fuzz target:
/// libFuzzer's bytes). Expressions nest groups up to three deep with every quantifier form, over a small alphabet
/// (ASCII letters, punctuation that needs escaping, CJK); subjects are either drawn over the same alphabet or sampled
/// from the expression (a member of its language, sometimes with one scalar changed), so that both verdicts occur.
/// Exhausted choices read as 0, so every input gives a finite case.
public struct RegexCaseGenerator {
  private var choices: [UInt8]
  private var index = 0

  /// The scalars of generated subjects.
  static let alphabet: [Unicode.Scalar] = ["a", "b", "c", "-", ".", "*", "(", "五", "六", "x"]
  static let literals = ["a", "b", "c", "-", "五", "\\.", "\\*", "\\(", "\\-"]
  static let classes = ["[a-b]", "[^a]", "[ab五]", "[\\-c]", "[五-六]", "[^五\\.]", "[a-c\\*x]"]
  static let quantifiers = ["", "", "", "?", "*", "+", "{0}", "{1}", "{2}", "{1,2}", "{0,3}", "{2,}"]

  public init(choices: [UInt8]) { self.choices = choices }

  /// The same, with `count` choices from a seeded pseudo-random sequence.
  public init(seed: UInt64, count: Int = 256) {
    var random = SplitMix64(seed: seed)
    self.init(choices: (0..<count).map { _ in UInt8(truncatingIfNeeded: random.next()) })
  }

  /// An expression of the dialect.
  public mutating func expression() -> String { alternation(depth: 0) }

  /// A subject of at most `maximumLength` scalars: drawn over the alphabet, or sampled from `node` (then cut to the
  /// length, and sometimes with one scalar replaced).
  public mutating func subject(for node: RegexNode?, maximumLength: Int) -> String {
    var scalars: [Unicode.Scalar] = []
    if let node, choose(3) > 0 {
      sample(node, into: &scalars, limit: maximumLength)
      if !scalars.isEmpty && choose(3) == 0 {
        scalars[choose(scalars.count)] = Self.alphabet[choose(Self.alphabet.count)]
      }
    } else {
      for _ in 0..<choose(maximumLength + 1) { scalars.append(Self.alphabet[choose(Self.alphabet.count)]) }
    }
    var text = String.UnicodeScalarView()
    text.append(contentsOf: scalars.prefix(maximumLength))
    return String(text)
  }

  private mutating func alternation(depth: Int) -> String {
    (0...choose(depth == 0 ? 3 : 2)).map { _ in sequence(depth: depth) }.joined(separator: "|")
  }

  private mutating func sequence(depth: Int) -> String {
    (0..<choose(4)).map { _ in atom(depth: depth) + pick(Self.quantifiers) }.joined()
  }

  private mutating func atom(depth: Int) -> String {
    switch choose(depth < 3 ? 5 : 3) {
    case 0, 1: return pick(Self.literals)
    case 2: return pick(Self.classes)
    case 3: return "(" + alternation(depth: depth + 1) + ")"
    default: return "(?:" + alternation(depth: depth + 1) + ")"
    }
  }

  /// Appends a member of `node`'s language (cut off once `limit` scalars are reached).
  private mutating func sample(_ node: RegexNode, into scalars: inout [Unicode.Scalar], limit: Int) {
    guard scalars.count < limit else { return }
    switch node {
    case .empty:
      break
    case .scalars(let set):
      let members = Self.alphabet.filter { set.contains($0.value) }
      if !members.isEmpty {
        scalars.append(members[choose(members.count)])
      } else if let range = set.ranges.first, let scalar = Unicode.Scalar(range.lowerBound) {
        scalars.append(scalar)
      }
    case .sequence(let parts):
      for part in parts { sample(part, into: &scalars, limit: limit) }
    case .choice(let branches):
      sample(branches[choose(branches.count)], into: &scalars, limit: limit)
    case .repetition(let body, let min, let max):
      let extra = max.map { $0 - min } ?? 3
      for _ in 0..<(min + choose(Swift.min(extra, 3) + 1)) { sample(body, into: &scalars, limit: limit) }
    }
  }

  private mutating func choose(_ count: Int) -> Int {
    guard count > 1 else { return 0 }
    let choice = index < choices.count ? Int(choices[index]) : 0
    index += 1
    return choice % count
  }

  private mutating func pick(_ options: [String]) -> String { options[choose(options.count)] }
}
