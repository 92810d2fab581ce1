import ShanshuiXML
import ShanshuiGeo

/// Places `<geometry>` elements into a submission's bytes and changes no other byte: an existing `<geometry>` (the
/// element's last child) is replaced where it stands; otherwise the new one goes on its own line before the element's
/// end tag, indented like the element's other children, with the file's line ending (CRLF when the file uses it).
struct GeometryImportEdit {
  let bytes: [UInt8]
  let markup: MarkupElements
  /// Each element of the tree, by identity, to its index in `markup.elements` (the same document order).
  private let ordinals: [XMLNode.Identity: Int]
  private let lineEnding: String
  /// Whether the root binds `gml` to GML 3.2 (otherwise each inserted GML element declares it).
  private let rootBindsGML: Bool
  private var edits: [(start: Int, end: Int, text: String)] = []

  /// Nil when the bytes do not match the tree (they always do for a document libxml2 parsed without a DOCTYPE).
  init?(bytes: [UInt8], document: XMLDocument) {
    guard let markup = MarkupElements(bytes), let root = document.root else { return nil }
    var ordinals: [XMLNode.Identity: Int] = [:]
    var next = 0
    var matches = true
    func walk(_ node: XMLNode) {
      let index = next
      next += 1
      if index < markup.elements.count {
        let name = markup.elements[index].name
        let local = name.split(separator: ":", maxSplits: 1).last.map(String.init) ?? name
        if local != node.localName { matches = false }
      }
      ordinals[node.identity] = index
      node.forEachChildElement(walk)
    }
    walk(root)
    guard matches, next == markup.elements.count else { return nil }
    self.bytes = bytes
    self.markup = markup
    self.ordinals = ordinals
    lineEnding = bytes.indices.dropLast().contains { bytes[$0] == 0x0D && bytes[$0 + 1] == 0x0A } ? "\r\n" : "\n"
    let rootTag = String(decoding: bytes[markup.elements[0].start..<markup.elements[0].startTagEnd], as: UTF8.self)
    rootBindsGML =
      rootTag.contains("xmlns:gml=\"\(GMLNames.namespace)\"") || rootTag.contains("xmlns:gml='\(GMLNames.namespace)'")
  }

  /// Writes `shape` as the last child `<geometry>` of `target`, replacing `existing` (its current one) if given.
  mutating func place(_ shape: GeoShape, in target: XMLNode, replacing existing: XMLNode?) {
    guard let index = ordinals[target.identity] else { return }
    let element = markup.elements[index]
    let prefix = element.name.contains(":") ? String(element.name.split(separator: ":")[0]) : ""
    let geometry = ImportedGeometryGML.text(shape, elementPrefix: prefix, declareGML: !rootBindsGML)
    if let existing, let old = ordinals[existing.identity] {
      edits.append((markup.elements[old].start, markup.elements[old].endTagEnd, geometry))
      return
    }
    let ownIndent = indent(before: element.start) ?? ""
    if element.isEmpty {
      // `<unit …/>` becomes `<unit …>` NEWLINE geometry NEWLINE `</unit>`.
      var tagEnd = element.startTagEnd - 2
      while tagEnd > element.start, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[tagEnd - 1]) { tagEnd -= 1 }
      let childIndent = ownIndent + "  "
      edits.append(
        (
          tagEnd, element.startTagEnd,
          ">" + lineEnding + childIndent + geometry + lineEnding + ownIndent + "</\(element.name)>"
        ))
      return
    }
    let childIndent =
      element.children.last.flatMap { indent(before: markup.elements[$0].start) } ?? (ownIndent + "  ")
    // The end tag alone on its line: the geometry goes on a line of its own before it.
    var lineStart = element.endTagStart
    while lineStart > element.startTagEnd, [0x20, 0x09].contains(bytes[lineStart - 1]) { lineStart -= 1 }
    if lineStart > element.startTagEnd, bytes[lineStart - 1] == 0x0A {
      edits.append((lineStart, lineStart, childIndent + geometry + lineEnding))
    } else {
      edits.append((element.endTagStart, element.endTagStart, geometry))
    }
  }

  /// The spaces and tabs between the start of `offset`'s line and `offset`, if only those are there.
  private func indent(before offset: Int) -> String? {
    var start = offset
    while start > 0, [0x20, 0x09].contains(bytes[start - 1]) { start -= 1 }
    guard start == 0 || bytes[start - 1] == 0x0A else { return nil }
    return String(decoding: bytes[start..<offset], as: UTF8.self)
  }

  /// The bytes with every edit applied.
  func result() -> [UInt8] {
    var output = bytes
    for edit in edits.sorted(by: { $0.start > $1.start }) {
      output.replaceSubrange(edit.start..<edit.end, with: Array(edit.text.utf8))
    }
    return output
  }
}
