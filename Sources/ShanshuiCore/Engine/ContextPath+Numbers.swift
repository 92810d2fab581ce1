import ShanshuiXML

extension ContextPath {
  /// A number in a condition: `ss:quantity(relative, 'unit')`, a literal, a parameter `$id`, and `+ - * div mod`
  /// and unary minus over them, with XPath 1.0's IEEE semantics (NaN from a missing or unreadable quantity
  /// propagates, and every comparison with NaN but `!=` is false).
  indirect enum Numeric: Sendable {
    case literal(Double)
    case parameter(String)
    /// `ss:quantity(nodes, 'unit')`, computed by the very function XPath calls (`ShanshuiFunctions.quantity`).
    case quantity(Relative, String)
    /// `number(.)` (nil) or `number(relative)`: the first selected node's string value as libxml2 converts it.
    case number(Relative?)
    case negated(Numeric)
    case arithmetic(Numeric, ArithmeticOperator, Numeric)

    func value(at node: XMLNode, parameters: [String: ResolvedParameter]) -> Double {
      switch self {
      case .literal(let value): return value
      case .parameter(let id): return parameters[id]?.number ?? .nan
      case .quantity(let path, let unit):
        guard case .number(let total)? = ShanshuiFunctions.quantity([.nodes(path.select(from: node)), .string(unit)])
        else { return .nan }
        return total
      case .number(let path):
        guard let path else { return XPathNumber.of(node.stringValue) }
        var first: String?
        _ = path.contains(from: node) {
          first = $0.stringValue
          return true
        }
        return first.map(XPathNumber.of) ?? .nan
      case .negated(let operand): return -operand.value(at: node, parameters: parameters)
      case .arithmetic(let left, let operation, let right):
        let a = left.value(at: node, parameters: parameters)
        let b = right.value(at: node, parameters: parameters)
        switch operation {
        case .plus: return a + b
        case .minus: return a - b
        case .times: return a * b
        case .divide: return a / b
        case .modulo: return a.truncatingRemainder(dividingBy: b)  // C fmod, as libxml2
        }
      }
    }

    /// The parameters the number reads.
    var parameterIDs: Set<String> {
      switch self {
      case .literal, .quantity, .number: return []
      case .parameter(let id): return [id]
      case .negated(let operand): return operand.parameterIDs
      case .arithmetic(let left, _, let right): return left.parameterIDs.union(right.parameterIDs)
      }
    }
  }

  enum ArithmeticOperator: Sendable { case plus, minus, times, divide, modulo }

  enum ComparisonOperator: Sendable {
    case less, lessOrEqual, greater, greaterOrEqual, equal, notEqual

    func holds(_ a: Double, _ b: Double) -> Bool {
      switch self {
      case .less: return a < b
      case .lessOrEqual: return a <= b
      case .greater: return a > b
      case .greaterOrEqual: return a >= b
      case .equal: return a == b
      case .notEqual: return a != b
      }
    }
  }

  /// A number literal as libxml2 2.9 compiles it (xpath.c, `xmlXPathCompNumber`): the integer digits accumulated,
  /// plus the fraction digits as an integer divided by a power of ten. Limited to 15 digits on each side, where
  /// every step but the last two is exact; `nil` otherwise (the expression then stays with XPath).
  static func literal(integer: [UInt8], fraction: [UInt8]) -> Double? {
    guard !integer.isEmpty, integer.count <= 15, fraction.count <= 15 else { return nil }
    var whole = 0.0
    for digit in integer { whole = whole * 10 + Double(digit - UInt8(ascii: "0")) }
    guard !fraction.isEmpty else { return whole }
    var part = 0.0
    var scale = 1.0
    for digit in fraction {
      part = part * 10 + Double(digit - UInt8(ascii: "0"))
      scale *= 10
    }
    return whole + part / scale
  }
}

extension ContextPathParser {
  /// `additive comparison additive`, or `nil` with nothing consumed.
  mutating func numericComparison() -> ContextPath.Condition? {
    let start = index
    guard let left = additive(), let operation = comparisonOperator(), let right = additive() else {
      index = start
      return nil
    }
    return .compare(left, operation, right)
  }

  private mutating func comparisonOperator() -> ContextPath.ComparisonOperator? {
    skipSpace()
    if take("<") { return take("=") ? .lessOrEqual : .less }
    if take(">") { return take("=") ? .greaterOrEqual : .greater }
    if take("!") { return take("=") ? .notEqual : nil }
    if take("=") { return .equal }
    return nil
  }

  private mutating func additive() -> ContextPath.Numeric? {
    guard var value = multiplicative() else { return nil }
    while true {
      skipSpace()
      let operation: ContextPath.ArithmeticOperator
      if take("+") { operation = .plus } else if take("-") { operation = .minus } else { return value }
      guard let right = multiplicative() else { return nil }
      value = .arithmetic(value, operation, right)
    }
  }

  private mutating func multiplicative() -> ContextPath.Numeric? {
    guard var value = unary() else { return nil }
    while true {
      let operation: ContextPath.ArithmeticOperator
      if take("*") {
        operation = .times
      } else if keyword("div") {
        operation = .divide
      } else if keyword("mod") {
        operation = .modulo
      } else {
        return value
      }
      guard let right = unary() else { return nil }
      value = .arithmetic(value, operation, right)
    }
  }

  private mutating func unary() -> ContextPath.Numeric? {
    if take("-") { return unary().map { .negated($0) } }
    skipSpace()
    if take("$") {
      // Predicates have no variables in scope (see `predicateDepth`): such an expression stays with XPath.
      guard predicateDepth == 0 || acceptsParametersInPredicates else { return nil }
      // The name follows the `$` directly.
      guard let name = ncName() else { return nil }
      return .parameter(name)
    }
    if peekDigit() { return numberLiteral() }
    if take("(") {
      guard let inner = additive(), take(")") else { return nil }
      return inner
    }
    let start = index
    if ncName() == "number", take("(") {
      if take("."), take(")") { return .number(nil) }
      if let path = relative(), take(")") { return .number(path) }
    }
    index = start
    guard let prefix = ncName(), take(":"), ncName() == "quantity", namespaces[prefix] == Namespaces.functions,
      take("("), let path = relative(), take(","), let unit = literal(), take(")"), QuantityUnit.named(unit) != nil
    else {
      index = start
      return nil
    }
    return .quantity(path, unit)
  }

  private mutating func numberLiteral() -> ContextPath.Numeric? {
    let integer = digits()
    var fraction: [UInt8] = []
    if peek(".") {
      index += 1
      fraction = digits()
      if fraction.isEmpty { return nil }
    }
    // An exponent, or a name glued to the number, is not for this reader.
    if index < bytes.count, Self.isNameByte(bytes[index], first: false) { return nil }
    return ContextPath.literal(integer: integer, fraction: fraction).map { .literal($0) }
  }

  private mutating func digits() -> [UInt8] {
    let start = index
    while peekDigit() { index += 1 }
    return Array(bytes[start..<index])
  }

  private func peekDigit() -> Bool {
    index < bytes.count && (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[index])
  }
}
