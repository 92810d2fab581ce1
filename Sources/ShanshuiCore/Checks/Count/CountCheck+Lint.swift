import ShanshuiXML

extension CountCheck {
  /// A simple path, no XPath of its own.
  public static var xpathAttributes: [String] { [] }
  public var xpathTests: [XPathExpression] { [] }
  /// A count is a number of nodes: its bounds have no unit to state or to mismatch.
  public var unitlessBounds: [(attribute: String, assumed: LocalizedText)] { [] }
  public func problems(context: String, parameters: [String: Parameter]) -> [LocalizedText] { [] }
  /// No regular expression.
  public var backtrackingRisk: BacktrackingRisk? { nil }
}
