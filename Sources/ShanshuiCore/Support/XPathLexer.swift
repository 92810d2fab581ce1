/// XPath 1.0's lexical structure (https://www.w3.org/TR/xpath-10/#exprlex), for every place that reads XPath text
/// without evaluating it: which parameters an expression reads, which submission fields a rule mentions, what a
/// path ends on, what a quantity is compared with. One tokenizer, so string literals, operator names and prefixes are
/// read the same way everywhere (hand-written scans disagreed: one hard-coded the `s:` prefix).
///
/// It tokenizes; it does not check the grammar (libxml2 compiles every expression at load and reports syntax errors).
public struct XPathToken: Sendable, Equatable {
  public enum Kind: Sendable, Equatable {
    /// A name test: `s:unit`, `unit`, `*`, `s:*` (prefix `nil` when unprefixed).
    case nameTest(prefix: String?, local: String)
    /// A function name or node type, followed by `(`: `ss:quantity`, `count`, `text`.
    case function(prefix: String?, local: String)
    /// An axis name, followed by `::`.
    case axis(String)
    /// `and`, `or`, `div`, `mod` where an operator is expected.
    case operatorName(String)
    /// `$name` (a QName; shanshui's parameters are unprefixed).
    case variable(String)
    /// A string literal's content, without its quotes.
    case literal(String)
    case number(String)
    /// Punctuation and operators: `/` `//` `[` `]` `(` `)` `@` `,` `|` `+` `-` `=` `!=` `<` `<=` `>` `>=` `.` `..`
    /// `::` and `*` as multiplication.
    case symbol(String)
  }

  public var kind: Kind
  /// Offset of the token's first character in the expression, in characters.
  public var offset: Int

  /// Whether this is one of the comparison operators.
  public var isComparison: Bool {
    if case .symbol(let text) = kind { return ["=", "!=", "<", "<=", ">", ">="].contains(text) }
    return false
  }

  public func isSymbol(_ text: String) -> Bool { kind == .symbol(text) }
}

public enum XPathLexer {
  /// The tokens of `expression`; `nil` when it has a character no XPath token starts with, or an unterminated
  /// literal. `lenient`: skip such a character instead, and end at an unterminated literal (for expressions that may
  /// be broken, whose errors libxml2 reports anyway).
  public static func tokens(_ expression: String, lenient: Bool = false) -> [XPathToken]? {
    let characters = Array(expression)
    var tokens: [XPathToken] = []
    var index = 0
    /// XPath 1.0 §3.7: after these (or at the start) a `*` is a name test and a name is not an operator.
    func expectsOperand() -> Bool {
      guard let last = tokens.last else { return true }
      switch last.kind {
      case .symbol(let text):
        return ["@", "::", "(", "[", ",", "/", "//", "|", "+", "-", "=", "!=", "<", "<=", ">", ">=", "*"].contains(text)
      case .operatorName: return true
      default: return false
      }
    }
    func next(after position: Int) -> Character? {
      var position = position
      while position < characters.count, characters[position].isXPathWhitespace { position += 1 }
      return position < characters.count ? characters[position] : nil
    }
    func nextTwo(after position: Int) -> String {
      var position = position
      while position < characters.count, characters[position].isXPathWhitespace { position += 1 }
      return String(characters[position..<min(position + 2, characters.count)])
    }
    while index < characters.count {
      let character = characters[index]
      let start = index
      if character.isXPathWhitespace {
        index += 1
        continue
      }
      func add(_ kind: XPathToken.Kind) { tokens.append(XPathToken(kind: kind, offset: start)) }
      switch character {
      case "'", "\"":
        guard let close = characters[(index + 1)...].firstIndex(of: character) else { return lenient ? tokens : nil }
        add(.literal(String(characters[(index + 1)..<close])))
        index = close + 1
      case "$":
        index += 1
        let name = qName(characters, &index)
        guard !name.isEmpty else { if lenient { continue } else { return nil } }
        add(.variable(name))
      case "0"..."9":
        add(.number(number(characters, &index)))
      case "." where index + 1 < characters.count && characters[index + 1].isASCIIDigit:
        add(.number(number(characters, &index)))
      case ".":
        let double = index + 1 < characters.count && characters[index + 1] == "."
        add(.symbol(double ? ".." : "."))
        index += double ? 2 : 1
      case "/":
        let double = index + 1 < characters.count && characters[index + 1] == "/"
        add(.symbol(double ? "//" : "/"))
        index += double ? 2 : 1
      case "!", "<", ">":
        let equals = index + 1 < characters.count && characters[index + 1] == "="
        guard character != "!" || equals else {
          if lenient {
            index += 1
            continue
          } else {
            return nil
          }
        }
        add(.symbol(equals ? "\(character)=" : String(character)))
        index += equals ? 2 : 1
      case ":":
        guard index + 1 < characters.count, characters[index + 1] == ":" else {
          if lenient {
            index += 1
            continue
          } else {
            return nil
          }
        }
        add(.symbol("::"))
        index += 2
      case "*":
        add(expectsOperand() ? .nameTest(prefix: nil, local: "*") : .symbol("*"))
        index += 1
      case "[", "]", "(", ")", "@", ",", "|", "+", "-", "=":
        add(.symbol(String(character)))
        index += 1
      default:
        guard character.isNCNameStart else {
          if lenient {
            index += 1
            continue
          } else {
            return nil
          }
        }
        let operand = expectsOperand()
        let first = ncName(characters, &index)
        var prefix: String?
        var local = first
        // `prefix:local` or `prefix:*` (no space around the colon); `name::` is an axis.
        if index + 1 < characters.count, characters[index] == ":", characters[index + 1] != ":" {
          if characters[index + 1] == "*" {
            prefix = first
            local = "*"
            index += 2
          } else if characters[index + 1].isNCNameStart {
            index += 1
            prefix = first
            local = ncName(characters, &index)
          }
        }
        if !operand, prefix == nil, ["and", "or", "div", "mod"].contains(local) {
          add(.operatorName(local))
        } else if next(after: index) == "(" && local != "*" {
          add(.function(prefix: prefix, local: local))
        } else if prefix == nil && nextTwo(after: index) == "::" {
          add(.axis(local))
        } else {
          add(.nameTest(prefix: prefix, local: local))
        }
      }
    }
    return tokens
  }

  private static func ncName(_ characters: [Character], _ index: inout Int) -> String {
    let start = index
    while index < characters.count, characters[index].isNCNameCharacter { index += 1 }
    return String(characters[start..<index])
  }

  private static func qName(_ characters: [Character], _ index: inout Int) -> String {
    guard index < characters.count, characters[index].isNCNameStart else { return "" }
    var name = ncName(characters, &index)
    if index + 1 < characters.count, characters[index] == ":", characters[index + 1].isNCNameStart {
      index += 1
      name += ":" + ncName(characters, &index)
    }
    return name
  }

  private static func number(_ characters: [Character], _ index: inout Int) -> String {
    let start = index
    while index < characters.count, characters[index].isASCIIDigit { index += 1 }
    if index < characters.count, characters[index] == "." {
      index += 1
      while index < characters.count, characters[index].isASCIIDigit { index += 1 }
    }
    return String(characters[start..<index])
  }

  /// The index of the `)` or `]` that closes the bracket at `open`, or `nil`.
  public static func closing(_ tokens: [XPathToken], from open: Int) -> Int? {
    guard case .symbol(let bracket) = tokens[open].kind, bracket == "(" || bracket == "[" else { return nil }
    let close = bracket == "(" ? ")" : "]"
    var depth = 0
    for index in open..<tokens.count {
      if tokens[index].isSymbol(bracket) { depth += 1 }
      if tokens[index].isSymbol(close) {
        depth -= 1
        if depth == 0 { return index }
      }
    }
    return nil
  }

  /// The names of the variables an expression reads, in order of first use, each once.
  public static func variables(in expression: String) -> [String] {
    var names: [String] = []
    for token in tokens(expression, lenient: true) ?? [] {
      if case .variable(let name) = token.kind, !names.contains(name) { names.append(name) }
    }
    return names
  }
}

extension Character {
  var isXPathWhitespace: Bool { self == " " || self == "\t" || self == "\n" || self == "\r" }
  var isASCIIDigit: Bool { ("0"..."9").contains(self) }
  var isNCNameStart: Bool { isLetter || self == "_" }
  var isNCNameCharacter: Bool { isLetter || isNumber || self == "_" || self == "-" || self == "." }
}
