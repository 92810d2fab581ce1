/// What a check's target measures, known before any submission is read: the submission schema types each quantity
/// element (`area` is an `AreaQuantity`, `survivalRate` a `ShareQuantity`, …), so a `range` on `area` compared with
/// a `percent` parameter is a mistake of the rule document, found at load and by lint (SL008), not a finding that
/// says "面积 1200 % 小于 300 %".
public enum TargetDimension {
  /// Quantity elements of the submission schema (`standards/schema/submission.xsd`) whose type fixes a dimension.
  /// Elements typed `Quantity` (any unit, such as `target`) are not listed, nor names the schema gives several types
  /// (`period` is the project's start and end, and a monitoring duration). A test keeps this in step with the schema.
  public static let elements: [String: QuantityUnit.Dimension] = [
    "area": .area, "treatedArea": .area,
    "bufferWidth": .length, "shoreline": .length, "distanceFromBank": .length, "width": .length, "length": .length,
    "budget": .money, "payment": .money, "total": .money,
    "cover": .share, "naturalShoreline": .share, "retentionRate": .share, "survivalRate": .share,
    "slope": .angle,
  ]

  /// The schema type behind each dimension of `elements`.
  public static let schemaTypes: [String: QuantityUnit.Dimension] = [
    "AreaQuantity": .area, "LengthQuantity": .length, "MoneyQuantity": .money, "ShareQuantity": .share,
    "DurationQuantity": .duration, "DegreeQuantity": .angle,
  ]

  /// The dimension of the element a simple path ends on; a path of `.` ends on the context's last step.
  public static func of(path: SimplePath, context: String) -> QuantityUnit.Dimension? {
    guard path.attribute == nil else { return nil }
    if let last = path.elements.last { return elements[last.localName] }
    return lastStep(of: context).flatMap { elements[$0] }
  }

  /// The local name of an XPath's last step (`/s:submission/s:mine/s:survivalRate` → `survivalRate`), predicates
  /// dropped; `nil` when the path does not end on a named child step after a `/`.
  static func lastStep(of xpath: String) -> String? {
    guard var tokens = XPathLexer.tokens(xpath) else { return nil }
    // Drop trailing predicates (they may nest).
    while let last = tokens.last, last.isSymbol("]") {
      var depth = 0
      guard
        let open = tokens.indices.reversed().first(where: { index in
          if tokens[index].isSymbol("]") { depth += 1 } else if tokens[index].isSymbol("[") { depth -= 1 }
          return depth == 0
        })
      else { return nil }
      tokens.removeSubrange(open...)
    }
    guard tokens.count >= 2, tokens[tokens.count - 2].isSymbol("/") || tokens[tokens.count - 2].isSymbol("//"),
      case .nameTest(_, let local) = tokens[tokens.count - 1].kind, local != "*"
    else { return nil }
    return local
  }

  /// Problems of a range whose target's dimension is known: a parameter bound or the check's unit of another one.
  static func problems(of range: RangeCheck, context: String, parameters: [String: Parameter]) -> [LocalizedText] {
    guard let dimension = of(path: range.path, context: context) else { return [] }
    var problems: [LocalizedText] = []
    if let unit = range.unit, unit.dimension != dimension {
      problems.append(mismatch("unit \(unit.id)", "单位 \(unit.id)", unit.dimension, target: range.path, dimension))
    }
    // With a unit on the check, its parameters are compared with that unit (`unitProblems`) instead.
    for id in range.unit == nil ? range.parameterIDs : [] {
      guard let parameter = parameters[id], parameter.unit.dimension != dimension else { continue }
      problems.append(
        mismatch(
          "parameter \(id) (\(parameter.unit.id))", "参数 \(id)（\(parameter.unit.id)）", parameter.unit.dimension,
          target: range.path, dimension))
    }
    return problems
  }

  private static func mismatch(
    _ en: String, _ zh: String, _ given: QuantityUnit.Dimension, target: SimplePath, _ expected: QuantityUnit.Dimension
  ) -> LocalizedText {
    LocalizedText(
      zh: "检查目标 \(target) 是\(expected.title.text(.zh))（\(expected.unitList.text(.zh))），\(zh)却是\(given.title.text(.zh))",
      en:
        "the check's target \(target) is \(expected.title.text(.en)) (\(expected.unitList.text(.en))) but \(en) is \(given.title.text(.en))"
    )
  }

  /// `ss:quantity(…, 'km2') > $limit` (or `$limit < ss:quantity(…)`) where `$limit` is of another dimension than
  /// `km2`: the comparison means nothing. Only direct comparisons are seen; arithmetic around them is not followed.
  /// (`ss` is always the functions' prefix: the loader binds it.)
  static func comparisonProblems(in expression: String, parameters: [String: Parameter]) -> [LocalizedText] {
    guard let tokens = XPathLexer.tokens(expression) else { return [] }
    var problems: [LocalizedText] = []
    for (index, token) in tokens.enumerated() {
      guard token.kind == .function(prefix: "ss", local: "quantity"), index + 1 < tokens.count,
        let close = XPathLexer.closing(tokens, from: index + 1), close >= 3,
        tokens[close - 2].isSymbol(","), case .literal(let unitID) = tokens[close - 1].kind,
        let unit = QuantityUnit.named(unitID)
      else { continue }
      var compared: [String] = []
      // `ss:quantity(…) > $p`
      if close + 2 < tokens.count, tokens[close + 1].isComparison, case .variable(let id) = tokens[close + 2].kind {
        compared.append(id)
      }
      // `$p < ss:quantity(…)`
      if index >= 2, tokens[index - 1].isComparison, case .variable(let id) = tokens[index - 2].kind {
        compared.append(id)
      }
      for id in compared {
        guard let parameter = parameters[id], parameter.unit.dimension != unit.dimension else { continue }
        problems.append(
          LocalizedText(
            zh:
              "ss:quantity(…, '\(unit.id)') 是\(unit.dimension.title.text(.zh))，与之比较的参数 \(id)（\(parameter.unit.id)）却是\(parameter.unit.dimension.title.text(.zh))",
            en:
              "ss:quantity(…, '\(unit.id)') is \(unit.dimension.title.text(.en)) but the parameter \(id) (\(parameter.unit.id)) it is compared with is \(parameter.unit.dimension.title.text(.en))"
          ))
      }
    }
    return problems
  }
}
