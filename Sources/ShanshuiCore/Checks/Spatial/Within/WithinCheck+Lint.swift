import ShanshuiXML

extension WithinCheck {
  /// A simple path, no XPath of its own.
  public static var xpathAttributes: [String] { [] }
  public var xpathTests: [XPathExpression] { [] }
  /// No bound.
  public var unitlessBounds: [(attribute: String, assumed: LocalizedText)] { [] }
  /// Nothing to compare with the standard's parameters.
  public func problems(context: String, parameters: [String: Parameter]) -> [LocalizedText] { [] }
  /// No regular expression.
  public var backtrackingRisk: BacktrackingRisk? { nil }
}
