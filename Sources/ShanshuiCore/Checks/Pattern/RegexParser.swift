/// Parses an expression of the `pattern` dialect (RegexDialect) into a `RegexNode`, reading Unicode scalars as Python's
/// `re` does: a quantifier repeats the one scalar, class or group before it.
public enum RegexParser {
  /// The syntax tree of `pattern`; `nil` when it is outside the dialect (RegexDialect.violation says why).
  public static func parse(_ pattern: String) -> RegexNode? {
    guard pattern.unicodeScalars.count <= RegexDialect.maximumLength else { return nil }
    var reader = Reader(scalars: Array(pattern.unicodeScalars))
    guard let node = reader.alternation(depth: 0), reader.atEnd else { return nil }
    return node
  }

  private struct Reader {
    let scalars: [Unicode.Scalar]
    var index = 0

    var atEnd: Bool { index >= scalars.count }
    var current: Unicode.Scalar? { atEnd ? nil : scalars[index] }

    mutating func alternation(depth: Int) -> RegexNode? {
      var branches: [RegexNode] = []
      while true {
        guard let branch = sequence(depth: depth) else { return nil }
        branches.append(branch)
        guard current == "|" else { break }
        index += 1
      }
      return branches.count == 1 ? branches[0] : .choice(branches)
    }

    mutating func sequence(depth: Int) -> RegexNode? {
      var parts: [RegexNode] = []
      while let scalar = current, scalar != "|", scalar != ")" {
        guard let atom = atom(depth: depth), let quantified = quantified(atom) else { return nil }
        parts.append(quantified)
      }
      switch parts.count {
      case 0: return .empty
      case 1: return parts[0]
      default: return .sequence(parts)
      }
    }

    mutating func atom(depth: Int) -> RegexNode? {
      guard let scalar = current else { return nil }
      switch scalar {
      case "(":
        guard depth < RegexDialect.maximumGroupDepth else { return nil }
        index += 1
        if current == "?" {
          guard index + 1 < scalars.count, scalars[index + 1] == ":" else { return nil }
          index += 2
        }
        guard let body = alternation(depth: depth + 1), current == ")" else { return nil }
        index += 1
        return body
      case "[":
        return characterClass()
      case "\\":
        return escaped().map { .scalars(ScalarSet($0)) }
      case "?", "*", "+", "{", ".", "^", "$", "]", "}":
        return nil
      default:
        index += 1
        return .scalars(ScalarSet(scalar))
      }
    }

    /// `\` and ASCII punctuation: that character.
    mutating func escaped() -> Unicode.Scalar? {
      guard index + 1 < scalars.count else { return nil }
      let next = scalars[index + 1]
      guard next.isASCII, next.properties.isPatternSyntax else { return nil }
      index += 2
      return next
    }

    mutating func characterClass() -> RegexNode? {
      index += 1
      let negated = current == "^"
      if negated { index += 1 }
      var ranges: [ClosedRange<UInt32>] = []
      while let scalar = current, scalar != "]" {
        guard let low = member() else { return nil }
        var high = low
        if current == "-", index + 1 < scalars.count, scalars[index + 1] != "]" {
          index += 1
          guard let end = member(), end >= low else { return nil }
          high = end
        }
        ranges.append(low.value...high.value)
      }
      guard current == "]", !ranges.isEmpty else { return nil }
      index += 1
      let set = ScalarSet(ranges)
      return .scalars(negated ? set.complement : set)
    }

    mutating func member() -> Unicode.Scalar? {
      guard let scalar = current else { return nil }
      if scalar == "\\" { return escaped() }
      if ["[", "]", "-", "^", "&", "~"].contains(scalar) { return nil }
      index += 1
      return scalar
    }

    /// `atom` with the greedy quantifier after it, if any.
    mutating func quantified(_ atom: RegexNode) -> RegexNode? {
      let bounds: (min: Int, max: Int?)
      switch current {
      case "?":
        bounds = (0, 1)
      case "*":
        bounds = (0, nil)
      case "+":
        bounds = (1, nil)
      case "{":
        index += 1
        guard let low = number() else { return nil }
        var high: Int? = low
        if current == "," {
          index += 1
          high = number()
          if let high, high < low { return nil }
        }
        guard current == "}" else { return nil }
        bounds = (low, high)
      default:
        return atom
      }
      index += 1
      if let next = current, ["?", "*", "+", "{"].contains(next) { return nil }
      return .repetition(atom, min: bounds.min, max: bounds.max)
    }

    /// Decimal digits up to RegexDialect.maximumCount; `nil` when there are none or the number is larger.
    mutating func number() -> Int? {
      var value: Int?
      while let scalar = current, ("0"..."9").contains(scalar) {
        let next = (value ?? 0) * 10 + Int(scalar.value - 48)
        guard next <= RegexDialect.maximumCount else { return nil }
        value = next
        index += 1
      }
      return value
    }
  }
}
