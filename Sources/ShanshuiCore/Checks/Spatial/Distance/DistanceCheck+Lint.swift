import ShanshuiXML

extension DistanceCheck {
  /// A simple path and a layer role, no XPath of its own.
  public static var xpathAttributes: [String] { [] }
  public var xpathTests: [XPathExpression] { [] }
  public var unitlessBounds: [(attribute: String, assumed: LocalizedText)] {
    guard unit == nil else { return [] }
    return [("min", min), ("max", max), ("tolerance", tolerance)].compactMap { name, bound in
      if case .literal? = bound { return (name, LocalizedText(zh: "按米读取", en: "read in m")) }
      return nil
    }
  }
  /// `min` and `max` are lengths; a tolerance is a length or a share.
  public func problems(context: String, parameters: [String: Parameter]) -> [LocalizedText] {
    var problems = unitProblems(bounds: [min, max], unit: unit, parameters: parameters)
    if let id = tolerance?.parameterID, let parameter = parameters[id],
      parameter.unit.dimension != .length && parameter.unit.dimension != .share
    {
      problems.append(
        LocalizedText(
          zh: "tolerance 的参数 \(id) 单位 \(parameter.unit.id) 既非长度也非比率",
          en: "tolerance's parameter \(id) is in \(parameter.unit.id), neither a length nor a share"))
    }
    return problems
  }
  /// No regular expression.
  public var backtrackingRisk: BacktrackingRisk? { nil }
}
