import ShanshuiXML

/// The static facet of a check kind: what loading and lint find in a rule document without reading a submission.
public protocol CheckLinting {
  /// Attributes of the kind's element that hold XPath text (checked for syntax and names even when the check
  /// does not build).
  static var xpathAttributes: [String] { get }

  /// The XPath expressions the check hands to libxml2: loading checks them statically, the dry run evaluates them
  /// once on the example base.
  var xpathTests: [XPathExpression] { get }

  /// Attributes holding a literal bound that states no unit (`max="1000000"` without `unit`), with the unit the
  /// engine reads it in meanwhile. A warning in rule language 1, a load error from language 2 (E213).
  var unitlessBounds: [(attribute: String, assumed: LocalizedText)] { get }

  /// Problems that need the whole standard to see: units of another dimension than a parameter's or than the
  /// target's (`TargetDimension`). `context` is the rule's context expression.
  func problems(context: String, parameters: [String: Parameter]) -> [LocalizedText]

  /// A regular expression of the check that a backtracking engine (the exported Schematron's) may take exponential
  /// time on (lint SL022); `nil` for kinds without one.
  var backtrackingRisk: BacktrackingRisk? { get }
}
