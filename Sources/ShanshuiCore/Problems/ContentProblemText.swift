import ShanshuiXML

/// Messages about an element's content: an element the schema does not expect there (did you mean …?) and a
/// required element that is missing (which one, and where it goes).
enum ContentProblemText {
  static func unexpected(_ error: XMLDiagnostic, facts: SubmissionSchemaFacts, raw: String) -> LocalizedText {
    let name = error.node?.name ?? LibXMLText.quoted(after: "Element", in: raw) ?? "?"
    let parent = error.node?.parentName
    let allowed = parent.map { facts.childNames(of: $0) } ?? []
    let expected = LibXMLText.expectedNames(in: raw)
    let inParent = parent.map { "<\($0)>" }
    if allowed.contains(name), let parent,
      let missing = missingBefore(name, expected: expected, in: parent, facts: facts)
    {
      let listed = missing.map { "<\($0)>" }
      return LocalizedText(
        zh: "<\(parent)> 缺少必需的子元素 \(listed.joined(separator: " 或 "))：应写在 <\(name)> 之前",
        en: "<\(parent)> lacks the required element \(listed.joined(separator: " or ")): it goes before <\(name)>")
    }
    if allowed.contains(name) {
      if let namespace = error.node?.namespaceURI, namespace == Namespaces.submission {
        let next = expected.isEmpty ? nil : expected.map { "<\($0)>" }
        return .joined(
          [
            LocalizedText(
              zh: "<\(name)> 不能出现在\(inParent.map { " \($0) 中的" } ?? "")这个位置（顺序不对，或写了多次）",
              en:
                "<\(name)> is not allowed at this place\(inParent.map { " in \($0)" } ?? "") (out of order, or repeated)"
            ),
            next.map {
              LocalizedText(
                zh: "此处应为 \($0.joined(separator: " 或 "))", en: "expected here: \($0.joined(separator: " or "))")
            } ?? LocalizedText(),
            order(of: parent, facts: facts),
          ])
      }
      return LocalizedText(
        zh: "<\(name)> 不在申报格式的命名空间中：在根元素上声明 xmlns=\"\(Namespaces.submission)\"",
        en:
          "<\(name)> is not in the submission namespace: declare xmlns=\"\(Namespaces.submission)\" on the root element"
      )
    }
    if let namespace = LibXMLText.expectedWildcard(in: raw) {
      return LocalizedText(
        zh:
          "\(inParent.map { "\($0) 中" } ?? "这里")不能有 <\(name)>：此处应为命名空间 \(namespace) 中的一个元素（在元素上声明该命名空间，如 xmlns:gml=\"\(namespace)\"，并写前缀）",
        en:
          "\(inParent ?? "here") cannot hold <\(name)>: an element of the namespace \(namespace) belongs here (declare it, e.g. xmlns:gml=\"\(namespace)\", and use the prefix)"
      )
    }
    let candidates = allowed.isEmpty ? expected : allowed
    var parts = [
      LocalizedText(
        zh: inParent.map { "\($0) 中不能有 <\(name)>" } ?? "这里不能有 <\(name)>",
        en: inParent.map { "\($0) has no element <\(name)>" } ?? "<\(name)> is not allowed here")
    ]
    if !candidates.isEmpty {
      let listed = candidates.map { "<\($0)>" }
      parts.append(
        LocalizedText(
          zh: "\(inParent.map { $0 + " " } ?? "此处")可包含：\(listed.joined(separator: "、"))",
          en: "\(inParent ?? "here") may contain: \(listed.joined(separator: ", "))"))
    }
    let suggestions = NameSuggestion.nearest(to: name, among: candidates)
    if !suggestions.isEmpty {
      let listed = suggestions.map { "<\($0)>" }
      parts.append(
        LocalizedText(
          zh: "是否应为 \(listed.joined(separator: " 或 "))？", en: "did you mean \(listed.joined(separator: " or "))?"))
    }
    return .joined(parts)
  }

  static func missing(_ error: XMLDiagnostic, facts: SubmissionSchemaFacts, raw: String) -> LocalizedText {
    let element = error.node?.name ?? "?"
    let present = Set(error.node?.childNames ?? [])
    let declared = facts.children[element] ?? []
    if let namespace = LibXMLText.expectedWildcard(in: raw) {
      return LocalizedText(
        zh: "<\(element)> 缺少子元素：应为命名空间 \(namespace) 中的一个元素",
        en: "<\(element)> lacks its content: an element of the namespace \(namespace)")
    }
    var missing = declared.filter { $0.required && !present.contains($0.name) }.map(\.name)
    if missing.isEmpty { missing = LibXMLText.expectedNames(in: raw) }
    let listed = missing.map { "<\($0)>" }
    var parts = [
      LocalizedText(
        zh: "<\(element)> 缺少必需的子元素 \(listed.joined(separator: "、"))",
        en:
          "<\(element)> lacks the required \(listed.count == 1 ? "element" : "elements") \(listed.joined(separator: ", "))"
      )
    ]
    // Where the first missing one goes: after the last element declared before it that is present.
    if let first = missing.first, let index = declared.firstIndex(where: { $0.name == first }),
      let before = declared[..<index].last(where: { present.contains($0.name) })
    {
      parts.append(LocalizedText(zh: "<\(first)> 写在 <\(before.name)> 之后", en: "<\(first)> goes after <\(before.name)>"))
    }
    return .joined(parts)
  }

  /// The expected elements when each is required and declared before `name`: the element met is in its place, but a
  /// required one before it is missing.
  static func missingBefore(
    _ name: String, expected: [String], in parent: String, facts: SubmissionSchemaFacts
  )
    -> [String]?
  {
    let declared = facts.children[parent] ?? []
    guard !expected.isEmpty, let position = declared.firstIndex(where: { $0.name == name }) else { return nil }
    let before = declared[..<position]
    let required = expected.allSatisfy { name in before.contains { $0.name == name && $0.required } }
    return required ? expected : nil
  }

  /// `<unit> 的子元素依次为 …`: the declared order of a parent's children.
  static func order(of parent: String?, facts: SubmissionSchemaFacts) -> LocalizedText {
    guard let parent, let children = facts.children[parent], children.count > 1 else { return LocalizedText() }
    let listed = children.map { "<\($0.name)>" }
    return LocalizedText(
      zh: "<\(parent)> 的子元素依次为 \(listed.joined(separator: "、"))",
      en: "<\(parent)>'s children come in the order \(listed.joined(separator: ", "))")
  }
}
