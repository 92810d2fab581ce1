import ShanshuiXML

/// Finds the line and column of a GML problem in the document's source text: the start tag of an element, one of its
/// attributes, or one number in its text.
///
/// libxml2 keeps a line (where a start tag ends) but no column for elements, so the place is found in the source only
/// when a problem is reported: the element's position among all elements in document order is counted in the tree
/// and then among the start tags in the bytes (every `<` outside comments, CDATA sections and processing
/// instructions starts markup in a well-formed document). Without the source, or when it is not UTF-8, or when it
/// does not match the tree (an edited rule example), the element's line is given with column 0.
///
/// The three counts (elements in the tree, start tags in the bytes, lines up to an offset) resume where the last
/// problem left them, so the problems of one file, found in document order as geometries are read, cost one pass
/// over the file in all, however many there are; a problem before the last one starts a count again from the top.
final class GMLSourceLocator {
  private let bytes: [UInt8]?
  /// The last element counted in the tree and its ordinal.
  private var element: (node: XMLNode, ordinal: Int)?
  /// The last start tag found in the bytes: its ordinal and offset.
  private var tags = (ordinal: 0, offset: 0)
  /// The line reached: an offset, its line and where that line starts.
  private var lines = (offset: 0, line: 1, start: 0)

  init(source: [UInt8]?) {
    bytes = source.flatMap { Self.isUTF8($0) ? $0 : nil }
    if let bytes, bytes.starts(with: [0xEF, 0xBB, 0xBF]) { lines = (3, 1, 3) }
  }

  /// What in an element to point at.
  enum Target {
    case element
    /// An attribute by local name; `prefixed` for a namespaced one (`xlink:href`).
    case attribute(String, prefixed: Bool)
    /// The number at this 0-based index among the whitespace-separated tokens of the element's text.
    case token(Int)
  }

  /// The 1-based line and column of `target` in `element`.
  func locate(_ target: Target, in element: XMLNode) -> (line: Int, column: Int) {
    let fallback = (line: element.line, column: 0)
    guard let bytes, let ordinal = ordinal(of: element), let start = startTag(ordinal, in: bytes),
      Self.nameMatches(element, at: start, in: bytes)
    else { return fallback }
    var offset = start
    switch target {
    case .element: break
    case .attribute(let name, let prefixed):
      offset = Self.attribute(name, prefixed: prefixed, inTagAt: start, in: bytes) ?? start
    case .token(let index):
      offset = Self.token(index, afterTagAt: start, in: bytes) ?? start
    }
    return lineAndColumn(of: offset, in: bytes)
  }

  /// UTF-8 (or ASCII) by the byte-order mark or the XML declaration; UTF-16, UTF-32 and declared legacy encodings
  /// are not located (a column there would count bytes, not characters).
  private static func isUTF8(_ bytes: [UInt8]) -> Bool {
    if bytes.starts(with: [0xFE, 0xFF]) || bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0x00])
      || (bytes.count > 1 && bytes[1] == 0x00)
    {
      return false
    }
    guard bytes.starts(with: Array("<?xml".utf8)) || bytes.starts(with: [0xEF, 0xBB, 0xBF, 0x3C, 0x3F]) else {
      return true
    }
    let declaration = bytes.prefix(200).prefix { $0 != 0x3E }
    let text = String(decoding: declaration, as: UTF8.self).lowercased()
    guard let range = text.range(of: "encoding") else { return true }
    let rest = text[range.upperBound...].drop { $0 == " " || $0 == "=" || $0 == "\"" || $0 == "'" }
    return rest.hasPrefix("utf-8") || rest.hasPrefix("utf8") || rest.hasPrefix("us-ascii")
  }

  /// The element's index among all elements of its document in document order: counted on from the last element
  /// asked about when the target comes later (by line; on the same line, tried), else from the root.
  private func ordinal(of target: XMLNode) -> Int? {
    if let last = element, last.node.isSameNode(as: target) { return last.ordinal }
    if let last = element, target.line >= last.node.line, let found = count(to: target, from: last) {
      return found
    }
    guard let root = target.document.root else { return nil }
    return count(to: target, from: (root, 0))
  }

  private func count(to target: XMLNode, from start: (node: XMLNode, ordinal: Int)) -> Int? {
    var node: XMLNode? = start.node
    var ordinal = start.ordinal
    while let current = node {
      if current.isSameNode(as: target) {
        element = (current, ordinal)
        return ordinal
      }
      node = current.followingElement
      ordinal += 1
    }
    return nil
  }

  /// The offset of the `<` of the start tag number `ordinal` (0-based), counting on from the last one found.
  private func startTag(_ ordinal: Int, in bytes: [UInt8]) -> Int? {
    if ordinal < tags.ordinal { tags = (0, 0) }
    var index = tags.offset
    var seen = tags.ordinal
    let count = bytes.count
    while index < count {
      guard bytes[index] == 0x3C, index + 1 < count else {
        index += 1
        continue
      }
      let next = bytes[index + 1]
      if next == 0x21, Self.starts(bytes, at: index, with: Self.commentStart) {
        index = Self.skip(past: Self.commentEnd, from: index + 4, in: bytes)
      } else if next == 0x21, Self.starts(bytes, at: index, with: Self.cdataStart) {
        index = Self.skip(past: Self.cdataEnd, from: index + 9, in: bytes)
      } else if next == 0x3F {
        index = Self.skip(past: Self.instructionEnd, from: index + 2, in: bytes)
      } else if next == 0x21 || next == 0x2F {
        index += 2
      } else {
        if seen == ordinal {
          tags = (seen, index)
          return index
        }
        seen += 1
        index = Self.tagEnd(from: index, in: bytes) ?? count
      }
    }
    return nil
  }

  /// Whether the tag at `start` is written with the element's name (a guard against a source that is not the tree's).
  private static func nameMatches(_ element: XMLNode, at start: Int, in bytes: [UInt8]) -> Bool {
    starts(bytes, at: start + 1, with: element.writtenName)
  }

  /// The offset of the `>` closing the tag that starts at `start` (quoted attribute values may hold `>`).
  private static func tagEnd(from start: Int, in bytes: [UInt8]) -> Int? {
    var quote: UInt8?
    var index = start + 1
    while index < bytes.count {
      let byte = bytes[index]
      if let open = quote {
        if byte == open { quote = nil }
      } else if byte == 0x22 || byte == 0x27 {
        quote = byte
      } else if byte == 0x3E {
        return index
      }
      index += 1
    }
    return nil
  }

  private static func attribute(_ name: String, prefixed: Bool, inTagAt start: Int, in bytes: [UInt8]) -> Int? {
    guard let end = tagEnd(from: start, in: bytes) else { return nil }
    var index = start + 1
    while index < end, !isSpace(bytes[index]) { index += 1 }
    while index < end {
      while index < end, isSpace(bytes[index]) { index += 1 }
      let nameStart = index
      while index < end, !isSpace(bytes[index]), bytes[index] != 0x3D, bytes[index] != 0x2F { index += 1 }
      let written = String(decoding: bytes[nameStart..<index], as: UTF8.self)
      let parts = written.split(separator: ":", maxSplits: 1)
      if parts.last.map(String.init) == name, (parts.count == 2) == prefixed { return nameStart }
      while index < end, bytes[index] != 0x22, bytes[index] != 0x27 { index += 1 }
      guard index < end else { return nil }
      let quote = bytes[index]
      index += 1
      while index < end, bytes[index] != quote { index += 1 }
      index += 1
    }
    return nil
  }

  /// The offset of token `number` in the text right after the start tag at `start`, when that text holds no
  /// reference or markup (which would make offsets in the source differ from the text libxml2 read).
  private static func token(_ number: Int, afterTagAt start: Int, in bytes: [UInt8]) -> Int? {
    guard let end = tagEnd(from: start, in: bytes) else { return nil }
    var index = end + 1
    var seen = 0
    while index < bytes.count {
      while index < bytes.count, isSpace(bytes[index]) { index += 1 }
      guard index < bytes.count, bytes[index] != 0x3C, bytes[index] != 0x26 else { return nil }
      if seen == number { return index }
      seen += 1
      while index < bytes.count, !isSpace(bytes[index]), bytes[index] != 0x3C {
        if bytes[index] == 0x26 { return nil }
        index += 1
      }
    }
    return nil
  }

  /// Lines as the parser numbers them (LF, CR LF, lone CR: `LineEnds`), counted on from the last offset asked about;
  /// columns in characters from 1.
  private func lineAndColumn(of offset: Int, in bytes: [UInt8]) -> (line: Int, column: Int) {
    if offset < lines.offset {
      let start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
      lines = (start, 1, start)
    }
    var (index, line, lineStart) = lines
    while index < offset {
      if LineEnds.endsLine(bytes, at: index) {
        line += 1
        lineStart = index + 1
      }
      index += 1
    }
    lines = (offset, line, lineStart)
    // Characters: every byte that is not a UTF-8 continuation byte starts one.
    let column = bytes[lineStart..<offset].reduce(1) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) }
    return (line, column)
  }

  private static let commentStart = Array("<!--".utf8)
  private static let commentEnd = Array("-->".utf8)
  private static let cdataStart = Array("<![CDATA[".utf8)
  private static let cdataEnd = Array("]]>".utf8)
  private static let instructionEnd = Array("?>".utf8)

  private static func starts(_ bytes: [UInt8], at index: Int, with text: String) -> Bool {
    starts(bytes, at: index, with: Array(text.utf8))
  }

  private static func starts(_ bytes: [UInt8], at index: Int, with pattern: [UInt8]) -> Bool {
    guard index + pattern.count <= bytes.count else { return false }
    return bytes[index..<index + pattern.count].elementsEqual(pattern)
  }

  private static func skip(past terminator: [UInt8], from index: Int, in bytes: [UInt8]) -> Int {
    var position = index
    while position < bytes.count {
      if bytes[position] == terminator[0], starts(bytes, at: position, with: terminator) {
        return position + terminator.count
      }
      position += 1
    }
    return bytes.count
  }

  @inline(__always)
  private static func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D }
}
