/// Moves string literals with `{` or `}` out of an assertion's test into rule-level variables: the Schematron
/// skeletons copy the test into an attribute value template of the report (`svrl:failed-assert/@test`), where a
/// brace would start an expression (a regex quantifier `{2,4}` breaks the compiled stylesheet).
enum BraceLiterals {
  static func lift(_ test: String) -> (test: String, lets: [SchematronLet]) {
    guard test.contains("{") || test.contains("}") else { return (test, []) }
    let characters = Array(test)
    let inString = ContextPattern.topLevelStrings(test)
    var output = ""
    var lets: [SchematronLet] = []
    var index = 0
    while index < characters.count {
      guard inString[index] else {
        output.append(characters[index])
        index += 1
        continue
      }
      var end = index + 1
      while end < characters.count, inString[end], !(characters[end] == characters[index]) { end += 1 }
      let literal = String(characters[index...min(end, characters.count - 1)])
      if literal.contains("{") || literal.contains("}") {
        let name = "_ss-literal-\(lets.count + 1)"
        lets.append(SchematronLet(name: name, value: literal))
        output += "$" + name
      } else {
        output += literal
      }
      index = end + 1
    }
    return (output, lets)
  }
}
