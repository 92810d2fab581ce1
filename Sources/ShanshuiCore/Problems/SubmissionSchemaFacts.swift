import ShanshuiXML

/// What the submission schema allows, read from the schema itself when the standard loads: the source of the
/// allowed values, children and types that a rewritten parse or schema error names (libxml2 2.9 hands over none).
///
/// Never kept apart from the schema: an enumeration's Chinese name is its `xs:annotation/xs:documentation
/// xml:lang="zh"` in standards/schema/submission.xsd.
public struct SubmissionSchemaFacts: Sendable, Hashable {
  /// One allowed child of an element, in the order the schema declares it.
  public struct Child: Sendable, Hashable {
    public var name: String
    public var required: Bool
  }

  /// The children an element of this local name may have (the union over every declaration of that name).
  public var children: [String: [Child]] = [:]
  /// The attributes an element of this local name may have (the union over its declarations).
  public var attributes: [String: [String]] = [:]
  /// Every element name the schema declares.
  public var elementNames: Set<String> = []
  /// The names of enumerated values (`mu` → 亩), from their documentation; keyed by value.
  public var valueNames: [String: LocalizedText] = [:]
  /// The names of unit values (enumerations of the simple types named `…Unit`), keyed by value.
  public var unitNames: [String: LocalizedText] = [:]
  /// The built-in type (`xs:decimal`, `xs:date`, …) of an element's text or an attribute (`@name`), by local name,
  /// where every declaration of that name agrees.
  public var builtinTypes: [String: String] = [:]

  /// No facts (a schema that could not be read): messages then fall back on libxml2's own details.
  public static let empty = SubmissionSchemaFacts()

  /// The allowed child names of `parent`, in declaration order.
  public func childNames(of parent: String) -> [String] { children[parent]?.map(\.name) ?? [] }
}

extension SubmissionSchemaFacts {
  /// Reads the facts from a parsed XSD document (an unreadable one gives `empty`).
  public init(schema bytes: [UInt8]) {
    guard let document = try? XMLDocument.parse(bytes, url: "submission.xsd"), let root = document.root else {
      self = .empty
      return
    }
    self.init(root: root)
  }

  init(root: XMLNode) {
    var reader = SchemaFactsReader(root: root)
    reader.read()
    children = reader.children
    attributes = reader.attributes
    elementNames = reader.elementNames
    valueNames = reader.valueNames
    unitNames = reader.unitNames
    builtinTypes = reader.builtinTypes.compactMapValues { $0.count == 1 ? $0.first : nil }
  }
}
