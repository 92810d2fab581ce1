/// The Schematron facet of a check kind: the check as a Schematron rule body under one profile, meaning exactly what
/// the check means. A kind (or a check) without an exact XPath 1.0 form throws `Unexpressible`.
public protocol CheckSchematron {
  /// Rule-level variables and the assertion's test (true = compliant) on the context node.
  func schematron(in scope: SchematronScope) throws(Unexpressible) -> SchematronForm

  /// The message placeholders known without a submission (the codelist's title, the regex, the bounds), filled in
  /// the exported assertion's message; every other placeholder shows as `…`.
  func knownPlaceholders(in scope: SchematronScope, language: Language) -> [String: LocalizedText]

  /// Codelists whose version history the Schematron form reads: they get global variables of their own.
  var codelistHistories: [String] { get }

  /// The message placeholders read from the submission, as XPath 1.0 expressions on the context node, which the
  /// exported message shows with `sch:value-of` (`{actual}` the failing value, `{path}` the element it is on):
  /// only those whose expression means exactly what the check's own finding says.
  func submissionPlaceholders(in scope: SchematronScope, language: Language) -> [String: String]
}

extension CheckSchematron {
  /// By default the finding is on the context node: `{path}` names it.
  public func submissionPlaceholders(in scope: SchematronScope, language: Language) -> [String: String] {
    ["path": SchematronPlaceholder.name(of: ".")]
  }
}

/// XPath 1.0 expressions for the exported messages' `sch:value-of`.
enum SchematronPlaceholder {
  /// The element's name and, where it has one, its `@id` (`unit CQ-U1`); for an attribute, its owner's then
  /// `@name` (`division @code`). XPath 1.0 has no path of a node; a name with an id finds it.
  static func name(of node: String, isAttribute: Bool = false) -> String {
    let first = "(\(node))[1]"
    guard isAttribute else { return "normalize-space(concat(name(\(first)), ' ', \(first)/@id))" }
    return "normalize-space(concat(name(\(first)/..), ' ', \(first)/../@id, ' @', name(\(first))))"
  }

  /// `{path}` and `{actual}` of a check whose finding is on the first node of `path` (relative to the context) on
  /// which `failure` holds, `.` being that node.
  static func failingValue(_ path: SimplePath, where failure: String) -> [String: String] {
    let node = "(\(path.xpath(where: failure)))[1]"
    return ["path": name(of: node, isAttribute: path.attribute != nil), "actual": "normalize-space(\(node))"]
  }

  /// The symbol of the unit named by `unitID` (an XPath string) in `language`, as the engine's messages write it
  /// (`wan-yuan` → 万元): a lookup in one literal, XPath 1.0 having no maps.
  static func unitSymbol(_ unitID: String, language: Language) -> String {
    let table = QuantityXPath.units.map { "|\($0.id)=\($0.symbol.text(language))" }.joined() + "|"
    return "substring-before(substring-after(\(XPathText.literal(table)), concat('|', \(unitID), '=')), '|')"
  }

  /// `value` when `condition` holds, else the empty string: XPath 1.0's conditional (`1 div false()` is infinity, and
  /// a substring from infinity is empty).
  static func when(_ condition: String, _ value: String) -> String {
    "substring(string(\(value)), 1 div boolean(\(condition)))"
  }
}

/// A check as a Schematron rule body: rule-level variables (`sch:let`) and the assertion's test.
public struct SchematronForm {
  var lets: [SchematronLet]
  var test: String

  init(lets: [SchematronLet] = [], test: String) {
    self.lets = lets
    self.test = test
  }
}
