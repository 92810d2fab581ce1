import ShanshuiXML

/// The restoration unit a finding lies in, named the way the submitter wrote it: its `@id` and its `name`.
///
/// A finding inside a `unit` says which one in its message (`单元 CQ-U1（坡耕地单元）：…`), and its path names the unit
/// by id (`/submission/units/unit[@id='CQ-U1']/area`), so neither a position nor a line number has to be decoded.
struct UnitSubject: Equatable {
  var id: String
  var name: String?

  /// Elements a finding's path names by `@id` even when they have no sibling of the same name.
  static let pathsByID: Set<String> = ["unit"]

  /// The path builder of findings: units named by id.
  static func pathBuilder() -> XMLPathBuilder { XMLPathBuilder(namingByID: true, identifiedByID: pathsByID) }

  /// The `unit` that is `node` or contains it, when it has an id.
  init?(containing node: XMLNode) {
    guard let unit = node.ancestorOrSelf(named: XMLName("unit", namespace: Namespaces.submission)),
      let id = unit.attribute("id")?.trimmed, !id.isEmpty
    else { return nil }
    self.id = id
    let name = unit.firstChild(named: XMLName("name", namespace: Namespaces.submission))?.stringValue.trimmed
    self.name = name?.isEmpty == false ? name : nil
  }

  /// `message` led by the unit: "单元 CQ-U1（坡耕地单元）：…" / "Unit CQ-U1 (slope farmland): …".
  func introducing(_ message: LocalizedText) -> LocalizedText {
    message.map { text, language in
      switch language {
      case .zh: return "单元 \(id)\(name.map { "（\($0)）" } ?? "")：\(text)"
      case .en: return "Unit \(id)\(name.map { " (\($0))" } ?? ""): \(text)"
      }
    }
  }
}
