import ShanshuiXML

/// A standard read for linting: every file that parsed, even when it breaks its schema or refers to what does not
/// exist, with the declarations gathered across documents. Nothing here stops at a defect; the lint rules find them.
public struct LintedStandard {
  /// The manifest (when there is one) and every rule document that parsed, in manifest order.
  public let files: [LintFile]
  /// Every `<rule>` element, in document order.
  let rules: [LintRuleElement]
  /// Parameters, codelists and namespace prefixes as the loader would assemble them (first declaration wins).
  let parameters: [String: Parameter]
  let codelists: [String: Codelist]
  let namespaces: [String: String]
  /// Reviewer-layer roles (first declaration wins).
  let layers: [String: LayerRole]
  /// Ids of every declared source document.
  let sourceIDs: Set<String>
  /// The rule examples as the loader parses them, with their rule's id.
  let examples: [(ruleID: String, example: RuleExample)]
  /// Problems the rule-document parser reports on its own (duplicate codes, bad example paths).
  let parserDiagnostics: [Diagnostic]
  let exampleBase: [UInt8]?
  /// The bundled full texts of source documents (`<document text>`), by document id.
  let sourceTexts: [String: String]
  /// The manifests of the older versions beside the standard (`versions/NAME/standard.xml`), for SL024.
  let versions: [LintFile]

  init(files: [LintFile], exampleBase: [UInt8]?, sourceTexts: [String: String] = [:], versions: [LintFile] = []) {
    self.files = files
    self.versions = versions
    self.exampleBase = exampleBase
    self.sourceTexts = sourceTexts
    var raw: [RawDocument] = []
    var parserDiagnostics: [Diagnostic] = []
    var rules: [LintRuleElement] = []
    for file in files where !file.isManifest {
      guard let root = file.root else { continue }
      var parser = RuleDocumentParser(file: file.path)
      raw.append(parser.parse(root))
      parserDiagnostics += parser.diagnostics
      rules += (root.element("rules")?.elements("rule") ?? []).map { LintRuleElement(node: $0, file: file) }
    }
    var assembler = StandardAssembler(documents: raw)
    let assembled = assembler.assemble()
    parameters = assembled.parameters
    codelists = assembled.codelists
    namespaces = assembled.namespaces
    layers = assembled.layers
    sourceIDs = Set(raw.flatMap { $0.sources.map(\.0.id) })
    examples = raw.flatMap { document in document.rules.flatMap { rule in rule.examples.map { (rule.id, $0) } } }
    self.rules = rules
    self.parserDiagnostics = parserDiagnostics
  }

  /// The rule documents.
  var ruleDocuments: [LintFile] { files.filter { !$0.isManifest } }

  /// The file a location names.
  func file(_ path: String) -> LintFile? { files.first { $0.path == path } }
}

/// One `<rule>` element with its parts, read without assuming the rule is valid.
struct LintRuleElement {
  let node: XMLNode
  let file: LintFile
  let id: String
  let context: XMLNode?
  /// The check's element (the first child that names a check kind).
  let checkNode: XMLNode?
  /// The check built from its element, or the problem that kept it from being built.
  let check: Result<any RuleCheck, Diagnostic>?
  let message: LocalizedText

  init(node: XMLNode, file: LintFile) {
    self.node = node
    self.file = file
    id = node.attribute("id") ?? ""
    context = node.element("context")
    let checkNode = node.childElements.first {
      $0.namespaceURI == Namespaces.standard && CheckKinds.named($0.localName) != nil
    }
    self.checkNode = checkNode
    check = checkNode.flatMap { element in
      CheckKinds.named(element.localName).map { kind in
        Result { () throws(Diagnostic) in
          try kind.init(element: CheckElement(node: element, location: file.location(of: element)))
        }
      }
    }
    message = node.localized("message") ?? LocalizedText()
  }

  var location: SourceLocation { file.location(of: node) }

  /// The check, when it could be built.
  var builtCheck: (any RuleCheck)? { try? check?.get() }

  /// The context expression's text.
  var contextText: String? { context?.stringValue.trimmed }

  /// The XPath texts the check's element holds (`CheckLinting.xpathAttributes`: an `assert`'s test), by attribute.
  var checkXPaths: [(attribute: String, text: String)] {
    guard let checkNode, let kind = CheckKinds.named(checkNode.localName) else { return [] }
    return kind.xpathAttributes.compactMap { name in checkNode.attribute(name).map { (name, $0) } }
  }

  /// Profiles named by `<applies profiles>`, or `nil` when the rule names none.
  var declaredProfiles: [Profile]? {
    node.element("applies")?.attribute("profiles").map {
      $0.split(separator: " ").compactMap { Profile(rawValue: String($0)) }
    }
  }
}
