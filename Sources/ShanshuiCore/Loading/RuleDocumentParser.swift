import ShanshuiXML

/// Builds a `RawDocument` from a rule document that has passed its schema. Never evaluates anything.
struct RuleDocumentParser {
  let file: String
  private(set) var diagnostics: [Diagnostic] = []
  /// The rule language version of the document being parsed.
  private var language = 1

  init(file: String) { self.file = file }

  static func info(of root: XMLNode) -> StandardInfo {
    StandardInfo(
      id: root.attribute("id") ?? "", version: root.attribute("version") ?? "",
      status: root.attribute("status") ?? "", effective: root.attribute("effective") ?? "",
      title: root.localized("title") ?? LocalizedText())
  }

  mutating func parse(_ root: XMLNode) -> RawDocument {
    let theme = root.attribute("theme") ?? ""
    language = root.attribute("language").flatMap { Int($0) } ?? 1
    return RawDocument(
      info: Self.info(of: root), theme: theme, file: file,
      namespaces: root.elements("namespace").map {
        ($0.attribute("prefix") ?? "", $0.attribute("uri") ?? "", $0.location(in: file))
      },
      sources: (root.element("sources")?.elements("document") ?? []).map(sourceDocument),
      parameters: (root.element("parameters")?.elements("parameter") ?? []).map(parameter),
      codelists: (root.element("codelists")?.elements("codelist") ?? []).map { codelist($0) },
      layers: (root.element("layers")?.elements("layer") ?? []).map { (layer($0), sourceRefs($0)) },
      rules: (root.element("rules")?.elements("rule") ?? []).compactMap { rule($0, theme: theme) })
  }

  private func sourceDocument(_ node: XMLNode) -> (SourceDocument, SourceLocation) {
    let document = SourceDocument(
      id: node.attribute("id") ?? "", title: node.localized("title") ?? LocalizedText(),
      confidence: Confidence(rawValue: node.attribute("confidence") ?? "") ?? .L,
      urls: node.elements("url").map { $0.stringValue.trimmed },
      kind: node.attribute("kind").flatMap(SourceKind.init(rawValue:)), text: node.attribute("text"))
    return (document, node.location(in: file))
  }

  private func sourceRefs(_ node: XMLNode) -> [RawDocument.SourceRef] {
    node.elements("source").map {
      RawDocument.SourceRef(
        id: $0.attribute("ref") ?? "", clause: $0.attribute("clause"), quote: $0.attribute("quote"),
        location: $0.location(in: file))
    }
  }

  private func layer(_ node: XMLNode) -> LayerRole {
    LayerRole(
      id: node.attribute("id") ?? "", name: node.localized("name") ?? LocalizedText(),
      fields: node.elements("field").map {
        LayerRole.Field(
          name: $0.attribute("name") ?? "", codelist: $0.attribute("codelist"),
          required: $0.attribute("required").map { $0 == "true" || $0 == "1" } ?? false)
      },
      location: node.location(in: file))
  }

  private func parameter(_ node: XMLNode) -> RawDocument.RawParameter {
    RawDocument.RawParameter(
      id: node.attribute("id") ?? "", title: node.localized("title") ?? LocalizedText(),
      unit: QuantityUnit.named(node.attribute("unit") ?? "") ?? QuantityUnit.named("count")!,
      stricter: Parameter.Stricter(rawValue: node.attribute("stricter") ?? "") ?? .higher,
      values: node.elements("value").map { value in
        RawDocument.ParameterValue(
          profile: Profile(rawValue: value.attribute("profile") ?? "") ?? .unified,
          status: Parameter.Status(rawValue: value.attribute("status") ?? "") ?? .provisional,
          value: Quantity.number(value.attribute("value") ?? "") ?? .nan,
          sources: sourceRefs(value), reason: value.localized("reason"), location: value.location(in: file))
      },
      location: node.location(in: file))
  }

  private mutating func codelist(_ node: XMLNode) -> RawDocument.RawCodelist {
    let id = node.attribute("id") ?? ""
    var entries: [Codelist.Code] = []
    var nodes: [(code: Codelist.Code, node: XMLNode)] = []
    // The entries of each value, by index: a codelist may hold tens of thousands of codes, and each is compared only
    // with the periods of its own value (at most `maximumPeriods` of them).
    var periods: [String: [Int]] = [:]
    for code in node.elements("code") {
      let value = (code.attribute("value") ?? "").trimmed
      let entry = Codelist.Code(
        value: value, name: code.localized("name") ?? LocalizedText(value),
        replacedBy: code.attribute("replacedBy")?.trimmed,
        validFrom: code.attribute("validFrom").flatMap { Int($0.trimmed) },
        validTo: code.attribute("validTo").flatMap { Int($0.trimmed) })
      // Entries of one value are periods of one code: they must not overlap (a value without years covers all time).
      let earlier = periods[value, default: []]
      if earlier.count == Self.maximumPeriods {
        diagnostics.append(
          Diagnostic(
            .duplicateID,
            LocalizedText(
              zh: "代码表 \(id) 中代码 \(value) 的有效期超过 \(Self.maximumPeriods) 段",
              en: "code \(value) of codelist \(id) has more than \(Self.maximumPeriods) periods"),
            at: code.location(in: file)))
      } else if let other = earlier.lazy.map({ entries[$0] }).first(where: { Self.overlap($0, entry) }) {
        let period = { (code: Codelist.Code) in
          "\(code.validFrom.map(String.init) ?? "")–\(code.validTo.map(String.init) ?? "")"
        }
        diagnostics.append(
          Diagnostic(
            .duplicateID,
            LocalizedText(
              zh: "代码表 \(id) 中代码 \(value) 重复（有效期 \(period(other)) 与 \(period(entry)) 重叠）",
              en:
                "code \(value) appears twice in codelist \(id) (periods \(period(other)) and \(period(entry)) overlap)"),
            at: code.location(in: file)))
      }
      if let from = entry.validFrom, let to = entry.validTo, from > to {
        diagnostics.append(
          Diagnostic(
            .standardSchemaInvalid,
            LocalizedText(
              zh: "代码表 \(id) 中代码 \(value) 的 validFrom \(from) 晚于 validTo \(to)",
              en: "code \(value) of codelist \(id) has validFrom \(from) after validTo \(to)"),
            at: code.location(in: file)))
      }
      if earlier.count < Self.maximumPeriods { periods[value, default: []].append(entries.count) }
      entries.append(entry)
      nodes.append((entry, code))
    }
    let values = Set(entries.map(\.value))
    for (entry, code) in nodes {
      guard let successor = entry.replacedBy, !values.contains(successor) else { continue }
      diagnostics.append(
        Diagnostic(
          .unknownReference,
          LocalizedText(
            zh: "代码表 \(id) 中代码 \(entry.value) 的替代代码 \(successor) 不在该代码表中",
            en: "code \(entry.value) of codelist \(id) is replaced by \(successor), which the list lacks"),
          at: code.location(in: file)))
    }
    let list = Codelist(
      id: id, title: node.localized("title") ?? LocalizedText(), entries: entries, location: node.location(in: file))
    return RawDocument.RawCodelist(codelist: list, sources: sourceRefs(node))
  }

  /// The most entries (periods) one code value may have in a codelist.
  static let maximumPeriods = 256

  /// Whether two entries' periods share a year.
  private static func overlap(_ a: Codelist.Code, _ b: Codelist.Code) -> Bool {
    (a.validFrom ?? .min) <= (b.validTo ?? .max) && (b.validFrom ?? .min) <= (a.validTo ?? .max)
  }

  private mutating func rule(_ node: XMLNode, theme: String) -> RawDocument.RawRule? {
    let location = node.location(in: file)
    guard let contextNode = node.element("context") else { return nil }
    let checkNode = node.childElements.first {
      CheckKinds.named($0.localName) != nil && $0.namespaceURI == Namespaces.standard
    }
    guard let checkNode, let kind = CheckKinds.named(checkNode.localName) else { return nil }
    let check: any RuleCheck
    do {
      check = try kind.init(element: CheckElement(node: checkNode, location: checkNode.location(in: file)))
    } catch {
      diagnostics.append(error)
      return nil
    }
    let applies = node.element("applies")
    let profiles = (applies?.attribute("profiles")).map {
      Set($0.split(separator: " ").compactMap { Profile(rawValue: String($0)) })
    }
    return RawDocument.RawRule(
      id: node.attribute("id") ?? "", severity: Severity(rawValue: node.attribute("severity") ?? "") ?? .error,
      title: node.localized("title") ?? LocalizedText(), message: node.localized("message") ?? LocalizedText(),
      boundMessages: node.boundMessages(), language: language, sources: sourceRefs(node),
      projectTypes: Set((applies?.attribute("projectTypes") ?? "").split(separator: " ").map(String.init)),
      profiles: profiles ?? Set(Profile.allCases),
      programmes: Set((applies?.attribute("programmes") ?? "").split(separator: " ").map(String.init)),
      context: contextNode.stringValue.trimmed, contextLocation: contextNode.location(in: file),
      check: check, checkKind: kind, examples: node.elements("example").compactMap { example($0) },
      location: location, waivable: node.attribute("waivable").map { $0 == "true" || $0 == "1" })
  }

  private mutating func example(_ node: XMLNode) -> RuleExample? {
    var edits: [ExampleEdit] = []
    var layers: [ExampleLayer] = []
    for edit in node.childElements
    where edit.namespaceURI == Namespaces.standard && edit.localName != "description" {
      if edit.localName == "layer" {
        layers.append(
          ExampleLayer(
            role: edit.attribute("role") ?? "", features: edit.elements("feature").map { $0.standaloneDocumentBytes() },
            location: edit.location(in: file)))
        continue
      }
      let text = edit.attribute("path") ?? ""
      guard let path = EditPath(text) else {
        diagnostics.append(
          Diagnostic(
            .invalidExample,
            LocalizedText(
              zh: "示例路径“\(text)”无效", en: "example path \"\(text)\" is not valid"), at: edit.location(in: file)))
        return nil
      }
      if path.isRoot, edit.localName == "remove" || edit.localName == "replace" {
        diagnostics.append(
          Diagnostic(
            .invalidExample,
            LocalizedText(
              zh: "示例不能删除或替换根元素", en: "an example cannot remove or replace the root element"),
            at: edit.location(in: file)))
        return nil
      }
      let fragments = edit.childElements.map { $0.standaloneDocumentBytes() }
      switch edit.localName {
      case "set": edits.append(.set(path: path, value: edit.stringValue))
      case "remove": edits.append(.remove(path: path))
      case "append": edits.append(.append(path: path, fragments: fragments))
      case "replace": edits.append(.replace(path: path, fragments: fragments))
      default: break
      }
    }
    return RuleExample(
      outcome: RuleExample.Outcome(rawValue: node.attribute("outcome") ?? "") ?? .pass,
      profile: ProfileSelection(node.attribute("profile") ?? "auto") ?? .auto,
      description: node.localized("description"), edits: edits, location: node.location(in: file), layers: layers)
  }
}
