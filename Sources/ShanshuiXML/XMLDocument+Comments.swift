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
  public func comments(containing marker: String) -> [XMLComment] {
    let needle = Array(marker.utf8)
    var found: [XMLComment] = []
    var node: xmlNodePtr? = pointer.pointee.children
    while let current = node {
      if current.pointee.type == XML_COMMENT_NODE, let content = current.pointee.content,
        Self.contains(content, needle)
      {
        // libxml2 numbers a comment by the line it ends on; its text holds every line break in between.
        let text = String(cString: content)
        let end = Int(xmlGetLineNo(current))
        found.append(XMLComment(line: max(1, end - text.utf8.count { $0 == UInt8(ascii: "\n") }), endLine: end, text: text))
      }
      if current.pointee.type == XML_ELEMENT_NODE, let child = current.pointee.children {
        node = child
        continue
      }
      var next: xmlNodePtr? = current
      while let candidate = next, candidate.pointee.next == nil {
        next = candidate.pointee.parent
        if next == nil || next?.pointee.type == XML_DOCUMENT_NODE { next = nil; break }
      }
      node = next?.pointee.next
    }
    return found
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
