extension PairsCheck {
  /// Every pair spelt out: `boolean(s:indicator[@name = 'a'][@period = 'b']) and …`, the lists' current codes
  /// being known when the standard is exported.
  public func schematron(in scope: SchematronScope) throws(Unexpressible) -> SchematronForm {
    guard let firsts = scope.codelists.currentCodes(firstList) else {
      throw Unexpressible(en: "unknown codelist \(firstList)", zh: "未知代码表 \(firstList)")
    }
    guard let seconds = scope.codelists.currentCodes(secondList) else {
      throw Unexpressible(en: "unknown codelist \(secondList)", zh: "未知代码表 \(secondList)")
    }
    let tests = firsts.flatMap { a in
      seconds.map { b in
        "boolean(\(path.xpath)[@\(first) = \(XPathText.literal(a))][@\(second) = \(XPathText.literal(b))])"
      }
    }
    return SchematronForm(test: tests.isEmpty ? "true()" : tests.joined(separator: " and "))
  }

  public func knownPlaceholders(in scope: SchematronScope, language: Language) -> [String: LocalizedText] { [:] }

  /// Reads the lists' current codes only.
  public var codelistHistories: [String] { [] }
}
