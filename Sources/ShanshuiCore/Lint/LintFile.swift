import ShanshuiXML

/// One parsed file of a standard (the manifest or a rule document) with its text, so that findings can name the
/// column libxml2 does not record for elements and attributes. Columns count Unicode code points (a CJK character,
/// Extension B included, is one), as every report states them; lines end at LF, CR LF or a lone CR.
public struct LintFile {
  /// The path as messages name it.
  public let path: String
  public let isManifest: Bool
  let document: XMLDocument
  /// Problems against `rules.xsd`; the other lint rules still read the document, defensively.
  let schemaProblems: [XMLDiagnostic]
  /// The raw text, per line (without line breaks), as Unicode code points.
  let lines: [[Unicode.Scalar]]

  init(path: String, isManifest: Bool, document: XMLDocument, schemaProblems: [XMLDiagnostic], bytes: [UInt8]) {
    self.path = path
    self.isManifest = isManifest
    self.document = document
    self.schemaProblems = schemaProblems
    lines = Self.lines(of: String(decoding: bytes, as: UTF8.self))
  }

  /// The text split at LF, CR LF and lone CR (XML 1.0 §2.11, as the parser numbers lines).
  static func lines(of text: String) -> [[Unicode.Scalar]] {
    var lines: [[Unicode.Scalar]] = [[]]
    var afterCarriageReturn = false
    for scalar in text.unicodeScalars {
      defer { afterCarriageReturn = scalar == "\r" }
      if scalar == "\n" && afterCarriageReturn { continue }
      if scalar == "\n" || scalar == "\r" {
        lines.append([])
      } else {
        lines[lines.count - 1].append(scalar)
      }
    }
    return lines
  }

  var root: XMLNode? { document.root }

  private static func string(_ scalars: some Sequence<Unicode.Scalar>) -> String {
    var text = ""
    text.unicodeScalars.append(contentsOf: scalars)
    return text
  }

  /// The text before the root element (XML declaration, processing instructions, comments).
  var prolog: String {
    var text = ""
    for line in lines {
      let string = Self.string(line)
      if let start = string.range(of: "<" + (root?.localName ?? "\u{0}")) {
        text += string[..<start.lowerBound]
        break
      }
      text += string + "\n"
    }
    return text
  }

  // MARK: Locations

  /// Where `node`'s start tag begins (`<name`).
  func location(of node: XMLNode) -> SourceLocation {
    guard let (line, column) = startTag(of: node) else { return SourceLocation(file: path, line: node.line) }
    return SourceLocation(file: path, line: line + 1, column: column + 1)
  }

  /// Where the attribute `name` of `node` is written; the element's location when it is absent.
  func location(ofAttribute name: String, of node: XMLNode) -> SourceLocation {
    guard let (line, column) = attribute(name, of: node)?.name else { return location(of: node) }
    return SourceLocation(file: path, line: line + 1, column: column + 1)
  }

  /// Where the code point at `offset` (in code points of the decoded value) of attribute `name`'s value is written.
  func location(ofAttribute name: String, of node: XMLNode, valueOffset offset: Int) -> SourceLocation {
    guard let start = attribute(name, of: node)?.value else { return location(ofAttribute: name, of: node) }
    let (line, column) = advance(from: start, decoded: offset)
    return SourceLocation(file: path, line: line + 1, column: column + 1)
  }

  /// The offsets (in code points of the decoded value) of attribute `name`'s characters that are line breaks in the
  /// file: XML turns them into spaces, but an expression written on several lines reads best on those lines.
  func lineBreaks(inAttribute name: String, of node: XMLNode) -> Set<Int> {
    guard let (startLine, startColumn) = attribute(name, of: node)?.value, startColumn > 0 else { return [] }
    let quote = lines[startLine][startColumn - 1]
    var (line, column) = (startLine, startColumn)
    var offset = 0
    var breaks: Set<Int> = []
    while line < lines.count {
      let characters = lines[line]
      if column >= characters.count {
        breaks.insert(offset)
        (line, column) = (line + 1, 0)
      } else if characters[column] == quote {
        break
      } else if characters[column] == "&", let semicolon = characters[column...].firstIndex(of: ";") {
        column = semicolon + 1
      } else {
        column += 1
      }
      offset += 1
    }
    return breaks
  }

  /// Where the code point at `offset` of `node`'s trimmed text is written (the expression in `<context>`).
  func location(ofText node: XMLNode, offset: Int = 0) -> SourceLocation {
    guard var (line, column) = startTag(of: node), let end = scanTag(from: (line, column)) else {
      return location(of: node)
    }
    (line, column) = end
    while line < lines.count {
      while column < lines[line].count, lines[line][column].properties.isWhitespace { column += 1 }
      if column < lines[line].count { break }
      (line, column) = (line + 1, 0)
    }
    guard line < lines.count else { return location(of: node) }
    (line, column) = advance(from: (line, column), decoded: offset)
    return SourceLocation(file: path, line: line + 1, column: column + 1)
  }

  /// A location on `line` at its first non-blank character (for diagnostics that know only the line).
  func location(line: Int) -> SourceLocation {
    guard line >= 1, line <= lines.count else { return SourceLocation(file: path, line: line) }
    let column = lines[line - 1].firstIndex { !$0.properties.isWhitespace } ?? 0
    return SourceLocation(file: path, line: line, column: column + 1)
  }

  /// 0-based line and column of `<name` for `node`: on the node's line (the n-th such tag when siblings of the same
  /// name share the line), else the last one above it (libxml2 may give the line where a long start tag ends).
  private func startTag(of node: XMLNode) -> (Int, Int)? {
    let line = node.line - 1
    guard line >= 0, line < lines.count else { return nil }
    // Siblings on the same line come just before it: step back over them only (a parent may have thousands).
    var siblingsBefore = 0
    var sibling = node.previousElementSibling
    while let current = sibling, current.line == node.line {
      if current.localName == node.localName { siblingsBefore += 1 }
      sibling = current.previousElementSibling
    }
    let here = tags(named: node.localName, on: line)
    if !here.isEmpty { return (line, here[min(siblingsBefore, here.count - 1)]) }
    for above in stride(from: line - 1, through: max(0, line - 40), by: -1) {
      if let last = tags(named: node.localName, on: above).last { return (above, last) }
    }
    return nil
  }

  /// Columns of `<name` or `<prefix:name` tags on a line.
  private func tags(named name: String, on line: Int) -> [Int] {
    let characters = lines[line]
    var columns: [Int] = []
    for (index, character) in characters.enumerated() where character == "<" {
      var end = index + 1
      while end < characters.count, !" \t/>".unicodeScalars.contains(characters[end]) { end += 1 }
      let qualified = Self.string(characters[(index + 1)..<end])
      if qualified == name || qualified.hasSuffix(":" + name) { columns.append(index) }
    }
    return columns
  }

  /// Walks a start tag from its `<` and returns the position just after its `>`. `visit` gets each attribute's name
  /// with the positions of the name and of its value's first character; returning `true` stops the walk.
  @discardableResult
  private func scanTag(from start: (Int, Int), visit: ((String, (Int, Int), (Int, Int)) -> Bool)? = nil) -> (Int, Int)?
  {
    var (line, column) = (start.0, start.1 + 1)
    var quote: Unicode.Scalar?
    var name = ""
    var nameStart = (0, 0)
    var afterEquals = false
    while line < lines.count {
      while column < lines[line].count {
        let character = lines[line][column]
        if let open = quote {
          if character == open { quote = nil }
        } else if character == "\"" || character == "'" {
          quote = character
          if afterEquals, let visit, visit(name, nameStart, (line, column + 1)) { return nil }
          afterEquals = false
        } else if character == ">" {
          return (line, column + 1)
        } else if character == "=" {
          afterEquals = true
        } else if !afterEquals, !character.properties.isWhitespace {
          // A name starts after blank space (or at a line's start); the element's own name never meets an `=`.
          if column == 0 || lines[line][column - 1].properties.isWhitespace {
            name = ""
            nameStart = (line, column)
          }
          name.unicodeScalars.append(character)
        }
        column += 1
      }
      (line, column) = (line + 1, 0)
    }
    return nil
  }

  /// The positions of attribute `name`'s name and of the first character of its value.
  private func attribute(_ name: String, of node: XMLNode) -> (name: (Int, Int), value: (Int, Int))? {
    guard let start = startTag(of: node) else { return nil }
    var found: (name: (Int, Int), value: (Int, Int))?
    scanTag(from: start) { attribute, namePosition, valuePosition in
      guard attribute == name else { return false }
      found = (namePosition, valuePosition)
      return true
    }
    return found
  }

  /// The raw position reached by advancing `decoded` code points from `start`, counting an entity (`&lt;`) and a
  /// line break as one each (an expression may span lines).
  private func advance(from start: (Int, Int), decoded: Int) -> (Int, Int) {
    var (line, column) = start
    for _ in 0..<max(0, decoded) where line < lines.count {
      let characters = lines[line]
      if column >= characters.count {
        (line, column) = (line + 1, 0)
      } else if characters[column] == "&", let semicolon = characters[column...].firstIndex(of: ";") {
        column = semicolon + 1
      } else {
        column += 1
      }
    }
    return line < lines.count ? (line, column) : start
  }
}
