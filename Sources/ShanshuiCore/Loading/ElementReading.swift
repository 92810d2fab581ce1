import ShanshuiXML

/// Reading helpers for elements of the rule-document namespace.
extension XMLNode {
  static func standardName(_ local: String) -> XMLName { XMLName(local, namespace: Namespaces.standard) }

  func elements(_ local: String) -> [XMLNode] { children(named: Self.standardName(local)) }

  func element(_ local: String) -> XMLNode? { firstChild(named: Self.standardName(local)) }

  /// The `lang="zh"` / `lang="en"` texts of the children named `local`.
  func localized(_ local: String) -> LocalizedText? {
    // `<message bound="min|max">` belongs to one bound of a range (`boundMessages`), not to the general text.
    let nodes = elements(local).filter { $0.attribute("bound") == nil }
    guard !nodes.isEmpty else { return nil }
    var text = LocalizedText()
    for node in nodes {
      let value = node.stringValue.trimmed
      switch node.attribute("lang") {
      case "zh": text.zh = value
      case "en": text.en = value
      default: break
      }
    }
    return text
  }

  /// `<message bound="min|max" lang>` pairs, by bound.
  func boundMessages() -> [BoundSide: LocalizedText] {
    var messages: [BoundSide: LocalizedText] = [:]
    for node in elements("message") {
      guard let side = node.attribute("bound").flatMap(BoundSide.init(rawValue:)) else { continue }
      var text = messages[side] ?? LocalizedText()
      switch node.attribute("lang") {
      case "zh": text.zh = node.stringValue.trimmed
      case "en": text.en = node.stringValue.trimmed
      default: break
      }
      messages[side] = text
    }
    return messages
  }

  func location(in file: String) -> SourceLocation { SourceLocation(file: file, line: line) }
}
