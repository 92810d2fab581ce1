/// Messages for libxml2 XPath error codes; libxml2 leaves the message NULL for some of them (unknown function, prefix).
enum XPathErrorText {
  static let base = 1200  // XML_XPATH_EXPRESSION_OK

  static func describe(code: Int) -> String {
    switch code - base {
    case 1: return "Number encoding error"
    case 2: return "Unfinished literal"
    case 3: return "Start of literal expected"
    case 4: return "Expected $ for variable reference"
    case 5: return "Undefined variable"
    case 6: return "Invalid predicate"
    case 7: return "Invalid expression"
    case 8: return "Missing closing curly brace"
    case 9: return "Unregistered function"
    case 10: return "Invalid operand"
    case 11: return "Invalid type"
    case 12: return "Invalid number of arguments"
    case 13: return "Invalid context size"
    case 14: return "Invalid context position"
    case 15: return "Memory allocation error"
    case 16: return "Syntax error"
    case 17: return "Resource error"
    case 18: return "Sub resource error"
    case 19: return "Undefined namespace prefix"
    case 20: return "Encoding error"
    case 21: return "Char out of XML range"
    case 22: return "Invalid or incomplete context"
    case 23: return "Stack usage error"
    case 24: return "Forbidden variable"
    case 25: return "Operation limit exceeded"
    case 26: return "Recursion limit exceeded"
    default: return "XPath error \(code)"
    }
  }
}
