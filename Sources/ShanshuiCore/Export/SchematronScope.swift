/// What a check's Schematron form may read under one profile: the parameters' values, the codelists' variables and
/// the rewriting of `ss:quantity` calls (`CheckSchematron`).
public struct SchematronScope {
  let parameters: [String: ResolvedParameter]
  let codelists: CodelistXPath
  let rewriter: QuantityCallRewriter

  /// A bound's XPath value and unit under the profile (a parameter is its global variable).
  func bound(
    _ bound: Bound, literalUnit: QuantityUnit? = nil
  ) throws(Unexpressible) -> (value: String, unit: QuantityUnit?) {
    switch bound {
    case .literal(let value):
      guard let text = XPathText.number(value) else {
        throw Unexpressible(en: "the bound \(value) has no exact XPath form", zh: "界限 \(value) 无法精确写成 XPath")
      }
      return (text, literalUnit)
    case .parameter(let id):
      guard let parameter = parameters[id] else {
        throw Unexpressible(en: "parameter \(id) has no value", zh: "参数 \(id) 无值")
      }
      return ("$\(id)", parameter.parameter.unit)
    }
  }

  /// A bound's number and unit under the profile, for messages; nil for a parameter without a value.
  func resolved(_ bound: Bound, literalUnit: QuantityUnit? = nil) -> (value: Double, unit: QuantityUnit?)? {
    switch bound {
    case .literal(let value): return (value, literalUnit)
    case .parameter(let id): return parameters[id].map { ($0.number, $0.parameter.unit) }
    }
  }

  /// Whether the target's trimmed value (`.`) is a current code of `list` (`CodelistXPath`).
  func codeIsCurrent(_ list: String) throws(Unexpressible) -> String {
    guard let condition = codelists.isCurrent(list) else {
      throw Unexpressible(en: "unknown codelist \(list)", zh: "未知代码表 \(list)")
    }
    return condition
  }
}

/// A rule-level variable (`sch:let` inside `sch:rule`).
struct SchematronLet {
  var name: String
  var value: String
  /// Written as a comment after the variable (a parameter's status).
  var note: String? = nil
}
