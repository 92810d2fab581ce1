/// A limit in a declarative check: a literal number, or a parameter (`$id`) whose value depends on the profile.
public enum Bound: Sendable, Hashable, CustomStringConvertible {
  case literal(Double)
  case parameter(String)

  public init?(_ text: String) {
    let text = text.trimmed
    if text.hasPrefix("$") {
      let id = String(text.dropFirst())
      guard !id.isEmpty else { return nil }
      self = .parameter(id)
    } else if let value = Quantity.number(text) {
      self = .literal(value)
    } else {
      return nil
    }
  }

  public var description: String {
    switch self {
    case .literal(let value): return NumberFormat.format(value)
    case .parameter(let id): return "$" + id
    }
  }

  var parameterID: String? {
    if case .parameter(let id) = self { return id }
    return nil
  }

  /// The bound's value and unit under the context's profile; `nil` when its parameter has no value there.
  func resolve(in context: CheckContext, literalUnit: QuantityUnit?) -> ResolvedBound? {
    switch self {
    case .literal(let value):
      return ResolvedBound(value: value, unit: literalUnit, parameter: nil)
    case .parameter(let id):
      guard let parameter = context.parameters[id] else { return nil }
      return ResolvedBound(value: parameter.number, unit: parameter.parameter.unit, parameter: parameter)
    }
  }
}

/// A bound resolved under one profile.
struct ResolvedBound {
  var value: Double
  var unit: QuantityUnit?
  var parameter: ResolvedParameter?
}
