/// An ISO Schematron schema as XML text.
struct SchematronDocument {
  static let namespace = "http://purl.oclc.org/dsdl/schematron"
  static let regexpNamespace = "http://exslt.org/regular-expressions"

  var title: String
  /// Prefix → namespace URI for the rules' XPath (`sch:ns`).
  var namespaces: [String: String]
  var globals: [SchematronLet] = []
  var rules: [SchematronRule] = []
  /// Notes written as comments at the top (rules left out).
  var comments: [String] = []

  init(title: String, namespaces: [String: String]) {
    self.title = title
    self.namespaces = namespaces
  }

  var xml: String {
    var lines = [
      #"<?xml version="1.0" encoding="UTF-8"?>"#,
      #"<sch:schema xmlns:sch="\#(Self.namespace)" queryBinding="xslt">"#,
      "  <sch:title>\(Self.escape(title))</sch:title>",
    ]
    lines += comments.map { "  <!-- not expressed: \(Self.comment($0)) -->" }
    var bound = namespaces
    bound["regexp"] = Self.regexpNamespace
    lines += bound.keys.sorted().map { #"  <sch:ns prefix="\#($0)" uri="\#(Self.escape(bound[$0]!))"/>"# }
    lines += globals.map { "  " + Self.element($0) + ($0.note.map { " <!-- \(Self.comment($0)) -->" } ?? "") }
    for rule in rules {
      lines.append("  <sch:pattern>")
      lines.append("    <!-- \(rule.id): \(Self.comment(rule.title)) -->")
      lines.append(#"    <sch:rule context="\#(Self.escape(rule.context))">"#)
      lines += rule.lets.map { "      " + Self.element($0) }
      lines.append(
        #"      <sch:assert id="\#(rule.id)" role="\#(rule.severity)" test="\#(Self.escape(rule.test))">"#
          + "[\(rule.id)] \(rule.message.map(Self.markup).joined())</sch:assert>")
      lines.append("    </sch:rule>")
      lines.append("  </sch:pattern>")
    }
    lines.append("</sch:schema>")
    return lines.joined(separator: "\n") + "\n"
  }

  private static func markup(_ part: SchematronMessagePart) -> String {
    switch part {
    // XSLT drops a whitespace-only text node between two elements: the space between two values is a value too.
    case .text(let text) where text.allSatisfy(\.isWhitespace):
      return #"<sch:value-of select="\#(escape(XPathText.literal(text)))"/>"#
    case .text(let text): return escape(text)
    case .value(let select): return #"<sch:value-of select="\#(escape(select))"/>"#
    }
  }

  private static func element(_ variable: SchematronLet) -> String {
    #"<sch:let name="\#(variable.name)" value="\#(escape(variable.value))"/>"#
  }

  /// Escapes text for an attribute or element; tab, line feed and carriage return become character references so
  /// that attribute-value normalization keeps them (the whitespace sets in XPath literals need them), and C1 controls
  /// stay as they are (they may be part of an XPath literal).
  static func escape(_ text: String) -> String {
    XMLEscaping.escape(text, whitespace: .allAsReferences, apostrophe: false, hideC1Controls: false)
  }

  private static func comment(_ text: String) -> String {
    escape(text).replacingOccurrences(of: "--", with: "- -")
  }
}

/// One rule of the standard as a Schematron pattern with one rule and one assertion.
struct SchematronRule {
  var id: String
  var severity: String
  var title: String
  var context: String
  var lets: [SchematronLet]
  var test: String
  var message: [SchematronMessagePart]
}

/// A piece of an exported message: text, or a value the Schematron engine reads from the submission.
enum SchematronMessagePart: Equatable {
  case text(String)
  case value(select: String)

  /// `text` cut at the markers `U+E000 n U+E001`, each replaced by the `n`th of `selects`.
  static func split(_ text: String, selects: [String]) -> [SchematronMessagePart] {
    var parts: [SchematronMessagePart] = []
    var rest = Substring(text)
    while let open = rest.firstIndex(of: "\u{E000}"), let close = rest[open...].firstIndex(of: "\u{E001}"),
      let index = Int(rest[rest.index(after: open)..<close]), selects.indices.contains(index)
    {
      if open > rest.startIndex { parts.append(.text(String(rest[..<open]))) }
      parts.append(.value(select: selects[index]))
      rest = rest[rest.index(after: close)...]
    }
    if !rest.isEmpty { parts.append(.text(String(rest))) }
    return parts
  }
}
