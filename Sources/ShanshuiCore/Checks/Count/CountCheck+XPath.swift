extension CountCheck {
  public func schematron(in scope: SchematronScope) throws(Unexpressible) -> SchematronForm {
    let count = "count(\(path.xpath))"
    var conditions: [String] = []
    if let min { conditions.append("\(count) >= \(try scope.bound(min).value)") }
    if let max { conditions.append("\(count) <= \(try scope.bound(max).value)") }
    return SchematronForm(test: XPathText.all(conditions))
  }

  /// The bounds are known from the standard; `{limit}` too where there is only one of them.
  public func knownPlaceholders(in scope: SchematronScope, language: Language) -> [String: LocalizedText] {
    let lower = min.flatMap { scope.resolved($0)?.value }.map(NumberFormat.format)
    let upper = max.flatMap { scope.resolved($0)?.value }.map(NumberFormat.format)
    var values: [String: LocalizedText] = [:]
    if let lower { values["min"] = LocalizedText(lower) }
    if let upper { values["max"] = LocalizedText(upper) }
    if (lower == nil) != (upper == nil), let only = lower ?? upper { values["limit"] = LocalizedText(only) }
    return values
  }

  /// The count itself, on the context node.
  public func submissionPlaceholders(in scope: SchematronScope, language: Language) -> [String: String] {
    ["path": SchematronPlaceholder.name(of: "."), "actual": "count(\(path.xpath))"]
  }

  /// Reads no codelist.
  public var codelistHistories: [String] { [] }
}
