import ShanshuiXML

extension DatesCheck {
  /// Simple paths, no XPath of their own.
  public static var xpathAttributes: [String] { [] }
  public var xpathTests: [XPathExpression] { [] }

  public var unitlessBounds: [(attribute: String, assumed: LocalizedText)] {
    guard unit == nil, case .literal = maxDuration else { return [] }
    return [("maxDuration", LocalizedText(zh: "按年读取", en: "read in years"))]
  }

  /// A duration parameter that is no duration (the dates themselves have no unit).
  public func problems(context: String, parameters: [String: Parameter]) -> [LocalizedText] {
    unitProblems(bounds: [maxDuration], unit: unit ?? QuantityUnit.named("day"), parameters: parameters)
  }
  /// No regular expression.
  public var backtrackingRisk: BacktrackingRisk? { nil }
}
