extension DatesCheck {
  /// Compliant when a date is missing (nothing to compare) or when neither failure condition holds.
  public func schematron(in scope: SchematronScope) throws(Unexpressible) -> SchematronForm {
    let (lets, fails) = try DatesXPath(check: self, parameters: scope.parameters).translate()
    let present = "\(start.xpath) and \(end.xpath)"
    return SchematronForm(lets: lets, test: "not(\(present)) or not(\(fails))")
  }

  /// The longest duration and its unit are the standard's; the dates and the period's length only a submission's.
  public func knownPlaceholders(in scope: SchematronScope, language: Language) -> [String: LocalizedText] {
    guard let maxDuration, let bound = scope.resolved(maxDuration, literalUnit: unit) else { return [:] }
    let limit = LocalizedText(NumberFormat.format(bound.value))
    guard let shown = bound.unit ?? unit else { return ["limit": limit] }
    return ["limit": limit, "unit": shown.symbol]
  }

  /// The two dates as written.
  public func submissionPlaceholders(in scope: SchematronScope, language: Language) -> [String: String] {
    [
      "path": SchematronPlaceholder.name(of: "."), "start": "normalize-space((\(start.xpath))[1])",
      "end": "normalize-space((\(end.xpath))[1])",
    ]
  }

  /// Reads no codelist.
  public var codelistHistories: [String] { [] }
}
