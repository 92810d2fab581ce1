import ShanshuiXML

/// Reading helpers for elements of the rule-document namespace.
extension XMLNode {
  static func standardName(_ local: String) -> XMLName { XMLName(local, namespace: Namespaces.standard) }

  func elements(_ local: String) -> [XMLNode] { children(named: Self.standardName(local)) }

  func element(_ local: String) -> XMLNode? { firstChild(named: Self.standardName(local)) }

  /// The `lang="zh"` / `lang="en"` texts of the children named `local`.
  func localized(_ local: String) -> LocalizedText? {
    let nodes = elements(local)
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

  func location(in file: String) -> SourceLocation { SourceLocation(file: file, line: line) }
}
