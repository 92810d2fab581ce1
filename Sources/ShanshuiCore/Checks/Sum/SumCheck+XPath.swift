extension SumCheck {
  public func schematron(in scope: SchematronScope) throws(Unexpressible) -> SchematronForm {
    let (lets, test) = try SumXPath(check: self, bound: try scope.bound(tolerance)).translate()
    return SchematronForm(lets: lets, test: test)
  }

  /// The sum and the total are known only on a submission.
  public func knownPlaceholders(in scope: SchematronScope, language: Language) -> [String: LocalizedText] { [:] }

  /// Compared in the total's own unit (no `unit` on the check): the total as a number, its unit's symbol, and the
  /// parts' sum in that unit (the rule variable of that unit). With a `unit`, the engine converts the total, which
  /// XPath 1.0 cannot format alike: those stay `…`.
  public func submissionPlaceholders(in scope: SchematronScope, language: Language) -> [String: String] {
    var values = ["path": SchematronPlaceholder.name(of: ".")]
    guard unit == nil else { return values }
    let totalPath = "(\(total.xpath))[1]"
    let totalUnit = "\(totalPath)/\(total.unitXPath)"
    values["limit"] = "string(number(normalize-space(\(totalPath))))"
    values["unit"] = SchematronPlaceholder.unitSymbol(totalUnit, language: language)
    values["actual"] =
      "concat("
      + QuantityXPath.units.map {
        SchematronPlaceholder.when("\(totalUnit) = '\($0.id)'", "$_ss-sum-\($0.id)")
      }.joined(separator: ", ") + ", " + SchematronPlaceholder.when("not(\(totalUnit))", "$_ss-sum-raw") + ")"
    return values
  }

  /// Reads no codelist.
  public var codelistHistories: [String] { [] }
}
