import Foundation
import ShanshuiXML

/// Walks an XSD document once and collects `SubmissionSchemaFacts` (one schema document, no includes or groups: the
/// submission schema uses none, and a construct it does not know is simply not in the table).
struct SchemaFactsReader {
  static let xs = "http://www.w3.org/2001/XMLSchema"
  static let xmlLang = XMLName("lang", namespace: "http://www.w3.org/XML/1998/namespace")
  let root: XMLNode
  var complexTypes: [String: XMLNode] = [:]
  var simpleTypes: [String: XMLNode] = [:]
  var children: [String: [SubmissionSchemaFacts.Child]] = [:]
  var attributes: [String: [String]] = [:]
  var elementNames: Set<String> = []
  var valueNames: [String: LocalizedText] = [:]
  var unitNames: [String: LocalizedText] = [:]
  var builtinTypes: [String: Set<String>] = [:]

  init(root: XMLNode) { self.root = root }

  mutating func read() {
    root.forEachChildElement { node in
      guard node.namespaceURI == Self.xs, let name = node.attribute("name") else { return }
      if node.localName == "complexType" { complexTypes[name] = node }
      if node.localName == "simpleType" { simpleTypes[name] = node }
    }
    visit(root)
  }

  /// Every element and attribute declaration and every enumeration, wherever it is.
  private mutating func visit(_ node: XMLNode) {
    node.forEachChildElement { child in
      guard child.namespaceURI == Self.xs else { return }
      switch child.localName {
      case "element": declareElement(child)
      case "attribute": declareAttribute(child)
      case "enumeration": nameValue(child)
      default: break
      }
      visit(child)
    }
  }

  private mutating func declareElement(_ element: XMLNode) {
    guard let name = element.attribute("name") else { return }
    elementNames.insert(name)
    let content = element.attribute("type").flatMap { complexTypes[local($0)] } ?? inlineComplexType(element)
    if let content {
      var list = children[name] ?? []
      for child in childDeclarations(in: content, visited: []) where !list.contains(where: { $0.name == child.name }) {
        list.append(child)
      }
      children[name] = list
      var names = attributes[name] ?? []
      for attribute in attributeNames(in: content, visited: []) where !names.contains(attribute) {
        names.append(attribute)
      }
      attributes[name] = names
    }
    if let builtin = builtinType(of: element) { builtinTypes[name, default: []].insert(builtin) }
  }

  private mutating func declareAttribute(_ attribute: XMLNode) {
    guard let name = attribute.attribute("name"), let builtin = builtinType(of: attribute) else { return }
    builtinTypes["@" + name, default: []].insert(builtin)
  }

  /// `<xs:enumeration value="mu"><xs:annotation><xs:documentation xml:lang="zh">亩</…>`: the value's names.
  private mutating func nameValue(_ enumeration: XMLNode) {
    guard let value = enumeration.attribute("value") else { return }
    var names = LocalizedText()
    for annotation in enumeration.childElements where annotation.localName == "annotation" {
      for documentation in annotation.childElements where documentation.localName == "documentation" {
        let text = documentation.stringValue.trimmingCharacters(in: .whitespacesAndNewlines)
        let lang = documentation.attributeNodes.first {
          $0.localName == Self.xmlLang.localName && $0.namespaceURI == Self.xmlLang.namespaceURI
        }
        switch lang?.stringValue {
        case "zh": names.zh = text
        case "en": names.en = text
        default: break
        }
      }
    }
    guard names.zh != nil || names.en != nil else { return }
    valueNames[value] = names
    if let type = enumeration.parent?.parent, type.localName == "simpleType",
      type.attribute("name")?.hasSuffix("Unit") == true
    {
      unitNames[value] = names
    }
  }

  private func inlineComplexType(_ element: XMLNode) -> XMLNode? {
    element.childElements.first { $0.namespaceURI == Self.xs && $0.localName == "complexType" }
  }

  /// The element declarations a complex type's content model holds (through `xs:extension` of a named complex
  /// type), not those nested inside them.
  private func childDeclarations(in node: XMLNode, visited: Set<String>) -> [SubmissionSchemaFacts.Child] {
    var found: [SubmissionSchemaFacts.Child] = []
    for child in node.childElements where child.namespaceURI == Self.xs {
      switch child.localName {
      case "element":
        if let name = child.attribute("name") {
          found.append(
            .init(name: name, required: child.attribute("minOccurs") != "0" && optionalGroup(child) == false))
        }
      case "extension", "restriction":
        if let base = child.attribute("base").map(local), !visited.contains(base), let type = complexTypes[base] {
          found += childDeclarations(in: type, visited: visited.union([base]))
        }
        found += childDeclarations(in: child, visited: visited)
      case "sequence", "all", "choice", "complexContent":
        found += childDeclarations(in: child, visited: visited)
      default: break
      }
    }
    return found
  }

  /// The attributes a complex type declares, through extensions of named complex types.
  private func attributeNames(in node: XMLNode, visited: Set<String>) -> [String] {
    var found: [String] = []
    for child in node.childElements where child.namespaceURI == Self.xs {
      switch child.localName {
      case "attribute": if let name = child.attribute("name") { found.append(name) }
      case "extension", "restriction":
        if let base = child.attribute("base").map(local), !visited.contains(base), let type = complexTypes[base] {
          found += attributeNames(in: type, visited: visited.union([base]))
        }
        found += attributeNames(in: child, visited: visited)
      case "simpleContent", "complexContent": found += attributeNames(in: child, visited: visited)
      default: break
      }
    }
    return found
  }

  /// True when the element sits in a `choice` or in an optional `sequence`/`choice` (so it is not required alone).
  private func optionalGroup(_ element: XMLNode) -> Bool {
    guard let group = element.parent, group.namespaceURI == Self.xs else { return false }
    return group.localName == "choice" || group.attribute("minOccurs") == "0"
  }

  /// The built-in type (`xs:…`) an element's text or an attribute's value has, following named types, simple
  /// content extensions and restrictions.
  private func builtinType(of declaration: XMLNode) -> String? {
    if let type = declaration.attribute("type") { return resolve(type, depth: 0) }
    for child in declaration.childElements where child.namespaceURI == Self.xs {
      if child.localName == "simpleType" || child.localName == "complexType" { return resolveInline(child, depth: 0) }
    }
    return nil
  }

  private func resolve(_ qualified: String, depth: Int) -> String? {
    guard depth < 20 else { return nil }
    if qualified.hasPrefix("xs:") { return qualified }
    let name = local(qualified)
    if let simple = simpleTypes[name] { return resolveInline(simple, depth: depth + 1) }
    if let complex = complexTypes[name] { return resolveInline(complex, depth: depth + 1) }
    return nil
  }

  /// The base of a simple type's restriction or a simple content's extension.
  private func resolveInline(_ type: XMLNode, depth: Int) -> String? {
    for child in type.childElements where child.namespaceURI == Self.xs {
      switch child.localName {
      case "restriction", "extension":
        if let base = child.attribute("base") { return resolve(base, depth: depth + 1) }
        return child.childElements.first { $0.localName == "simpleType" }.flatMap {
          resolveInline($0, depth: depth + 1)
        }
      case "simpleContent": return resolveInline(child, depth: depth + 1)
      default: continue
      }
    }
    return nil
  }

  private func local(_ qualified: String) -> String {
    qualified.split(separator: ":").last.map(String.init) ?? qualified
  }
}
