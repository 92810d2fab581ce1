extension RequiredCheck {
  public func schematron(in scope: SchematronScope) throws(Unexpressible) -> SchematronForm {
    let filled = "\(XPathText.withoutWhitespace(".")) != ''"
    return SchematronForm(test: "boolean(\(path.xpath(where: filled)))")
  }

  public func knownPlaceholders(in scope: SchematronScope, language: Language) -> [String: LocalizedText] {
    ["target": LocalizedText(path.description)]
  }

  /// Reads no codelist.
  public var codelistHistories: [String] { [] }
}
