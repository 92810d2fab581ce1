extension SumCheck {
  public func schematron(in scope: SchematronScope) throws(Unexpressible) -> SchematronForm {
    let (lets, test) = try SumXPath(check: self, bound: try scope.bound(tolerance)).translate()
    return SchematronForm(lets: lets, test: test)
  }

  /// The sum and the total are known only on a submission.
  public func knownPlaceholders(in scope: SchematronScope, language: Language) -> [String: LocalizedText] { [:] }

  /// Reads no codelist.
  public var codelistHistories: [String] { [] }
}
