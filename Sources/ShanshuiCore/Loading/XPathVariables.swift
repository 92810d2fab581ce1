/// Finds `$name` variable references in an XPath expression, outside string literals.
enum XPathVariables {
  static func names(in expression: String) -> [String] {
    var names: [String] = []
    var quote: Character?
    var index = expression.startIndex
    while index < expression.endIndex {
      let character = expression[index]
      if let open = quote {
        if character == open { quote = nil }
      } else if character == "'" || character == "\"" {
        quote = character
      } else if character == "$" {
        var end = expression.index(after: index)
        while end < expression.endIndex,
          expression[end].isLetter || expression[end].isNumber || "_-.".contains(expression[end])
        {
          end = expression.index(after: end)
        }
        // A name cannot end in '-' or '.': "$a - 1" is subtraction.
        var name = String(expression[expression.index(after: index)..<end])
        while name.hasSuffix("-") || name.hasSuffix(".") { name.removeLast() }
        if !name.isEmpty, !names.contains(name) { names.append(name) }
        index = end
        continue
      }
      index = expression.index(after: index)
    }
    return names
  }
}
