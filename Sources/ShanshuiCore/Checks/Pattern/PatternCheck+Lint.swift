import ShanshuiXML

extension PatternCheck {
  /// A simple path and a regular expression (checked against its dialect when the check is built), no XPath.
  public static var xpathAttributes: [String] { [] }
  public var xpathTests: [XPathExpression] { [] }
  /// No bounds, so no units to state or to mismatch.
  public var unitlessBounds: [(attribute: String, assumed: LocalizedText)] { [] }
  public func problems(context: String, parameters: [String: Parameter]) -> [LocalizedText] { [] }
  /// What a backtracking engine may take exponential time on in this expression (lint SL022); shanshui's own
  /// matcher is linear whatever it is.
  public var backtrackingRisk: BacktrackingRisk? { RegexParser.parse(regex).flatMap(BacktrackingRisk.find) }
}
