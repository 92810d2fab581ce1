/// A shape of expression on which a backtracking engine (Python's `re`, behind lxml's EXSLT `regexp:test`, which the
/// Schematron export targets) can take exponential time on a value that almost matches. shanshui's own matcher is
/// linear whatever the expression; this is about the exported schema. A simple heuristic over the syntax tree:
///
/// - **nested quantifier**: a group repeated more than once (`*`, `+`, `{n,}`, `{n,m}` with m > 1) whose body holds a
///   quantifier of variable count (`?`, `*`, `+`, `{n,}`, `{n,m}` with m > n) over characters that the body can both
///   start and end with, so one run can be split between iterations in many ways: `(a+)+b`, `(a*)*b`, `(x+x+)+y`,
///   `([a-z]+)*[0-9]`, `(a{1,2})+b`, `(x?y?y?)+a` (the last found by fuzzing: Swift's backtracking `Regex` took
///   minutes on 12 characters). A body that
///   starts or ends with a character its inner run cannot match is delimited and not flagged: `[A-Z]+(-[A-Z0-9]+)*`.
/// - **overlapping alternation**: a repeated group that is an alternation two of whose branches can start with the
///   same character: `(a|aa)*c`, `([0-9]|1)+`. (`(ab|ac)*`, harmless, is flagged too: the branches' first characters
///   are all that is compared.)
///
/// Not flagged: polynomial backtracking without a repeated group (`a*a*b` on a long value), and ambiguity inside one
/// iteration of a delimited body (`(a+a+b)+`).
public enum BacktrackingRisk: Sendable, Equatable {
  case nestedQuantifier
  case overlappingAlternation

  /// The first risk found in `node`, outermost first; `nil` when the heuristic finds none.
  public static func find(in node: RegexNode) -> BacktrackingRisk? {
    switch node {
    case .empty, .scalars:
      return nil
    case .sequence(let parts):
      return parts.lazy.compactMap { find(in: $0) }.first
    case .choice(let branches):
      return branches.lazy.compactMap { find(in: $0) }.first
    case .repetition(let body, _, let max):
      if max.map({ $0 > 1 }) ?? true {
        if runsAcrossIterations(body) { return .nestedQuantifier }
        if case .choice(let branches) = body, branchesOverlap(branches) { return .overlappingAlternation }
      }
      return find(in: body)
    }
  }

  /// Whether a repetition of variable count inside `body` (`body` itself included) matches a character that `body`
  /// can start with and one it can end with.
  static func runsAcrossIterations(_ body: RegexNode) -> Bool {
    let first = RegexShape.first(body)
    let last = RegexShape.last(body)
    return RegexShape.variableBodies(body).contains { inner in
      let alphabet = RegexShape.alphabet(inner)
      return alphabet.intersects(first) && alphabet.intersects(last)
    }
  }

  /// Whether two branches can start with the same scalar: a sweep over all their first ranges, sorted (each branch's
  /// own ranges are disjoint, so a range that starts before an earlier one ends overlaps another branch's).
  static func branchesOverlap(_ branches: [RegexNode]) -> Bool {
    let ranges = branches.flatMap { RegexShape.first($0).ranges }.sorted { $0.lowerBound < $1.lowerBound }
    var end: UInt32?
    for range in ranges {
      if let end, range.lowerBound <= end { return true }
      end = Swift.max(end ?? 0, range.upperBound)
    }
    return false
  }

  /// The warning's text.
  public var message: LocalizedText {
    switch self {
    case .nestedQuantifier:
      return LocalizedText(
        zh: "嵌套量词：重复的分组内含次数可变的量词（?、*、+、{n,}、{n,m}），同一段字符可在各次重复间以多种方式划分",
        en:
          "nested quantifier: a repeated group holds a quantifier of variable count (?, *, +, {n,}, {n,m}) whose run can be split between the repetitions in many ways"
      )
    case .overlappingAlternation:
      return LocalizedText(
        zh: "重复的分支选择：被重复的分组中有两个分支可以同一字符开头",
        en: "ambiguous repetition: two branches of a repeated alternation can start with the same character")
    }
  }
}

/// What a syntax tree can match, coarsely: whether it matches the empty string, which scalars it starts and ends with,
/// which it consumes at all.
enum RegexShape {
  static func nullable(_ node: RegexNode) -> Bool {
    switch node {
    case .empty: return true
    case .scalars: return false
    case .sequence(let parts): return parts.allSatisfy(nullable)
    case .choice(let branches): return branches.contains(where: nullable)
    case .repetition(let body, let min, _): return min == 0 || nullable(body)
    }
  }

  /// The scalars a match can start with.
  static func first(_ node: RegexNode) -> ScalarSet { collected { edge(node, fromEnd: false, into: &$0) } }

  /// The scalars a match can end with.
  static func last(_ node: RegexNode) -> ScalarSet { collected { edge(node, fromEnd: true, into: &$0) } }

  /// Every scalar a match can consume.
  static func alphabet(_ node: RegexNode) -> ScalarSet { collected { alphabet(node, into: &$0) } }

  /// The ranges gathered by `gather`, merged once (merging at every node would be quadratic on a long expression).
  private static func collected(_ gather: (inout [ClosedRange<UInt32>]) -> Void) -> ScalarSet {
    var ranges: [ClosedRange<UInt32>] = []
    gather(&ranges)
    return ScalarSet(ranges)
  }

  private static func edge(_ node: RegexNode, fromEnd: Bool, into ranges: inout [ClosedRange<UInt32>]) {
    switch node {
    case .empty: return
    case .scalars(let set): ranges += set.ranges
    case .sequence(let parts):
      for part in fromEnd ? parts.reversed() : parts {
        edge(part, fromEnd: fromEnd, into: &ranges)
        if !nullable(part) { break }
      }
    case .choice(let branches):
      for branch in branches { edge(branch, fromEnd: fromEnd, into: &ranges) }
    case .repetition(let body, _, let max):
      if max != 0 { edge(body, fromEnd: fromEnd, into: &ranges) }
    }
  }

  private static func alphabet(_ node: RegexNode, into ranges: inout [ClosedRange<UInt32>]) {
    switch node {
    case .empty: return
    case .scalars(let set): ranges += set.ranges
    case .sequence(let parts): for part in parts { alphabet(part, into: &ranges) }
    case .choice(let branches): for branch in branches { alphabet(branch, into: &ranges) }
    case .repetition(let body, _, let max): if max != 0 { alphabet(body, into: &ranges) }
    }
  }

  /// The bodies of the repetitions of variable count in `node` (`?`, `*`, `+`, `{n,}`, `{n,m}` with m > n), `node`
  /// included.
  static func variableBodies(_ node: RegexNode) -> [RegexNode] {
    switch node {
    case .empty, .scalars: return []
    case .sequence(let parts): return parts.flatMap(variableBodies)
    case .choice(let branches): return branches.flatMap(variableBodies)
    case .repetition(let body, let min, let max):
      return (max.map { $0 > min } ?? true ? [body] : []) + variableBodies(body)
    }
  }
}
