/// The elements of a well-formed XML document located in its bytes, in document order: where each start tag begins
/// and ends and where its end tag begins and ends. Used to edit a submission without touching any other byte
/// (`GeometryImportEdit`); the document must already have been parsed by libxml2 (well-formed, no DOCTYPE), so that
/// every `<` outside comments, CDATA sections and processing instructions starts a tag, and every `>` inside a tag
/// outside a quoted attribute value ends it.
struct MarkupElements {
  struct Element {
    /// Offset of `<`.
    var start: Int
    /// Offset just after the start tag's `>`.
    var startTagEnd: Int
    /// `<name/>`: no end tag.
    var isEmpty: Bool
    /// Offset of `</` and just after its `>` (equal to `startTagEnd` for an empty element).
    var endTagStart: Int
    var endTagEnd: Int
    /// The qualified name as written (`unit`, `s:unit`).
    var name: String
    /// Offsets of the element's child elements' entries in `elements`.
    var children: [Int]
  }

  private(set) var elements: [Element] = []

  /// Scans `bytes`; nil when they are not the well-formed markup expected (an unterminated construct, an end tag
  /// that does not close the open element).
  init?(_ bytes: [UInt8]) {
    var open: [Int] = []
    var index = 0
    let count = bytes.count
    func starts(_ marker: String, at offset: Int) -> Bool {
      let marker = Array(marker.utf8)
      return offset + marker.count <= count && Array(bytes[offset..<offset + marker.count]) == marker
    }
    func find(_ marker: String, from offset: Int) -> Int? {
      let marker = Array(marker.utf8)
      var position = offset
      while position + marker.count <= count {
        if bytes[position] == marker[0], Array(bytes[position..<position + marker.count]) == marker { return position }
        position += 1
      }
      return nil
    }
    while index < count {
      guard bytes[index] == 0x3C else {
        index += 1
        continue
      }
      if starts("<!--", at: index) {
        guard let end = find("-->", from: index + 4) else { return nil }
        index = end + 3
      } else if starts("<![CDATA[", at: index) {
        guard let end = find("]]>", from: index + 9) else { return nil }
        index = end + 3
      } else if starts("<?", at: index) {
        guard let end = find("?>", from: index + 2) else { return nil }
        index = end + 2
      } else if starts("<!", at: index) {
        guard let end = find(">", from: index + 2) else { return nil }
        index = end + 1
      } else if starts("</", at: index) {
        guard let end = find(">", from: index + 2), let top = open.popLast() else { return nil }
        let name = Self.name(bytes, from: index + 2)
        guard name == elements[top].name else { return nil }
        elements[top].endTagStart = index
        elements[top].endTagEnd = end + 1
        index = end + 1
      } else {
        // A start tag: its end is the first `>` outside a quoted value.
        var position = index + 1
        var quote: UInt8?
        while position < count {
          let byte = bytes[position]
          if let open = quote {
            if byte == open { quote = nil }
          } else if byte == 0x22 || byte == 0x27 {
            quote = byte
          } else if byte == 0x3E {
            break
          }
          position += 1
        }
        guard position < count else { return nil }
        let isEmpty = bytes[position - 1] == 0x2F
        let element = Element(
          start: index, startTagEnd: position + 1, isEmpty: isEmpty, endTagStart: position + 1,
          endTagEnd: position + 1, name: Self.name(bytes, from: index + 1), children: [])
        if let parent = open.last { elements[parent].children.append(elements.count) }
        if !isEmpty { open.append(elements.count) }
        elements.append(element)
        index = position + 1
      }
    }
    if !open.isEmpty { return nil }
  }

  /// The name starting at `offset`, up to whitespace, `/` or `>`.
  private static func name(_ bytes: [UInt8], from offset: Int) -> String {
    var end = offset
    while end < bytes.count, ![0x20, 0x09, 0x0A, 0x0D, 0x2F, 0x3E].contains(bytes[end]) { end += 1 }
    return String(decoding: bytes[offset..<end], as: UTF8.self)
  }
}
