import ShanshuiXML

extension SumCheck {
  /// Simple paths, no XPath of their own.
  public static var xpathAttributes: [String] { [] }
  public var xpathTests: [XPathExpression] { [] }

  public var unitlessBounds: [(attribute: String, assumed: LocalizedText)] {
    guard unit == nil, toleranceStated, case .literal(let value) = tolerance, value != 0 else { return [] }
    return [("tolerance", LocalizedText(zh: "按总数的单位读取", en: "read in the total's unit"))]
  }

  /// A tolerance parameter of another dimension than the check's unit (the total's own dimension is not compared:
  /// `TargetDimension` reads ranges only).
  public func problems(context: String, parameters: [String: Parameter]) -> [LocalizedText] {
    unitProblems(bounds: [tolerance], unit: unit, parameters: parameters)
  }
  /// No regular expression.
  public var backtrackingRisk: BacktrackingRisk? { nil }
}
