import ShanshuiXML

extension CodelistCheck {
  /// Simple paths, no XPath of their own.
  public static var xpathAttributes: [String] { [] }
  public var xpathTests: [XPathExpression] { [] }
  /// Codes have no bounds, so no units to state or to mismatch (an unknown list is an unknown reference).
  public var unitlessBounds: [(attribute: String, assumed: LocalizedText)] { [] }
  public func problems(context: String, parameters: [String: Parameter]) -> [LocalizedText] { [] }
  /// No regular expression.
  public var backtrackingRisk: BacktrackingRisk? { nil }
}
