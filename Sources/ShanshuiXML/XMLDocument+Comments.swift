internal import CLibXML2

/// A comment in a document, with the line it starts on.
public struct XMLComment: Sendable, Hashable {
  public var line: Int
  public var text: String
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
        found.append(XMLComment(line: Int(xmlGetLineNo(current)), text: String(cString: content)))
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
