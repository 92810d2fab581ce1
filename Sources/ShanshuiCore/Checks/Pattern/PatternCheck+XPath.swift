extension PatternCheck {
  /// EXSLT `regexp:test`, anchored at both ends as `wholeMatch` is.
  public func schematron(in scope: SchematronScope) throws(Unexpressible) -> SchematronForm {
    let anchored = "^(?:\(regex))(?![\\s\\S])"
    return SchematronForm(
      test: "not(\(path.xpath(where: "not(regexp:test(string(.), \(XPathText.literal(anchored))))")))")
  }

  public func knownPlaceholders(in scope: SchematronScope, language: Language) -> [String: LocalizedText] {
    ["regex": LocalizedText(regex)]
  }

  /// The first value that does not match, as written.
  public func submissionPlaceholders(in scope: SchematronScope, language: Language) -> [String: String] {
    let anchored = "^(?:\(regex))(?![\\s\\S])"
    return SchematronPlaceholder.failingValue(
      path, where: "not(regexp:test(string(.), \(XPathText.literal(anchored))))")
  }

  /// Reads no codelist.
  public var codelistHistories: [String] { [] }
}
