import ShanshuiXML

/// A rule context that tests every element of one namespace, selected by one walk of the tree instead of XPath:
/// `//s:*[not(s:*)][normalize-space(.) = '待填写'] | //s:*/@*[normalize-space(.) = '待填写']`.
///
/// Such contexts (placeholders and sentinel values left anywhere in a submission) made libxml2 visit every node with
/// a node-set per step, a quarter of the instructions of checking a large file. This selects exactly the nodes XPath
/// 1.0 selects, in document order (an element, then its attributes, then its children); verify mode compares the
/// two (`FastPathVerifier.context`). Anything outside this grammar is left to `ContextPath` or XPath (`nil`):
///
///     scan      := alternative ('|' alternative)*     (every alternative with the same prefix)
///     alternative := '//' prefix ':*' element* ('/@*' attribute*)?
///     element   := '[not(' prefix ':*)]' | '[normalize-space(.) = ' literal ']' | '[@* = ' literal ']'
///     attribute := '[normalize-space(.) = ' literal ']' | '[. = ' literal ']'
struct DescendantScan: Sendable {
  enum ElementTest: Sendable, Equatable {
    /// `not(prefix:*)`: no child element in the namespace.
    case leaf
    /// `normalize-space(.) = 'literal'` (the literal's UTF-8).
    case normalizedText([UInt8])
    /// `@* = 'literal'`: some attribute's value is the literal.
    case anyAttribute([UInt8])
  }

  enum AttributeTest: Sendable, Equatable {
    /// `normalize-space(.) = 'literal'`.
    case normalizedValue([UInt8])
    /// `. = 'literal'`.
    case value([UInt8])
  }

  struct Alternative: Sendable {
    var element: [ElementTest]
    /// The tests of `/@*`; `nil` when the alternative selects the element itself.
    var attribute: [AttributeTest]?
  }

  let namespace: XMLNamespace
  let alternatives: [Alternative]

  init?(_ xpath: String, namespaces: [String: String]) {
    var text = Self.withoutSpace(xpath)[...]
    var prefix: Substring?
    var alternatives: [Alternative] = []
    repeat {
      guard text.hasPrefix("//"), let colon = text.firstIndex(of: ":") else { return nil }
      let name = text[text.index(text.startIndex, offsetBy: 2)..<colon]
      guard !name.isEmpty, prefix == nil || prefix == name else { return nil }
      prefix = name
      text = text[colon...]
      guard text.hasPrefix(":*") else { return nil }
      text = text.dropFirst(2)
      var alternative = Alternative(element: [], attribute: nil)
      while text.hasPrefix("[") {
        guard let test = Self.elementTest(&text, prefix: name) else { return nil }
        alternative.element.append(test)
      }
      if text.hasPrefix("/@*") {
        text = text.dropFirst(3)
        var tests: [AttributeTest] = []
        while text.hasPrefix("[") {
          guard let test = Self.attributeTest(&text) else { return nil }
          tests.append(test)
        }
        alternative.attribute = tests
      }
      alternatives.append(alternative)
    } while Self.take("|", from: &text)
    guard text.isEmpty, let prefix, let uri = namespaces[String(prefix)] else { return nil }
    namespace = XMLNamespace(uri)
    self.alternatives = alternatives
  }

  /// The selected nodes, in document order, each once.
  func select(root: XMLNode) -> [XMLNode] {
    var selected: [XMLNode] = []
    let attributeAlternatives = alternatives.compactMap(\.attribute)
    let elementAlternatives = alternatives.filter { $0.attribute == nil }.map(\.element)
    root.forEachElementInSubtree { element in
      guard element.isElement(in: namespace) else { return }
      if elementAlternatives.contains(where: { tests in tests.allSatisfy { holds($0, at: element) } }) {
        selected.append(element)
      }
      guard !attributeAlternatives.isEmpty else { return }
      element.forEachAttribute { attribute in
        for alternative in alternatives {
          guard let tests = alternative.attribute, tests.allSatisfy({ holds($0, at: attribute) }),
            alternative.element.allSatisfy({ holds($0, at: element) })
          else { continue }
          selected.append(attribute)
          return
        }
      }
    }
    return selected
  }

  private func holds(_ test: ElementTest, at element: XMLNode) -> Bool {
    switch test {
    case .leaf: return !element.hasChildElement(in: namespace)
    case .normalizedText(let literal): return Self.normalizedSpace(of: element.stringValue, equals: literal)
    case .anyAttribute(let literal):
      var found = false
      element.forEachAttribute { if !found, $0.stringValue.utf8.elementsEqual(literal) { found = true } }
      return found
    }
  }

  private func holds(_ test: AttributeTest, at attribute: XMLNode) -> Bool {
    switch test {
    case .normalizedValue(let literal): return Self.normalizedSpace(of: attribute.stringValue, equals: literal)
    // UTF-8 bytes equal: code points equal, as XPath compares (not Swift's canonical equivalence).
    case .value(let literal): return attribute.stringValue.utf8.elementsEqual(literal)
    }
  }

  /// Whether XPath's `normalize-space` of `text` (XML white space, that is space, tab, CR and LF, trimmed, and each
  /// inner run made one space) is `literal`, compared as UTF-8 without building the normalized string: this runs
  /// on every leaf element and attribute of a submission.
  static func normalizedSpace(of text: String, equals literal: [UInt8]) -> Bool {
    var position = 0
    var pendingSpace = false
    for byte in text.utf8 {
      if byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D {
        pendingSpace = position > 0
        continue
      }
      if pendingSpace {
        guard position < literal.count, literal[position] == 0x20 else { return false }
        position += 1
        pendingSpace = false
      }
      guard position < literal.count, literal[position] == byte else { return false }
      position += 1
    }
    return position == literal.count
  }

  private static func elementTest(_ text: inout Substring, prefix: Substring) -> ElementTest? {
    if take("[not(\(prefix):*)]", from: &text) { return .leaf }
    if let literal = comparison("[normalize-space(.)=", &text) { return .normalizedText(literal) }
    if let literal = comparison("[@*=", &text) { return .anyAttribute(literal) }
    return nil
  }

  private static func attributeTest(_ text: inout Substring) -> AttributeTest? {
    if let literal = comparison("[normalize-space(.)=", &text) { return .normalizedValue(literal) }
    if let literal = comparison("[.=", &text) { return .value(literal) }
    return nil
  }

  /// `opening 'literal']` (or with double quotes): the literal.
  private static func comparison(_ opening: String, _ text: inout Substring) -> [UInt8]? {
    var rest = text
    guard take(opening, from: &rest), let quote = rest.first, quote == "'" || quote == "\"" else { return nil }
    rest = rest.dropFirst()
    guard let end = rest.firstIndex(of: quote) else { return nil }
    let literal = Array(rest[..<end].utf8)
    rest = rest[rest.index(after: end)...]
    guard take("]", from: &rest) else { return nil }
    text = rest
    return literal
  }

  private static func take(_ token: String, from text: inout Substring) -> Bool {
    guard text.hasPrefix(token) else { return false }
    text = text.dropFirst(token.count)
    return true
  }

  /// The expression without white space outside string literals (XPath allows it between any two tokens).
  private static func withoutSpace(_ xpath: String) -> String {
    var result = ""
    var quote: Character?
    for character in xpath {
      if let open = quote {
        if character == open { quote = nil }
        result.append(character)
      } else if character == "'" || character == "\"" {
        quote = character
        result.append(character)
      } else if !character.isWhitespace {
        result.append(character)
      }
    }
    return result
  }
}
