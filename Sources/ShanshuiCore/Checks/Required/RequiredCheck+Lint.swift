import ShanshuiXML

extension RequiredCheck {
  /// A simple path, no XPath of its own.
  public static var xpathAttributes: [String] { [] }
  public var xpathTests: [XPathExpression] { [] }
  /// No bounds, so no units to state or to mismatch.
  public var unitlessBounds: [(attribute: String, assumed: LocalizedText)] { [] }
  public func problems(context: String, parameters: [String: Parameter]) -> [LocalizedText] { [] }
  /// No regular expression.
  public var backtrackingRisk: BacktrackingRisk? { nil }
}
