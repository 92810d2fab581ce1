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
  public var stateCount: Int { program.operations.count }

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

  /// Whether the whole of `text` matches, and the state visits it took: never more than
  /// (`text.unicodeScalars.count` + 1) × `stateCount`.
  public func wholeMatchCounting(_ text: String) -> (matched: Bool, visits: Int) {
    var simulation = Simulation(program: program)
    simulation.enter(0)
    for scalar in text.unicodeScalars {
      if simulation.current.isEmpty { return (false, simulation.visits) }
      simulation.step(scalar.value)
    }
    return (simulation.current.contains { program.operations[Int($0)] == .match }, simulation.visits)
  }
}

/// The set of live states while a value is read. Each position marks the states it has entered with a new
/// generation, so a state is entered at most once per position and the empty loops of `(a*)*` end.
private struct Simulation {
  let program: RegexProgram
  /// The consuming and accepting states reached at the current position.
  var current: [Int32] = []
  private var reached: [Int32] = []
  private var marks: [Int]
  private var generation = 1
  private var pending: [Int32] = []
  /// States entered so far, over all positions.
  private(set) var visits = 0

  init(program: RegexProgram) {
    self.program = program
    marks = Array(repeating: 0, count: program.operations.count)
  }

  /// Enters `state` and every state reached from it without consuming, at the current position.
  mutating func enter(_ state: Int32) {
    pending.append(state)
    while let state = pending.popLast() {
      let index = Int(state)
      guard marks[index] != generation else { continue }
      marks[index] = generation
      visits += 1
      switch program.operations[index] {
      case .jump:
        pending.append(program.first[index])
      case .split:
        pending.append(program.second[index])
        pending.append(program.first[index])
      case .scalar, .set, .match:
        current.append(state)
      }
    }
  }

  /// Consumes `scalar`: the states that accept it lead to the next position's states.
  mutating func step(_ scalar: UInt32) {
    swap(&current, &reached)
    current.removeAll(keepingCapacity: true)
    generation += 1
    for state in reached {
      let index = Int(state)
      let accepts: Bool
      switch program.operations[index] {
      case .scalar: accepts = UInt32(bitPattern: program.first[index]) == scalar
      case .set: accepts = program.sets[Int(program.first[index])].contains(scalar)
      case .split, .jump, .match: accepts = false
      }
      if accepts { enter(state + 1) }
    }
  }
}
