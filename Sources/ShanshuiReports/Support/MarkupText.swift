/// Escaping for XML and HTML output: text safe in element content and in quoted attribute values, with characters
/// that XML 1.0 cannot carry at all (most C0 controls, U+FFFE, U+FFFF) shown as `\u{…}` escapes instead of dropped.
enum MarkupText {
  static func escape(_ text: String, keepLineBreaks: Bool = true) -> String {
    var output = ""
    output.reserveCapacity(text.utf8.count)
    for scalar in text.unicodeScalars {
      switch scalar {
      case "&": output += "&amp;"
      case "<": output += "&lt;"
      case ">": output += "&gt;"
      case "\"": output += "&quot;"
      case "'": output += "&#39;"
      case "\n" where keepLineBreaks, "\t": output.unicodeScalars.append(scalar)
      case "\n": output += "&#10;"
      case "\r": output += "&#13;"
      case _ where isForbidden(scalar): output += "\\u{\(String(scalar.value, radix: 16))}"
      default: output.unicodeScalars.append(scalar)
      }
    }
    return output
  }

  /// Not allowed in XML 1.0 (C0 controls but tab, LF, CR; U+FFFE; U+FFFF), or invisible C1 controls.
  static func isForbidden(_ scalar: Unicode.Scalar) -> Bool {
    scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) || scalar.value == 0xFFFE || scalar.value == 0xFFFF
  }
}
