import ShanshuiXML

extension AreaMatchesCheck {
  /// Simple paths, no XPath of its own.
  public static var xpathAttributes: [String] { [] }
  public var xpathTests: [XPathExpression] { [] }
  public var unitlessBounds: [(attribute: String, assumed: LocalizedText)] {
    guard unit == nil, case .literal = tolerance else { return [] }
    return [("tolerance", LocalizedText(zh: "按占实测面积的百分比读取", en: "read as a percentage of the measured area"))]
  }
  /// A tolerance parameter is a share or an area.
  public func problems(context: String, parameters: [String: Parameter]) -> [LocalizedText] {
    guard let id = tolerance.parameterID, let parameter = parameters[id],
      parameter.unit.dimension != .share && parameter.unit.dimension != .area
    else { return [] }
    return [
      LocalizedText(
        zh: "参数 \(id) 的单位 \(parameter.unit.id) 既非比率也非面积，不能作面积容差",
        en: "parameter \(id)'s unit \(parameter.unit.id) is neither a share nor an area: it cannot be an area tolerance"
      )
    ]
  }
  /// No regular expression.
  public var backtrackingRisk: BacktrackingRisk? { nil }
}
