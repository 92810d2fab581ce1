import ShanshuiXML

extension DisjointCheck {
  /// A simple path, no XPath of its own.
  public static var xpathAttributes: [String] { [] }
  public var xpathTests: [XPathExpression] { [] }
  /// A literal `tolerance` without `unit` is read in hectares.
  public var unitlessBounds: [(attribute: String, assumed: LocalizedText)] {
    guard unit == nil, case .literal? = tolerance else { return [] }
    return [("tolerance", LocalizedText(zh: "按公顷读取", en: "read in ha"))]
  }
  /// `tolerance` is an area.
  public func problems(context: String, parameters: [String: Parameter]) -> [LocalizedText] {
    var problems = unitProblems(bounds: [tolerance], unit: unit, parameters: parameters)
    if let id = tolerance?.parameterID, let parameter = parameters[id], parameter.unit.dimension != .area {
      problems.append(
        LocalizedText(
          zh: "tolerance 的参数 \(id) 单位 \(parameter.unit.id) 不是面积单位",
          en: "tolerance's parameter \(id) is in \(parameter.unit.id), not a unit of area"))
    }
    return problems
  }
  /// No regular expression.
  public var backtrackingRisk: BacktrackingRisk? { nil }
}
