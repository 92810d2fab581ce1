extension CodelistCheck {
  public func schematron(in scope: SchematronScope) throws(Unexpressible) -> SchematronForm {
    guard isVersioned else {
      return SchematronForm(test: "not(\(path.xpath(where: "not(\(try scope.codeIsCurrent(list)))")))")
    }
    guard let history = scope.codelists.history(self) else {
      throw Unexpressible(en: "unknown codelist \(list)", zh: "未知代码表 \(list)")
    }
    let (lets, test) = try history.translate()
    return SchematronForm(lets: lets, test: test)
  }

  public func knownPlaceholders(in scope: SchematronScope, language: Language) -> [String: LocalizedText] {
    var values: [String: LocalizedText] = [:]
    values["list"] = scope.codelists.title(of: list)
    // The export names no nearest code (it would take an edit distance in XPath): the hint is left out, not "…".
    values["suggestion"] = LocalizedText("")
    return values
  }

  /// A check with a version, a name or chosen findings reads its list's history (`CodelistHistoryXPath`).
  public var codelistHistories: [String] { isVersioned ? [list] : [] }
}
