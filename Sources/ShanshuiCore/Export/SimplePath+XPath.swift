extension SimplePath {
  /// The path as XPath 1.0, relative to the context node: `s:investment/s:total`, `@mode`, `.` (prefix `s` is the
  /// submission namespace in every standard).
  var xpath: String {
    var steps = elements.map { "s:" + $0.localName }
    if let attribute { steps.append("@" + attribute.localName) }
    return steps.isEmpty ? "." : steps.joined(separator: "/")
  }

  /// The path with a predicate on its last step (`self::node()[…]` for `.`).
  func xpath(where predicate: String) -> String {
    (elements.isEmpty && attribute == nil ? "self::node()" : xpath) + "[\(predicate)]"
  }

  /// The `@unit` that states the unit of a node this path selects: its own, or its owner's for an attribute.
  var unitXPath: String { attribute == nil ? "@unit" : "../@unit" }
}
