/// The one escaper for XML and HTML output (reports, the Schematron export): text safe in element content and in
/// quoted attribute values, so that no text from a standard or a submission can inject markup.
///
/// Characters XML 1.0 cannot carry at all (C0 controls but tab, line feed and carriage return; U+FFFE; U+FFFF) are
/// shown as `\u{…}` escapes instead of dropped or written as invalid markup.
public enum XMLEscaping {
  /// How tab and line feed are written (carriage return is always `&#13;`, which a parser would otherwise drop).
  public enum Whitespace: Sendable {
    /// Tab and line feed as themselves: element content.
    case literal
    /// Line feed as `&#10;`, tab as itself: an attribute value that keeps its line breaks.
    case lineBreaksAsReferences
    /// Tab as `&#9;` and line feed as `&#10;`: attribute values that keep every whitespace character through
    /// attribute-value normalization (XPath string literals in the Schematron export).
    case allAsReferences
  }

  /// - parameter whitespace: how tab and line feed are written.
  /// - parameter apostrophe: whether `'` is written `&#39;` (the reports do, so a value is safe in either quote).
  /// - parameter hideC1Controls: whether the invisible C1 controls (U+007F–U+009F), legal in XML, are shown as
  ///   `\u{…}` escapes too (the reports do, for a reader's sake; the Schematron export must keep them, as they may
  ///   be part of an XPath literal).
  public static func escape(
    _ text: String, whitespace: Whitespace = .literal, apostrophe: Bool = true, hideC1Controls: Bool = true
  ) -> String {
    var output = ""
    output.reserveCapacity(text.utf8.count)
    for scalar in text.unicodeScalars {
      switch scalar {
      case "&": output += "&amp;"
      case "<": output += "&lt;"
      case ">": output += "&gt;"
      case "\"": output += "&quot;"
      case "'" where apostrophe: output += "&#39;"
      case "\t" where whitespace == .allAsReferences: output += "&#9;"
      case "\n" where whitespace != .literal: output += "&#10;"
      case "\n", "\t": output.unicodeScalars.append(scalar)
      case "\r": output += "&#13;"
      case _ where isForbidden(scalar) || (hideC1Controls && (0x7F...0x9F).contains(scalar.value)):
        output += "\\u{\(String(scalar.value, radix: 16))}"
      default: output.unicodeScalars.append(scalar)
      }
    }
    return output
  }

  /// Not allowed in XML 1.0: C0 controls but tab, line feed and carriage return; U+FFFE; U+FFFF.
  public static func isForbidden(_ scalar: Unicode.Scalar) -> Bool {
    (scalar.value < 0x20 && scalar != "\t" && scalar != "\n" && scalar != "\r")
      || scalar.value == 0xFFFE || scalar.value == 0xFFFF
  }
}
