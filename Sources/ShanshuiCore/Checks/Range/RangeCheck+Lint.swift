import ShanshuiXML

extension RangeCheck {
  /// A simple path, no XPath of its own.
  public static var xpathAttributes: [String] { [] }
  public var xpathTests: [XPathExpression] { [] }

  public var unitlessBounds: [(attribute: String, assumed: LocalizedText)] {
    guard unit == nil else { return [] }
    let assumed = LocalizedText(
      zh: "按数值本身量纲的基本单位（公顷、米、万元、天、percent……）读取",
      en: "read in the base unit of the value's own dimension (ha, m, 万元, day, percent, …)")
    return [("min", min), ("max", max)].compactMap { name, bound in
      if case .literal = bound { return (name, assumed) }
      return nil
    }
  }

  /// Parameters of another dimension than the check's unit, then a unit or parameters of another dimension than
  /// the target's.
  public func problems(context: String, parameters: [String: Parameter]) -> [LocalizedText] {
    unitProblems(bounds: [min, max], unit: unit, parameters: parameters)
      + TargetDimension.problems(of: self, context: context, parameters: parameters)
  }
  /// No regular expression.
  public var backtrackingRisk: BacktrackingRisk? { nil }
}
