import Foundation

/// Verify mode: every decision the fast path takes (the nodes a `ContextPath` selects, an `assert` it decides in
/// place, the nodes a declarative check's `SimplePath` reads) is taken again by libxml2's XPath, and a disagreement
/// is an internal error (E400) rather than a verdict. The fast path is an optimisation: it must never change one.
///
/// On with `SHANSHUI_VERIFY_FAST_PATH=1` (every `Validator` made without an explicit choice reads it) or
/// `shanshui check --verify-fast-path`. It costs a libxml2 evaluation per fast decision, so it is for CI and
/// investigation, not for everyday runs.
public enum FastPathVerification {
  /// The environment variable that turns verify mode on (value `1`).
  public static let environmentVariable = "SHANSHUI_VERIFY_FAST_PATH"

  /// Whether the environment asks for verify mode.
  public static var requestedByEnvironment: Bool {
    ProcessInfo.processInfo.environment[environmentVariable] == "1"
  }

  /// The kill switch (value `0`): no fast path at all; every context and every `assert` is evaluated by libxml2
  /// (declarative checks still read their simple paths directly: they have no other form). For ruling the fast path
  /// out when a verdict is in doubt; slower (docs/performance.md measures by how much).
  public static let killSwitchVariable = "SHANSHUI_FAST_PATH"

  /// Whether the environment turns the fast path off.
  public static var disabledByEnvironment: Bool {
    ProcessInfo.processInfo.environment[killSwitchVariable] == "0"
  }
}

/// A defect injected into the fast path by a test, to prove that verify mode catches it and that without verify
/// mode it silently changes verdicts. Internal: only `@testable` tests can hand one to a `Validator`, and a validator
/// without one (every validator the tool makes) runs the fast path unchanged.
enum FastPathFault: Sendable {
  /// Issue 13's defect again: a `$parameter` inside a predicate is accepted and, predicates being evaluated
  /// without variables in scope, read as NaN (`not(s:unit[ss:quantity(s:area, 'km2') > $limit])` always holds).
  case parametersInPredicates
  /// The last node of each context that direct tree access selects is lost.
  case dropLastContextNode
}
