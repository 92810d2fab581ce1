import ShanshuiXML

extension OverlapCheck {
  /// A simple path and a layer role, no XPath of its own.
  public static var xpathAttributes: [String] { [] }
  public var xpathTests: [XPathExpression] { [] }
  public var unitlessBounds: [(attribute: String, assumed: LocalizedText)] {
    var unitless: [(attribute: String, assumed: LocalizedText)] = []
    if unit == nil, case .literal? = max { unitless.append(("max", LocalizedText(zh: "按公顷读取", en: "read in ha"))) }
    return unitless
  }
  /// `max` is an area, `max-share` a share.
  public func problems(context: String, parameters: [String: Parameter]) -> [LocalizedText] {
    var problems = unitProblems(bounds: [max], unit: unit, parameters: parameters)
    for (attribute, bound, dimension) in [("max", max, QuantityUnit.Dimension.area), ("max-share", maxShare, .share)] {
      guard let id = bound?.parameterID, let parameter = parameters[id], parameter.unit.dimension != dimension else {
        continue
      }
      problems.append(
        LocalizedText(
          zh: "\(attribute) 的参数 \(id) 单位 \(parameter.unit.id) 不是\(dimension.title.text(.zh))单位",
          en: "\(attribute)'s parameter \(id) is in \(parameter.unit.id), not a unit of \(dimension.title.text(.en))"))
    }
    return problems
  }
  /// No regular expression.
  public var backtrackingRisk: BacktrackingRisk? { nil }
}
