import ShanshuiXML

/// One rule of the standard: where it looks (context), what it checks (one check), and its texts and examples.
public struct Rule: Sendable {
  public var id: String
  public var severity: Severity
  /// The theme of the rule document the rule belongs to.
  public var theme: String
  public var title: LocalizedText
  /// The message template, with `{placeholders}`.
  public var message: LocalizedText
  /// `<message bound="min|max">`: what a `range` says when it crosses that bound (else `message`).
  public var boundMessages: [BoundSide: LocalizedText] = [:]
  public var sources: [SourceReference]
  /// Project types (`project/@type`) the rule is limited to; empty for all.
  public var projectTypes: Set<String>
  /// Profiles the rule is limited to; all three when not stated.
  public var profiles: Set<Profile>
  /// Programmes (`project/programme/@code`, codes of the `programmes` codelist) the rule is limited to; empty for
  /// all. A rule taken from one programme's call does not apply (n/a) to a submission of no listed programme.
  public var programmes: Set<String>
  /// The XPath that selects the nodes the check runs on.
  public var context: XPathExpression
  public var check: any RuleCheck
  public var examples: [RuleExample]
  public var location: SourceLocation
  /// `<rule waivable>`: nil when the rule does not say.
  public var waivable: Bool?

  /// Whether a submitter's `shanshui-ignore` may waive this rule under `--inline-suppressions allow`: never when it
  /// cites a law or a regulation (whatever its `waivable` says; lint SL019 flags the contradiction), else unless
  /// `waivable="false"`.
  public var isWaivable: Bool {
    !sources.contains { $0.document.kind?.isBinding == true } && waivable != false
  }

  /// Every parameter the rule reads, from its check and its message (computed once, at load).
  public let parameterIDs: Set<String>

  public init(
    id: String, severity: Severity, theme: String, title: LocalizedText, message: LocalizedText,
    sources: [SourceReference], projectTypes: Set<String>, profiles: Set<Profile>, context: XPathExpression,
    check: any RuleCheck, examples: [RuleExample], location: SourceLocation, waivable: Bool? = nil,
    boundMessages: [BoundSide: LocalizedText] = [:], programmes: Set<String> = []
  ) {
    self.boundMessages = boundMessages
    self.id = id
    self.severity = severity
    self.theme = theme
    self.title = title
    self.message = message
    self.sources = sources
    self.projectTypes = projectTypes
    self.profiles = profiles
    self.programmes = programmes
    self.context = context
    self.check = check
    self.examples = examples
    self.location = location
    self.waivable = waivable
    parameterIDs = Set(check.parameterIDs).union(
      ([message] + boundMessages.values).flatMap { MessageTemplate.parameterIDs(in: $0) })
  }

  /// Every message template of the rule: the general one, then the per-bound ones.
  public var allMessages: [LocalizedText] {
    [message] + BoundSide.allCases.compactMap { boundMessages[$0] }
  }
}

/// A rule example: an edit of the base submission, judged under one profile, that must pass or fail the rule.
public struct RuleExample: Sendable {
  public enum Outcome: String, Sendable { case pass, fail }

  public var outcome: Outcome
  public var profile: ProfileSelection
  public var description: LocalizedText?
  public var edits: [ExampleEdit]
  public var location: SourceLocation
  /// Reviewer layers the example gives inline (`<layer role>` with `<feature>`s), so that spatial examples run
  /// without a layer file.
  public var layers: [ExampleLayer] = []
}

/// A layer written inside a rule example: its role and its features, each a `<feature>` element whose attributes
/// are the feature's fields (`id`, `name` and the role's fields) and whose child is one GML geometry (polygons, or
/// lines for a shoreline).
public struct ExampleLayer: Sendable {
  public var role: String
  /// Each `<feature>` element as a standalone document, read when the example runs.
  public var features: [[UInt8]]
  public var location: SourceLocation
}

/// One edit of the base submission.
public enum ExampleEdit: Sendable {
  case set(path: EditPath, value: String)
  case remove(path: EditPath)
  /// Appends the serialized elements (each a complete XML document of one element) under the path.
  case append(path: EditPath, fragments: [[UInt8]])
  case replace(path: EditPath, fragments: [[UInt8]])
}
