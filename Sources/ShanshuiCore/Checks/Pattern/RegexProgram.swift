/// A Thompson automaton for a `RegexNode`, as an array of states (an operation and its operands) and an array of the
/// scalar sets they test. Counted repetition is expanded, so `{n,m}` costs `m` copies of its body; the number of
/// states is bounded by `CompiledRegex.maximumStates`.
struct RegexProgram: Sendable {
  enum Operation: UInt8, Sendable {
    /// Consumes the scalar `first`, then goes to the next state.
    case scalar
    /// Consumes a scalar of `sets[first]`, then goes to the next state.
    case set
    /// Goes to `first` and to `second` without consuming.
    case split
    /// Goes to `first` without consuming.
    case jump
    /// The whole value matched if the input ends here.
    case match
  }

  /// One state: its operation and operands.
  struct State: Sendable {
    var operation: Operation
    var first: Int32
    var second: Int32
  }

  private(set) var states: [State] = []
  private(set) var sets: [ScalarSet] = []
  private var setIndex: [ScalarSet: Int32] = [:]

  /// The number of states `node` compiles to (without the final `match`), or `limit + 1` when it is larger.
  static func size(of node: RegexNode, limit: Int) -> Int {
    let size: Int
    switch node {
    case .empty: size = 0
    case .scalars: size = 1
    case .sequence(let parts): size = parts.reduce(0) { min($0 + Self.size(of: $1, limit: limit), limit + 1) }
    case .choice(let branches):
      size = branches.reduce(2 * (branches.count - 1)) { min($0 + Self.size(of: $1, limit: limit), limit + 1) }
    case .repetition(let body, let low, let high):
      let body = Self.size(of: body, limit: limit)
      let rest = high.map { ($0 - low) * (body + 1) } ?? (low > 0 ? 1 : body + 2)
      size = low * body + rest
    }
    return min(size, limit + 1)
  }

  /// The program of `node`; its state 0 is the start.
  init(_ node: RegexNode) {
    emit(node)
    append(.match)
  }

  private var next: Int32 { Int32(states.count) }

  @discardableResult
  private mutating func append(_ operation: Operation, _ first: Int32 = 0, _ second: Int32 = 0) -> Int {
    states.append(State(operation: operation, first: first, second: second))
    return states.count - 1
  }

  private mutating func emit(_ node: RegexNode) {
    switch node {
    case .empty:
      break
    case .scalars(let set):
      if let scalar = set.single {
        append(.scalar, Int32(bitPattern: scalar))
      } else {
        append(.set, index(of: set))
      }
    case .sequence(let parts):
      parts.forEach { emit($0) }
    case .choice(let branches):
      var exits: [Int] = []
      for branch in branches.dropLast() {
        let split = append(.split)
        states[split].first = next
        emit(branch)
        exits.append(append(.jump))
        states[split].second = next
      }
      if let last = branches.last { emit(last) }
      for exit in exits { states[exit].first = next }
    case .repetition(let body, let low, let high):
      emitRepetition(body, low: low, high: high)
    }
  }

  private mutating func emitRepetition(_ body: RegexNode, low: Int, high: Int?) {
    guard let high else {
      if low > 0 {
        // body{low-1}, then body+ as a loop back over its last copy.
        for _ in 0..<(low - 1) { emit(body) }
        let start = next
        emit(body)
        append(.split, start, next + 1)
      } else {
        let split = append(.split)
        states[split].first = next
        emit(body)
        append(.jump, Int32(split))
        states[split].second = next
      }
      return
    }
    for _ in 0..<low { emit(body) }
    // Each optional copy may be skipped to the end.
    var skips: [Int] = []
    for _ in low..<high {
      let split = append(.split)
      states[split].first = next
      skips.append(split)
      emit(body)
    }
    for skip in skips { states[skip].second = next }
  }

  private mutating func index(of set: ScalarSet) -> Int32 {
    if let index = setIndex[set] { return index }
    let index = Int32(sets.count)
    sets.append(set)
    setIndex[set] = index
    return index
  }
}
