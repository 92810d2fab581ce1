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

  /// The failing code as written, where the check is a plain membership test; a versioned one's failing node depends
  /// on the version history, so only the context's name is given.
  public func submissionPlaceholders(in scope: SchematronScope, language: Language) -> [String: String] {
    guard !isVersioned, let current = try? scope.codeIsCurrent(list) else {
      return ["path": SchematronPlaceholder.name(of: ".")]
    }
    return SchematronPlaceholder.failingValue(path, where: "not(\(current))")
  }

  /// A check with a version, a name or chosen findings reads its list's history (`CodelistHistoryXPath`).
  public var codelistHistories: [String] { isVersioned ? [list] : [] }
}
