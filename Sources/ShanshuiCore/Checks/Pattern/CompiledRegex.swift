/// A `pattern` expression compiled for matching in linear time: a Thompson automaton simulated as a set of states over
/// the value's Unicode scalars (no backtracking), so a match costs at most (scalars + 1) × states state visits whatever
/// the expression. A value type of arrays, shared read-only across threads.
public struct CompiledRegex: Sendable {
  /// The most automaton states an expression may compile to; counted repetition (`{n,m}`) multiplies its body.
  public static let maximumStates = 100_000

  /// Why an expression does not compile.
  public enum Problem: Error, Sendable, Equatable {
    /// Outside the dialect (RegexDialect.violation gives the message).
    case outsideDialect
    /// It would need `states` automaton states, more than `maximumStates` (reported as at least the limit + 1).
    case tooLarge(states: Int)
  }

  let program: RegexProgram

  /// The number of automaton states (the final accepting state included).
  public var stateCount: Int { program.states.count }

  /// Compiles `pattern`, an expression of the dialect.
  public init(_ pattern: String) throws(Problem) {
    guard let node = RegexParser.parse(pattern) else { throw .outsideDialect }
    try self.init(node)
  }

  /// Compiles a parsed expression.
  public init(_ node: RegexNode) throws(Problem) {
    let size = RegexProgram.size(of: node, limit: Self.maximumStates) + 1
    guard size <= Self.maximumStates else { throw .tooLarge(states: min(size, Self.maximumStates + 1)) }
    program = RegexProgram(node)
  }

  /// Whether the whole of `text` matches.
  public func wholeMatch(_ text: String) -> Bool { wholeMatchCounting(text).matched }

  /// Whether the whole of `text` matches; `nil` when that takes more than `budget` state visits.
  public func wholeMatch(_ text: String, budget: Int) -> Bool? {
    let (matched, visits) = wholeMatchCounting(text, budget: budget)
    return visits > budget ? nil : matched
  }

  /// Whether the whole of `text` matches, and the state visits it took: never more than
  /// (`text.unicodeScalars.count` + 1) × `stateCount`. Stops (not matched) once the visits exceed `budget`.
  public func wholeMatchCounting(_ text: String, budget: Int = .max) -> (matched: Bool, visits: Int) {
    let states = program.states
    let sets = program.sets
    // The consuming and accepting states live at the current position, and those of the next one.
    var current: [Int32] = []
    var reached: [Int32] = []
    // A state is entered at most once per position: its mark is the position's generation (so `(a*)*` ends).
    var marks = [Int](repeating: 0, count: states.count)
    var generation = 1
    var pending: [Int32] = []
    var visits = 0

    /// Enters `start` and every state reached from it without consuming.
    func enter(_ start: Int32) {
      pending.append(start)
      while let state = pending.popLast() {
        let index = Int(state)
        guard marks[index] != generation else { continue }
        marks[index] = generation
        visits += 1
        let entered = states[index]
        switch entered.operation {
        case .jump:
          pending.append(entered.first)
        case .split:
          pending.append(entered.second)
          pending.append(entered.first)
        case .scalar, .set, .match:
          reached.append(state)
        }
      }
    }

    enter(0)
    swap(&current, &reached)
    for scalar in text.unicodeScalars {
      if current.isEmpty || visits > budget { return (false, visits) }
      generation += 1
      reached.removeAll(keepingCapacity: true)
      let value = scalar.value
      for state in current {
        let entered = states[Int(state)]
        switch entered.operation {
        case .scalar:
          if UInt32(bitPattern: entered.first) == value { enter(state + 1) }
        case .set:
          if sets[Int(entered.first)].contains(value) { enter(state + 1) }
        case .split, .jump, .match:
          break
        }
      }
      swap(&current, &reached)
    }
    return (current.contains { states[Int($0)].operation == .match }, visits)
  }
}
