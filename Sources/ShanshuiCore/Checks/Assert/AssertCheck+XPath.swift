extension AssertCheck {
  /// The test itself, with `ss:quantity` calls rewritten into XPath 1.0 (`QuantityCallRewriter`).
  public func schematron(in scope: SchematronScope) throws(Unexpressible) -> SchematronForm {
    SchematronForm(test: try scope.rewriter.rewrite(test.source))
  }

  /// Whatever a message of an `assert` names is read from the submission.
  public func knownPlaceholders(in scope: SchematronScope, language: Language) -> [String: LocalizedText] { [:] }

  /// Reads no codelist history.
  public var codelistHistories: [String] { [] }
}
