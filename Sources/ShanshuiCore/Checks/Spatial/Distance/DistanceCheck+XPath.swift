extension DistanceCheck {
  /// Geometry is measured, not matched: no Schematron form.
  public func schematron(in scope: SchematronScope) throws(Unexpressible) -> SchematronForm {
    throw SpatialWords.unexpressible(Self.description.name)
  }
  /// Nothing is known without the geometry.
  public func knownPlaceholders(in scope: SchematronScope, language: Language) -> [String: LocalizedText] {
    SpatialWords.noPlaceholders
  }
  /// Reads no codelist.
  public var codelistHistories: [String] { [] }
}
