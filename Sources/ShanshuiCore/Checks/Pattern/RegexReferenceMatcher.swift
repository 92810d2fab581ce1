/// A second, independent reading of a `RegexNode` for differential tests and fuzzing: the set of positions where a
/// match of each node can end, given the set where it may start, computed straight from the tree (no automaton). It
/// is polynomial, so unlike a backtracking engine it serves as a reference on subjects of any length; it is slower
/// than CompiledRegex and not used to check submissions.
public enum RegexReferenceMatcher {
  /// Whether the whole of `text` matches `node`.
  public static func wholeMatch(_ node: RegexNode, _ text: String) -> Bool {
    let scalars = text.unicodeScalars.map(\.value)
    var starts = Array(repeating: false, count: scalars.count + 1)
    starts[0] = true
    return ends(node, from: starts, in: scalars)[scalars.count]
  }

  /// The positions where a match of `node` starting at one of `starts` can end.
  static func ends(_ node: RegexNode, from starts: [Bool], in scalars: [UInt32]) -> [Bool] {
    switch node {
    case .empty:
      return starts
    case .scalars(let set):
      var result = Array(repeating: false, count: starts.count)
      for position in scalars.indices where starts[position] && set.contains(scalars[position]) {
        result[position + 1] = true
      }
      return result
    case .sequence(let parts):
      return parts.reduce(starts) { ends($1, from: $0, in: scalars) }
    case .choice(let branches):
      return branches.reduce(Array(repeating: false, count: starts.count)) { result, branch in
        zip(result, ends(branch, from: starts, in: scalars)).map { $0 || $1 }
      }
    case .repetition(let body, let min, let max):
      var frontier = starts
      for _ in 0..<min { frontier = ends(body, from: frontier, in: scalars) }
      var result = frontier
      var count = min
      // Once a round adds no position, no later round can (each round is a union over its start positions).
      while max.map({ count < $0 }) ?? true {
        frontier = ends(body, from: frontier, in: scalars)
        count += 1
        guard zip(frontier, result).contains(where: { $0 && !$1 }) else { break }
        result = zip(result, frontier).map { $0 || $1 }
      }
      return result
    }
  }
}
