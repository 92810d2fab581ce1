import ShanshuiXML

/// Whether a submission has any `<geometry>` (format version 2) at all.
enum SubmissionGeometry {
  /// True when some element below `root` is a submission `geometry`; stops at the first.
  static func present(under root: XMLNode) -> Bool {
    var pending = [root]
    while let node = pending.popLast() {
      for child in node.childElements {
        if child.localName == "geometry" && child.namespaceURI == Namespaces.submission { return true }
        pending.append(child)
      }
    }
    return false
  }
}
