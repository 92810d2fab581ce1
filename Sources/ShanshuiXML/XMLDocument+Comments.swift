internal import CLibXML2

/// A comment in a document, with the lines it starts and ends on.
public struct XMLComment: Sendable, Hashable {
  /// The line of `<!--`.
  public var line: Int
  /// The line of `-->` (the same as `line` for a one-line comment).
  public var endLine: Int
  public var text: String

  public init(line: Int, endLine: Int? = nil, text: String) {
    self.line = line
    self.endLine = endLine ?? line
    self.text = text
  }
}

extension XMLDocument {
  /// Every comment whose text contains `marker`, in document order.
  ///
  /// Walks the tree iteratively (documents may nest thousands of levels) and copies only the matching comments, so
  /// a large submission without such comments costs one pass over its nodes and no allocation.
  /// - parameter source: the document's bytes, when at hand: past line 65,535, where libxml2 keeps no line for
  ///   comments, the lines are then read from the bytes (for encodings where `<!--` and line feeds are single ASCII
  ///   bytes: UTF-8, GB18030, GBK). In such an encoding, bytes without the marker (ASCII) have no comment with it:
  ///   the walk is skipped (on a large file it is a pass of cache misses over every node).
  public func comments(containing marker: String, source: [UInt8]? = nil) -> [XMLComment] {
    if let source, asciiCompatible(source), !Self.bytes(source, contain: Array(marker.utf8)) { return [] }
    var ordinals: [Int] = []
    var ordinal = 0
    let needle = Array(marker.utf8)
    var found: [XMLComment] = []
    var node: xmlNodePtr? = pointer.pointee.children
    while let current = node {
      if current.pointee.type == XML_COMMENT_NODE { ordinal += 1 }
      if current.pointee.type == XML_COMMENT_NODE, let content = current.pointee.content,
        Self.contains(content, needle)
      {
        ordinals.append(ordinal - 1)
        // libxml2 numbers a comment by the line it ends on; its text holds every line break in between.
        let text = String(cString: content)
        let end = Self.endLine(of: current)
        found.append(
          XMLComment(line: max(1, end - text.utf8.count { $0 == UInt8(ascii: "\n") }), endLine: end, text: text))
      }
      if current.pointee.type == XML_ELEMENT_NODE, let child = current.pointee.children {
        node = child
        continue
      }
      var next: xmlNodePtr? = current
      while let candidate = next, candidate.pointee.next == nil {
        next = candidate.pointee.parent
        if next == nil || next?.pointee.type == XML_DOCUMENT_NODE {
          next = nil
          break
        }
      }
      node = next?.pointee.next
    }
    guard let source, found.contains(where: { $0.endLine >= 65535 }),
      let starts = CommentScanner.lines(in: source), starts.count == ordinal
    else { return found }
    return zip(found, ordinals).map { comment, index in
      let breaks = comment.text.utf8.count { $0 == UInt8(ascii: "\n") }
      return XMLComment(line: starts[index], endLine: starts[index] + breaks, text: comment.text)
    }
  }

  /// The line a comment ends on. Past line 65,535 libxml2 keeps no line in a comment node (XML_PARSE_BIG_LINES
  /// keeps it for text nodes only) and `xmlGetLineNo` borrows a sibling's; a following text node, numbered by the
  /// line it ends on, gives the comment's exact end line once its own line breaks are taken off.
  private static func endLine(of comment: xmlNodePtr) -> Int {
    guard comment.pointee.line == 65535, let next = comment.pointee.next, next.pointee.type == XML_TEXT_NODE,
      let content = next.pointee.content
    else { return Int(xmlGetLineNo(comment)) }
    var breaks = 0
    var byte = content
    while byte.pointee != 0 {
      if byte.pointee == UInt8(ascii: "\n") { breaks += 1 }
      byte += 1
    }
    return Int(xmlGetLineNo(next)) - breaks
  }

  /// Whether the document's encoding writes every ASCII character as that one byte (so an ASCII marker in its text
  /// is in its bytes): no UTF-16/32 or EBCDIC signature, and the encoding declared is one known to do so.
  private func asciiCompatible(_ bytes: [UInt8]) -> Bool {
    if bytes.count >= 2,
      bytes[0] == 0 || bytes[1] == 0 || bytes.starts(with: [0xFE, 0xFF]) || bytes.starts(with: [0xFF, 0xFE])
        || bytes.starts(with: [0x4C, 0x6F, 0xA7, 0x94])
    {
      return false
    }
    guard let declared = pointer.pointee.encoding else { return true }
    let name = String(cString: declared).uppercased()
    return ["UTF-8", "UTF8", "US-ASCII", "ASCII", "GB18030", "GBK", "GB2312"].contains(name)
      || name.hasPrefix("ISO-8859-")
  }

  private static func bytes(_ haystack: [UInt8], contain needle: [UInt8]) -> Bool {
    guard !needle.isEmpty else { return true }
    // Boyer–Moore–Horspool: the marker's last byte decides how far to jump (≈ its length per step, where a search
    // for its first byte stops at every 's' of a submission).
    let length = needle.count
    guard haystack.count >= length else { return false }
    var jump = [Int](repeating: length, count: 256)
    for (index, byte) in needle.dropLast().enumerated() { jump[Int(byte)] = length - 1 - index }
    return haystack.withUnsafeBufferPointer { text in
      var start = 0
      while start <= text.count - length {
        let last = text[start + length - 1]
        if last == needle[length - 1] {
          var matched = 0
          while matched < length - 1, text[start + matched] == needle[matched] { matched += 1 }
          if matched == length - 1 { return true }
        }
        start += jump[Int(last)]
      }
      return false
    }
  }

  private static func contains(_ text: UnsafePointer<xmlChar>, _ needle: [UInt8]) -> Bool {
    guard let first = needle.first else { return true }
    var index = 0
    while text[index] != 0 {
      if text[index] == first {
        var matched = 1
        while matched < needle.count, text[index + matched] == needle[matched] { matched += 1 }
        if matched == needle.count { return true }
      }
      index += 1
    }
    return false
  }
}
