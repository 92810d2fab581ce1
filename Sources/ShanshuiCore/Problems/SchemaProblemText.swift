import Foundation
import ShanshuiXML

/// The zh and en message of one schema-validation error (E102), from libxml2's code, node and value and the
/// schema's facts.
enum SchemaProblemText {
  // libxml2's xmlParserErrors codes (xmlerror.h, 2.9) of schema validation.
  static let datatypeCodes = 1824...1826
  static let facetCodes = 1830...1840
  static let enumeration = 1840
  static let pattern = 1839
  static let minLength = 1831
  static let maxLength = 1832
  static let noRootDeclaration = 1845
  static let attributeNotAllowed = 1866...1867
  static let attributeMissing = 1868
  static let identityConstraint = 1877

  /// True when `error` is libxml2's second report of the value `previous` already reported through a facet.
  static func repeatsFacet(_ error: XMLDiagnostic, after previous: XMLDiagnostic) -> Bool {
    datatypeCodes.contains(error.code) && facetCodes.contains(previous.code) && error.line == previous.line
      && error.node?.path == previous.node?.path
  }

  static func message(_ error: XMLDiagnostic, facts: SubmissionSchemaFacts, raw: String) -> LocalizedText {
    var error = error
    error.node = subject(of: error, raw: raw)
    let node = error.node
    let name = NodeName(node)
    switch error.code {
    case enumeration:
      return enumerationMessage(
        value: node?.value ?? "", allowed: LibXMLText.valueSet(in: raw), name: name, facts: facts)
    case datatypeCodes: return datatypeMessage(error, name: name, facts: facts, raw: raw)
    case pattern: return patternMessage(node?.value ?? "", name: name, raw: raw)
    case minLength:
      return LocalizedText(zh: "\(name.zh) 不能为空", en: "\(name.en) must not be empty")
    case maxLength:
      return LocalizedText(zh: "\(name.zh) 的值太长", en: "\(name.en) is too long")
    case attributeNotAllowed: return attributeNotAllowedMessage(node, facts: facts)
    case attributeMissing:
      let attribute = LibXMLText.quoted(after: "The attribute", in: raw) ?? "?"
      return LocalizedText(
        zh: "\(name.zh) 缺少必填属性 \(attribute)", en: "\(name.en) lacks the required attribute \(attribute)")
    case identityConstraint:
      let key = raw.range(of: "['").flatMap { open in
        raw.range(of: "']", range: open.upperBound..<raw.endIndex).map { String(raw[open.upperBound..<$0.lowerBound]) }
      }
      return LocalizedText(
        zh: "\(name.zh) 重复：值“\(key ?? "?")”已出现过，每个值只能写一次",
        en: "\(name.en) repeats: the value '\(key ?? "?")' appears already; each value is written once")
    case noRootDeclaration:
      return LocalizedText(
        zh: "根元素应为 <submission xmlns=\"\(Namespaces.submission)\">（申报格式，见 docs/submission-format.md）",
        en: "the root element must be <submission xmlns=\"\(Namespaces.submission)\"> (docs/submission-format.md)")
    default:
      if raw.contains("This element is not expected") {
        return ContentProblemText.unexpected(error, facts: facts, raw: raw)
      }
      if raw.contains("Missing child element") { return ContentProblemText.missing(error, facts: facts, raw: raw) }
      if raw.contains("Character content other than whitespace is not allowed") {
        return LocalizedText(
          zh: "\(name.zh) 只能包含子元素，不能直接写文字", en: "\(name.en) holds child elements only, not text")
      }
      if raw.contains("Element content is not allowed") {
        return LocalizedText(
          zh: "\(name.zh) 只写一个值，不能包含子元素", en: "\(name.en) holds a value, not child elements")
      }
      return LocalizedText(zh: "不符合申报格式：\(raw)", en: raw)
    }
  }

  /// `亩` is not an allowed value: write `mu` (亩); the allowed values with their names.
  static func enumerationMessage(
    value: String, allowed: [String], name: NodeName, facts: SubmissionSchemaFacts
  ) -> LocalizedText {
    let listed = allowed.map { value -> LocalizedText in
      guard let names = facts.valueNames[value] else { return LocalizedText(value) }
      return LocalizedText(
        zh: names.zh.map { "\(value)（\($0)）" } ?? value, en: (names.en ?? names.zh).map { "\(value) (\($0))" } ?? value)
    }
    let list = LocalizedText(
      zh: listed.compactMap(\.zh).joined(separator: "、"), en: listed.compactMap(\.en).joined(separator: ", "))
    var parts = [
      LocalizedText(
        zh: "\(name.valueZh)“\(value)”不是允许的值", en: "\(name.en): '\(value)' is not an allowed value")
    ]
    if let meant = EnumerationGuess.meant(value, allowed: allowed, names: facts.valueNames) {
      let label = facts.valueNames[meant]
      parts.append(
        LocalizedText(
          zh: "\(value) → 写 \(meant)" + (label?.zh.map { "（\($0)）" } ?? ""),
          en: "write \(meant)" + ((label?.en ?? label?.zh).map { " (\($0))" } ?? "") + " for '\(value)'"))
    }
    parts.append(LocalizedText(zh: "允许的值：\(list.zh ?? "")", en: "allowed: \(list.en ?? "")"))
    return .joined(parts)
  }

  /// A value of the wrong type: a number, a date, a year or a unit, with the spelling the schema wants.
  static func datatypeMessage(
    _ error: XMLDiagnostic, name: NodeName, facts: SubmissionSchemaFacts, raw: String
  ) -> LocalizedText {
    let value = error.node?.value ?? LibXMLText.quoted(after: ":", in: raw) ?? ""
    let typeName = typeName(in: raw)
    // A union of the unit types (`AnyUnit`): the value is meant to be a unit.
    if let typeName, typeName.hasSuffix("Unit"), !typeName.hasPrefix("xs:") {
      return enumerationMessage(value: value, allowed: facts.unitNames.keys.sorted(), name: name, facts: facts)
    }
    let key = (error.node?.isAttribute == true ? "@" : "") + (error.node?.name ?? "")
    let builtin = typeName.flatMap { $0.hasPrefix("xs:") ? $0 : nil } ?? facts.builtinTypes[key] ?? typeName ?? ""
    let kind: LocalizedText
    let fix: ValueSpelling.Fix?
    switch builtin {
    case "xs:decimal", "xs:double", "xs:float":
      kind = LocalizedText(zh: "一个数字", en: "a number")
      fix = ValueSpelling.number(value, unitNames: facts.unitNames)
    case "xs:integer", "xs:positiveInteger", "xs:nonNegativeInteger", "xs:int", "xs:long":
      kind = LocalizedText(zh: "一个整数", en: "a whole number")
      fix = ValueSpelling.number(value, integer: true, unitNames: facts.unitNames)
    case "xs:date":
      kind = LocalizedText(zh: "一个日期（YYYY-MM-DD）", en: "a date (YYYY-MM-DD)")
      fix = ValueSpelling.date(value)
    case "xs:gYear":
      kind = LocalizedText(zh: "一个年份（四位数字）", en: "a year (four digits)")
      fix = ValueSpelling.year(value)
    case "xs:boolean":
      kind = LocalizedText(zh: "true 或 false", en: "true or false")
      fix = nil
    default:
      kind = LocalizedText(zh: "类型 \(builtin) 的值", en: "a value of type \(builtin)")
      fix = nil
    }
    var parts = [
      LocalizedText(
        zh: "\(name.valueZh)“\(value)”应为\(kind.zh ?? "")", en: "\(name.en): '\(value)' must be \(kind.en ?? "")")
    ]
    if let fix {
      parts.append(LocalizedText(zh: "写成 \(fix.written)", en: "write \(fix.written)"))
      parts += fix.reasons
    }
    return .joined(parts)
  }

  /// A value that does not match a pattern: padding, or the pattern itself.
  static func patternMessage(_ value: String, name: NodeName, raw: String) -> LocalizedText {
    let pattern = LibXMLText.quoted(after: "by the pattern", in: raw) ?? "?"
    var parts = [
      LocalizedText(
        zh: "\(name.valueZh)“\(value)”格式不对（应符合 \(pattern)）",
        en: "\(name.en): '\(value)' does not have the required form (pattern \(pattern))")
    ]
    let trimmed = value.trimmingCharacters(in: .whitespacesAndNewlines)
    if pattern == "[0-9]{4}", let year = ValueSpelling.year(value) {
      parts.append(LocalizedText(zh: "写成 \(year.written)", en: "write \(year.written)"))
      parts += year.reasons
    } else if trimmed != value && !trimmed.isEmpty && !trimmed.contains(where: \.isWhitespace) {
      parts.append(
        LocalizedText(zh: "去掉首尾空格：写 \(trimmed)", en: "remove the spaces around it: write \(trimmed)"))
    } else if let half = ValueSpelling.halfWidth(value) {
      parts.append(LocalizedText(zh: "全角字符改为半角：写 \(half)", en: "use ASCII characters: write \(half)"))
    }
    return .joined(parts)
  }

  static func attributeNotAllowedMessage(
    _ node: XMLDiagnostic.NodeFacts?, facts: SubmissionSchemaFacts
  )
    -> LocalizedText
  {
    let attribute = node?.name ?? "?"
    let owner = node?.parentName ?? "?"
    let allowed = facts.attributes[owner] ?? []
    var parts = [
      LocalizedText(zh: "<\(owner)> 没有 \(attribute) 属性", en: "<\(owner)> has no attribute \(attribute)")
    ]
    if !allowed.isEmpty {
      parts.append(
        LocalizedText(
          zh: "<\(owner)> 可有的属性：\(allowed.joined(separator: "、"))",
          en: "<\(owner)> may have: \(allowed.joined(separator: ", "))"))
    }
    if let meant = NameSuggestion.nearest(to: attribute, among: allowed).first {
      parts.append(LocalizedText(zh: "是否应为 \(meant)？", en: "did you mean \(meant)?"))
    }
    return .joined(parts)
  }

  /// The node the error is about: libxml2 2.9 reports an attribute's error on its owner element and names the
  /// attribute in the message's prefix (`Element 'area', attribute 'unit': …`), so the attribute is made the subject.
  static func subject(of error: XMLDiagnostic, raw: String) -> XMLDiagnostic.NodeFacts? {
    guard let element = error.node, !element.isAttribute, raw.hasPrefix("Element '"),
      let end = raw.range(of: "': "),
      let attribute = LibXMLText.quoted(after: ", attribute", in: String(raw[..<end.upperBound]))
    else { return error.node }
    return XMLDiagnostic.NodeFacts(
      name: attribute, isAttribute: true, parentName: element.name, value: element.attributes[attribute] ?? "",
      childNames: [], path: element.path.map { $0 + "/@" + attribute })
  }

  /// `… of the atomic type 'xs:decimal'` / `… of the union type 'AnyUnit'` → the type's name.
  static func typeName(in raw: String) -> String? {
    guard let range = raw.range(of: " type '") else { return nil }
    let rest = raw[range.upperBound...]
    return rest.firstIndex(of: "'").map { String(rest[..<$0]) }
  }
}
