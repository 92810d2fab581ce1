import Foundation
import ShanshuiXML

/// Rewrites libxml2's parse and schema errors about a submission into messages a submitter understands at first
/// reading, in zh and en, with the fix where one can be told (the allowed values with their Chinese names, the
/// element meant, the number or date as the schema wants it). libxml2's own text is kept as the diagnostic's `raw`.
///
/// Lives in Core, beside the validator that turns libxml2's errors into `Diagnostic`s: the rewriting needs the
/// standard's schema facts (loaded with the standard) and the structured error, which no later layer still has.
public enum InputProblems {
  /// The diagnostics of a parse that failed (E101).
  public static func parseDiagnostics(_ errors: [XMLDiagnostic], path: String, source: [UInt8]) -> [Diagnostic] {
    errors.map { error in
      Diagnostic(
        .inputMalformed, ParseProblemText.message(error, source: source),
        at: SourceLocation(file: path, line: error.line, column: error.column), raw: error.message)
    }
  }

  /// The diagnostics of a schema validation that failed (E102); a value error libxml2 repeats for the type after
  /// its facet (`[facet 'enumeration'] …` then `… is not a valid value of the atomic type …`) is told once.
  public static func schemaDiagnostics(
    _ errors: [XMLDiagnostic], path: String, facts: SubmissionSchemaFacts
  )
    -> [Diagnostic]
  {
    var diagnostics: [Diagnostic] = []
    var previous: XMLDiagnostic?
    for error in errors {
      defer { previous = error }
      if let previous, SchemaProblemText.repeatsFacet(error, after: previous) { continue }
      let raw = error.message.replacingOccurrences(of: "{\(Namespaces.submission)}", with: "")
      diagnostics.append(
        Diagnostic(
          .inputSchemaInvalid, SchemaProblemText.message(error, facts: facts, raw: raw),
          at: SourceLocation(file: path, line: error.line, column: error.column), raw: raw))
    }
    return diagnostics
  }
}

/// How a message names the node it is about: `<area>`, `<area> 的 unit 属性` / `attribute unit of <area>`.
struct NodeName {
  var zh: String
  var en: String
  /// `<area> 的 unit 属性值` / `<area> 的值`: how a Chinese message names the node's value.
  var valueZh: String

  init(_ node: XMLDiagnostic.NodeFacts?) {
    guard let node else {
      zh = "此处"
      en = "here"
      valueZh = "此处的值"
      return
    }
    if node.isAttribute {
      let owner = node.parentName.map { "<\($0)>" } ?? ""
      zh = owner.isEmpty ? "\(node.name) 属性" : "\(owner) 的 \(node.name) 属性"
      en = owner.isEmpty ? "attribute \(node.name)" : "attribute \(node.name) of \(owner)"
      valueZh = zh + "值"
    } else {
      zh = "<\(node.name)>"
      en = "<\(node.name)>"
      valueZh = "<\(node.name)> 的值"
    }
  }
}

/// Small helpers to read libxml2's message text where the structured error has no field for a detail.
enum LibXMLText {
  /// The first `'…'`-quoted string after `marker`.
  static func quoted(after marker: String, in text: String) -> String? {
    guard let start = text.range(of: marker) else { return nil }
    let rest = text[start.upperBound...]
    guard let open = rest.firstIndex(of: "'") else { return nil }
    let afterOpen = rest.index(after: open)
    guard let close = rest[afterOpen...].firstIndex(of: "'") else { return nil }
    return String(rest[afterOpen..<close])
  }

  /// The names in `Expected is ( a, b ).` or `Expected is one of ( a, b ).`, without namespaces.
  static func expectedNames(in text: String) -> [String] {
    guard let start = text.range(of: "Expected is"), let open = text[start.upperBound...].firstIndex(of: "("),
      let close = text[open...].firstIndex(of: ")")
    else { return [] }
    return text[text.index(after: open)..<close].split(separator: ",").map {
      var name = $0.trimmingCharacters(in: .whitespaces)
      if let brace = name.lastIndex(of: "}") { name = String(name[name.index(after: brace)...]) }
      return name
    }.filter { !$0.isEmpty && $0 != "##other" && $0 != "*" }
  }

  /// The namespace of a wildcard in `Expected is ( {http://www.opengis.net/gml/3.2}* )` (an `xs:any`), if that is
  /// what is expected.
  static func expectedWildcard(in text: String) -> String? {
    guard let start = text.range(of: "Expected is"), let open = text[start.upperBound...].range(of: "{"),
      let close = text[open.upperBound...].range(of: "}*")
    else { return nil }
    return String(text[open.upperBound..<close.lowerBound])
  }

  /// The values of `{'m2', 'mu'}` in an enumeration message.
  static func valueSet(in text: String) -> [String] {
    guard let open = text.range(of: "{'"), let close = text.range(of: "'}", range: open.upperBound..<text.endIndex)
    else { return [] }
    return text[open.upperBound..<close.lowerBound].components(separatedBy: "', '")
  }
}

extension LocalizedText {
  /// `a；b` / `a; b`: a message and its hints joined in each language.
  static func joined(_ parts: [LocalizedText]) -> LocalizedText {
    LocalizedText(
      zh: parts.compactMap(\.zh).filter { !$0.isEmpty }.joined(separator: "；"),
      en: parts.compactMap(\.en).filter { !$0.isEmpty }.joined(separator: "; "))
  }
}
