/// Every lint rule, in id order. Ids are stable: a retired rule's id is never reused.
public enum LintRules {
  public static let all: [any LintRule] = [
    SchemaValid(), RuleIDTheme(), DuplicateID(), UnknownParameter(), UnknownCodelist(), UnknownSource(),
    ProfileWithoutValue(), UnitMismatch(), XPathSyntax(), XPathUnknownName(), ContextShape(), UnknownPlaceholder(),
    MissingTranslation(), ExamplePair(), ParameterValueSource(), ExampleEdits(), CheckDefinition(), XMLModel(),
    WaivableBindingRule(), BoundWithoutUnit(), RangeBoundMessages(), BacktrackingPattern(), QuoteNotInSourceText(),
    VersionSet(), UnknownLayerRole(), ExampleDescriptionLanguage(),
  ]

  /// The rule with `id`.
  public static func rule(_ id: String) -> (any LintRule)? { all.first { $0.id == id } }
}
