/// One check of `shanshui lint`: a defect of rule documents that their schema cannot see, with a stable id.
///
/// Each lint rule lives in its own file under `Lint/Rules/` and is listed once in `LintRules.all`. Its examples are
/// rule-document snippets: every triggering one must produce this rule's finding and nothing else, every
/// non-triggering one no finding at all (a test runs them all; `docs/lint.md` shows them).
public protocol LintRule: Sendable {
  /// The stable id, `SL` and three digits; never reused.
  var id: String { get }
  /// A short kebab-case name.
  var name: String { get }
  var severity: Severity { get }
  /// What the rule finds, in one line.
  var title: LocalizedText { get }
  /// Why it matters.
  var rationale: LocalizedText { get }
  var triggering: [LintExample] { get }
  var nonTriggering: [LintExample] { get }

  /// Every defect of this kind in `standard`.
  func check(_ standard: LintedStandard) -> [LintFinding]
}

extension LintRule {
  /// A finding of this rule.
  func finding(_ zh: String, _ en: String, at location: SourceLocation) -> LintFinding {
    LintFinding(ruleID: id, severity: severity, message: LocalizedText(zh: zh, en: en), location: location)
  }

  func finding(_ message: LocalizedText, at location: SourceLocation) -> LintFinding {
    LintFinding(ruleID: id, severity: severity, message: message, location: location)
  }
}

/// A defect found by a lint rule: where, what, how serious.
public struct LintFinding: Sendable, Hashable, Codable {
  public var ruleID: String
  public var severity: Severity
  /// The message; its first line is the summary, further lines show detail (an expression and a caret).
  public var message: LocalizedText
  public var location: SourceLocation

  public init(ruleID: String, severity: Severity, message: LocalizedText, location: SourceLocation) {
    self.ruleID = ruleID
    self.severity = severity
    self.message = message
    self.location = location
  }
}

/// Everything `shanshui lint` found in one standard.
public struct LintResult: Sendable {
  /// Findings sorted by file, line, column, then rule id.
  public var findings: [LintFinding]
  /// Files that could not be read or parsed at all (E200, E201, E212): they were not linted.
  public var problems: [Diagnostic]
  /// The files linted: the manifest and every rule document that parsed.
  public var files: [String]
}
