/// Codelists in XPath 1.0: a global variable per list with its current codes between single spaces, and the test
/// that a value, trimmed as shanshui trims it, is one of them.
///
/// The value with every whitespace character removed must equal a code with its whitespace removed, and the value
/// must contain the code as one piece: then the value is the code with whitespace only around it. For codes without
/// whitespace the first test is a lookup in the variable. Three characters that Swift's string comparison treats as
/// canonically equal to ASCII ones (Kelvin sign, Greek varia and question mark) are folded first.
struct CodelistXPath {
  /// The global variables, in list order.
  private(set) var lets: [SchematronLet] = []
  private var variables: [String: String] = [:]
  /// Current codes with inner whitespace, by list.
  private var spaced: [String: [String]] = [:]

  /// The lists, for checks with a code version (`CodelistHistoryXPath`).
  private var lists: [String: Codelist] = [:]

  /// `versioned`: the lists that checks with a version, a name or chosen findings read; they get two more variables.
  init(codelists: [String: Codelist], versioned: Set<String> = []) {
    lists = codelists
    for id in codelists.keys.sorted() {
      guard let codelist = codelists[id] else { continue }
      if versioned.contains(id) { lets += CodelistHistoryXPath.globals(for: codelist) }
      // A code with whitespace at an end never equals a trimmed value.
      let current = codelist.codes.values.filter { $0.replacedBy == nil }.map(\.value)
        .filter { $0 == $0.trimmed }.sorted()
      let plain = current.filter { !$0.isEmpty && !$0.contains(where: \.isWhitespace) }
      let name = "_codelist-\(id)"
      lets.append(SchematronLet(name: name, value: XPathText.literal(" " + plain.joined(separator: " ") + " ")))
      variables[id] = name
      spaced[id] = current.filter { !plain.contains($0) }
    }
  }

  /// The codes in force of list `id`, sorted (`nil` for an unknown list): for checks that need every code spelt out.
  func currentCodes(_ id: String) -> [String]? {
    lists[id].map { $0.codes.values.filter { $0.replacedBy == nil && $0.validTo == nil }.map(\.value).sorted() }
  }

  /// The translation of a check with a version, a name or chosen findings; `nil` for an unknown list.
  func history(_ check: CodelistCheck) -> CodelistHistoryXPath? {
    guard let codelist = lists[check.list] else { return nil }
    return CodelistHistoryXPath(
      codelist: codelist, check: check, stable: "_codelist-\(check.list)-stable", names: "_codelist-\(check.list)-names"
    )
  }

  /// The title of `list`; `nil` for an unknown list.
  func title(of list: String) -> LocalizedText? { lists[list]?.title }

  /// The condition that the context node's value is a current code of `list`; `nil` for an unknown list.
  func isCurrent(_ list: String) -> String? {
    guard let variable = variables[list] else { return nil }
    let folded = "translate(., '\u{212A}\u{1FEF}\u{37E}', 'K`;')"
    let stripped = XPathText.withoutWhitespace(folded)
    var cases = ["contains($\(variable), concat(' ', \(stripped), ' ')) and contains(\(folded), \(stripped))"]
    for code in spaced[list] ?? [] {
      let compact = code.filter { !$0.isWhitespace }
      cases.append("\(stripped) = \(XPathText.literal(compact)) and contains(\(folded), \(XPathText.literal(code)))")
    }
    return XPathText.any(cases)
  }
}
