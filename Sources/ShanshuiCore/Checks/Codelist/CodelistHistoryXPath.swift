/// A `codelist` check with a code version, a name or a choice of findings (`CodelistCheck.isVersioned`) in XPath 1.0.
///
/// The target is the context node or one of its attributes, so rule-level variables hold the code (whitespace
/// removed, as `CodelistXPath` compares), the version (a year, or current) and the given name. Codes without history
/// (one entry, no years, no successor) resolve the same in every version: they are looked up in the list's global
/// variables `_codelist-ID-stable` (the codes) and `_codelist-ID-names` (`|code=name|` for every name). A code with
/// history is compared one by one: its resolution (`Codelist.resolve`) is constant between the years where an entry
/// starts or ends, so each stretch of years becomes one condition on the version, with what the code means there.
struct CodelistHistoryXPath {
  let codelist: Codelist
  let check: CodelistCheck
  let stable: String
  let names: String

  /// The global variables for a list some versioned check reads.
  static func globals(for codelist: Codelist) -> [SchematronLet] {
    let stable = codelist.entries.filter { isStable($0.value) }.keys.sorted()
    let tokens = stable.flatMap { value in
      (codelist.codes[value].map(CodelistCheck.names(of:)) ?? []).map(\.text).sorted().map { "\(value)=\($0)|" }
    }
    return [
      SchematronLet(
        name: "_codelist-\(codelist.id)-stable", value: XPathText.literal(" " + stable.joined(separator: " ") + " ")),
      SchematronLet(name: "_codelist-\(codelist.id)-names", value: XPathText.literal("|" + tokens.joined())),
    ]
  }

  /// One entry without years or successor: the same meaning in every version.
  static func isStable(_ entries: [Codelist.Code]) -> Bool {
    entries.count == 1 && entries[0].validFrom == nil && entries[0].validTo == nil && entries[0].replacedBy == nil
  }

  func translate() throws(Unexpressible) -> (lets: [SchematronLet], test: String) {
    for (value, entries) in codelist.entries {
      let texts = [value] + entries.flatMap { CodelistCheck.names(of: $0).map(\.text) }
      if value.isEmpty || value.contains(where: { $0.isWhitespace || "|=".contains($0) })
        || texts.contains(where: { $0.contains("|") })
      {
        throw Unexpressible(
          en: "codelist \(codelist.id) has a code or name with whitespace, | or = (\(value))",
          zh: "代码表 \(codelist.id) 的代码或名称含空白、| 或 =（\(value)）")
      }
    }
    let target = check.path.xpath
    let folded = "translate(\(target), '\u{212A}\u{1FEF}\u{37E}', 'K`;')"
    var lets = [
      SchematronLet(name: "_code", value: XPathText.withoutWhitespace(folded)),
      SchematronLet(name: "_code-ok", value: "contains(\(folded), $_code)"),
    ]
    let version = check.versionPath.map { XPathText.withoutWhitespace("string(\($0.xpath))") } ?? "''"
    lets.append(SchematronLet(name: "_version", value: version))
    lets.append(
      SchematronLet(
        name: "_current", value: "not(string-length($_version) = 4 and translate($_version, '0123456789', '') = '')"))
    lets.append(SchematronLet(name: "_year", value: "number($_version)"))
    if let name = check.namePath {
      lets.append(SchematronLet(name: "_given", value: XPathText.withoutWhitespace("string(\(name.xpath))")))
    }
    let history = codelist.entries.filter { !Self.isStable($0.value) }.keys.sorted()
    let isStable = "contains($\(stable), concat(' ', $_code, ' '))"
    var failures: [String] = []
    if check.findings.contains(.unknown) {
      let known = history.map { value in
        let starts = (codelist.entries[value] ?? []).map(\.validFrom)
        // A code valid from the first list on (no start year) is known in every version.
        let earliest = starts.contains(nil) ? nil : starts.compactMap { $0 }.min()
        let since = earliest.map { "$_current or $_year >= \($0)" } ?? "true()"
        return "$_code = \(XPathText.literal(value)) and (\(since))"
      }
      failures.append("not($_code-ok) or not(\(XPathText.any([isStable] + known)))")
    }
    if check.findings.contains(.retired) {
      let retired = history.compactMap { value in
        condition(value) { if case .retired = $0 { return true } else { return false } }
          .map { "$_code = \(XPathText.literal(value)) and (\($0))" }
      }
      failures.append("$_code-ok and (\(XPathText.any(retired)))")
    }
    if check.findings.contains(.name) {
      let stableMismatch =
        "\(isStable) and not(not(contains($_given, '|')) and contains($\(names), concat('|', $_code, '=', $_given, '|')))"
      let mismatch = history.compactMap { value in
        conditions(value) { resolution in
          guard let code = resolution.code else { return nil }
          let names = CodelistCheck.names(of: code).map(\.text).sorted()
          return XPathText.all(names.map { "$_given != \(XPathText.literal($0))" })
        }.map { "$_code = \(XPathText.literal(value)) and (\($0))" }
      }
      failures.append("$_given != '' and $_code-ok and (\(XPathText.any([stableMismatch] + mismatch)))")
    }
    if check.findings.contains(.listed) {
      let inForce = history.compactMap { value in
        condition(value) { if case .valid = $0 { return true } else { return false } }
          .map { "$_code = \(XPathText.literal(value)) and (\($0))" }
      }
      failures.append("$_code-ok and (\(XPathText.any([isStable] + inForce)))")
    }
    return (lets, "not(\(target)) or not(\(XPathText.any(failures)))")
  }

  /// When `value` resolves to something `matches` accepts, as a condition on `$_current` and `$_year`; `nil`: never.
  private func condition(_ value: String, _ matches: (Codelist.Resolution) -> Bool) -> String? {
    conditions(value) { matches($0) ? "true()" : nil }
  }

  /// For each stretch of versions, `body`'s condition on what `value` means there (`nil`: no case), joined.
  private func conditions(_ value: String, _ body: (Codelist.Resolution) -> String?) -> String? {
    var cases: [String] = []
    if let now = body(codelist.resolve(value, version: nil)) { cases.append("$_current and (\(now))") }
    let breaks = codelist.breakpoints(of: value)
    // Stretches: before the first breakpoint, between two, from the last on.
    var stretches: [(from: Int?, to: Int?)] = []
    var from: Int? = nil
    for year in breaks {
      stretches.append((from, year - 1))
      from = year
    }
    stretches.append((from, nil))
    for stretch in stretches {
      let sample = stretch.from ?? stretch.to ?? 0
      guard let then = body(codelist.resolve(value, version: sample)) else { continue }
      var bounds = ["not($_current)"]
      if let lower = stretch.from { bounds.append("$_year >= \(lower)") }
      if let upper = stretch.to { bounds.append("$_year <= \(upper)") }
      cases.append("\(bounds.joined(separator: " and ")) and (\(then))")
    }
    return cases.isEmpty ? nil : XPathText.any(cases)
  }
}
