import ShanshuiCore

/// Escaping of text from the standard or a submission for the markup formats, so that no text can inject markup.
enum MarkupEscaping {
  /// Text safe in a Markdown paragraph, list item or table cell: Markdown punctuation with `\`, `<`, `>` and `&` as
  /// entities, line breaks as `<br>`, control characters as spaces.
  static func markdown(_ text: String) -> String {
    var output = ""
    for character in text {
      switch character {
      case "&": output += "&amp;"
      case "<": output += "&lt;"
      case ">": output += "&gt;"
      case "|": output += "\\|"
      case "\r\n", "\n", "\r": output += "<br>"
      case "\\", "`", "*", "_", "[", "]", "#", "~", "!", "$": output += "\\" + String(character)
      case _ where character.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }):
        output += " "
      default: output.append(character)
      }
    }
    return output
  }

  /// Text safe in HTML element content and in quoted attribute values: `XMLEscaping`'s escaping (the one of every
  /// HTML and XML report), with line breaks as `lineBreak`.
  static func html(_ text: String, lineBreak: String = "<br>") -> String {
    XMLEscaping.escape(text).replacingOccurrences(of: "\n", with: lineBreak)
  }
}
