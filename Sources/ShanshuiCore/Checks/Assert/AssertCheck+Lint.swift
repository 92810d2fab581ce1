import ShanshuiXML

extension AssertCheck {
  public static var xpathAttributes: [String] { ["test"] }
  public var xpathTests: [XPathExpression] { [test] }
  /// Quantities in a test state their unit in `ss:quantity(…, 'unit')`; there is no bound attribute.
  public var unitlessBounds: [(attribute: String, assumed: LocalizedText)] { [] }

  /// `ss:quantity(…, 'km2')` compared with a parameter of another dimension.
  public func problems(context: String, parameters: [String: Parameter]) -> [LocalizedText] {
    TargetDimension.comparisonProblems(in: test.source, parameters: parameters)
  }
  /// No regular expression.
  public var backtrackingRisk: BacktrackingRisk? { nil }
}
