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
    let fields: [(String, String?)]
    switch check {
    case let check as RequiredCheck: fields = [("path", check.path.description)]
    case let check as RangeCheck:
      fields = [("path", check.path.description), ("min", check.min?.description), ("max", check.max?.description),
                ("unit", check.unit?.id)]
    case let check as CodelistCheck: fields = [("path", check.path.description), ("list", check.list)]
    case let check as PatternCheck: fields = [("path", check.path.description), ("regex", check.regex)]
    case let check as CountCheck:
      fields = [("path", check.path.description), ("min", check.min?.description), ("max", check.max?.description)]
    case let check as SumCheck:
      fields = [("total", check.total.description), ("tolerance", check.tolerance.description), ("unit", check.unit?.id)]
        + check.parts.map { ("part", $0.description) }
    case let check as DatesCheck:
      fields = [("start", check.start.description), ("end", check.end.description),
                ("maxDuration", check.maxDuration?.description), ("unit", check.unit?.id)]
    case let check as AssertCheck: fields = [("test", check.test.source)]
    default: fields = Self.reflectedFields(of: check)
    }
    self.fields = fields.compactMap { name, value in value.map { Field(name, $0) } }
  }

  /// Fields of a check kind not listed above, read by reflection so that a new kind still diffs and documents
  /// (less tidily) until it is listed.
  private static func reflectedFields(of check: any RuleCheck) -> [(String, String?)] {
    Mirror(reflecting: check).children.compactMap { child in
      guard let label = child.label, label != "parameterIDs" else { return nil }
      let mirror = Mirror(reflecting: child.value)
      let value = mirror.displayStyle == .optional ? mirror.children.first?.value : child.value
      switch value {
      case let expression as XPathExpression: return (label, expression.source)
      case let value as CustomStringConvertible: return (label, value.description)
      default: return nil
      }
    }
  }
}
