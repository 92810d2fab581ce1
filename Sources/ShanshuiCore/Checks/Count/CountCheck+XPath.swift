extension CountCheck {
  public func schematron(in scope: SchematronScope) throws(Unexpressible) -> SchematronForm {
    let count = "count(\(path.xpath))"
    var conditions: [String] = []
    if let min { conditions.append("\(count) >= \(try scope.bound(min).value)") }
    if let max { conditions.append("\(count) <= \(try scope.bound(max).value)") }
    return SchematronForm(test: XPathText.all(conditions))
  }

  /// The count and its limit are known only on a submission.
  public func knownPlaceholders(in scope: SchematronScope, language: Language) -> [String: LocalizedText] { [:] }

  /// Reads no codelist.
  public var codelistHistories: [String] { [] }
}
