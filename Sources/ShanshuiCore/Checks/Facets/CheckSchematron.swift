/// The Schematron facet of a check kind: the check as a Schematron rule body under one profile, meaning exactly what
/// the check means. A kind (or a check) without an exact XPath 1.0 form throws `Unexpressible`.
public protocol CheckSchematron {
  /// Rule-level variables and the assertion's test (true = compliant) on the context node.
  func schematron(in scope: SchematronScope) throws(Unexpressible) -> SchematronForm

  /// The message placeholders known without a submission (the codelist's title, the regex, the bounds), filled in
  /// the exported assertion's message; every other placeholder shows as `…`.
  func knownPlaceholders(in scope: SchematronScope, language: Language) -> [String: LocalizedText]

  /// Codelists whose version history the Schematron form reads: they get global variables of their own.
  var codelistHistories: [String] { get }
}

/// A check as a Schematron rule body: rule-level variables (`sch:let`) and the assertion's test.
public struct SchematronForm {
  var lets: [SchematronLet]
  var test: String

  init(lets: [SchematronLet] = [], test: String) {
    self.lets = lets
    self.test = test
  }
}
