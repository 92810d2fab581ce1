import ShanshuiXML

/// A rule's check as written in its rule document: the kind's element name and its fields, in document terms
/// (`path`, `min="$param"`, `test`). What `diff` compares and `doc` describes; never evaluated.
public struct CheckDeclaration: Sendable, Hashable, Codable {
  /// One attribute (or repeated child, such as a `sum`'s parts) of the check element.
  public struct Field: Sendable, Hashable, Codable {
    public var name: String
    public var value: String

    public init(_ name: String, _ value: String) {
      self.name = name
      self.value = value
    }
  }

  /// The element name: `range`, `assert`, …
  public var kind: String
  /// The fields that are set, in the order the rule language lists them.
  public var fields: [Field]

  /// The value of the field `name`, if set.
  public func value(_ name: String) -> String? { fields.first { $0.name == name }?.value }

  /// The declaration of `check`.
  public init(_ check: any RuleCheck) {
    kind = type(of: check).description.name
    fields = check.declaredFields.compactMap { name, value in value.map { Field(name, $0) } }
  }
}
