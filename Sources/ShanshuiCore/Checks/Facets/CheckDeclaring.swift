/// The declaration facet of a check kind: its fields as the rule document writes them, which `diff` compares and
/// `doc` lists (`CheckDeclaration`).
public protocol CheckDeclaring {
  /// Every field of the kind, in the order the rule language lists them, with its value as written (`min="$param"`,
  /// a `sum`'s parts as repeated `part` fields); `nil` for an optional field that is not set.
  var declaredFields: [(name: String, value: String?)] { get }
}
