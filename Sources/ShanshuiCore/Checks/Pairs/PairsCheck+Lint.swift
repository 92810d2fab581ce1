import ShanshuiXML

extension PairsCheck {
  /// A simple path and two attribute names, no XPath of its own.
  public static var xpathAttributes: [String] { [] }
  public var xpathTests: [XPathExpression] { [] }
  /// No bounds, so no units to state or to mismatch (an unknown list is an unknown reference).
  public var unitlessBounds: [(attribute: String, assumed: LocalizedText)] { [] }
  public func problems(context: String, parameters: [String: Parameter]) -> [LocalizedText] { [] }
  /// No regular expression.
  public var backtrackingRisk: BacktrackingRisk? { nil }
}
