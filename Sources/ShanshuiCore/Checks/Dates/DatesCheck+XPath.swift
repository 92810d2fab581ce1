extension DatesCheck {
  /// Compliant when a date is missing (nothing to compare) or when neither failure condition holds.
  public func schematron(in scope: SchematronScope) throws(Unexpressible) -> SchematronForm {
    let (lets, fails) = try DatesXPath(check: self, parameters: scope.parameters).translate()
    let present = "\(start.xpath) and \(end.xpath)"
    return SchematronForm(lets: lets, test: "not(\(present)) or not(\(fails))")
  }

  /// The dates and the duration are known only on a submission.
  public func knownPlaceholders(in scope: SchematronScope, language: Language) -> [String: LocalizedText] { [:] }

  /// Reads no codelist.
  public var codelistHistories: [String] { [] }
}
