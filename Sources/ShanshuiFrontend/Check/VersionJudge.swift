import ShanshuiCore
import ShanshuiXML

/// Decides which version of the standard judges each file of a run, and keeps one validator per older version,
/// made when a file first needs it and shared by every worker (a `Validator` is safe on any number of threads).
public final class VersionJudge: Sendable {
  public let versions: VersionedStandard
  /// The date every file is judged on (`--as-of`, or the configuration's `as-of`; basis `.asOf`, `written` says
  /// which); nil: each file's own (call date or year, else today).
  public let asOf: JudgingDate?
  /// The version that judges every file (`--standard-version`); nil: the one in force on each file's date.
  public let forced: StandardVersionSet.Member?
  /// The day of the run, for files that state no date.
  public let today: CalendarDate
  private let limits: Limits
  private let verifyFastPath: Bool
  /// The run's reviewer layers, for older versions' validators too.
  private let layers: LayerSet
  private let validators = OnceCache<String, Result<Validator, StandardLoader.Failure>>()

  public init(
    _ versions: VersionedStandard, asOf: JudgingDate?, forced: StandardVersionSet.Member? = nil,
    today: CalendarDate = .today(), limits: Limits = Limits(),
    verifyFastPath: Bool = FastPathVerification.requestedByEnvironment, layers: LayerSet = .none
  ) {
    self.layers = layers
    self.versions = versions
    self.asOf = asOf
    self.forced = forced
    self.today = today
    self.limits = limits
    self.verifyFastPath = verifyFastPath
  }

  /// The version that judges a submission (its root element), and why.
  public func choose(for root: XMLNode?) -> (member: StandardVersionSet.Member, choice: VersionChoice)? {
    if let forced {
      return (forced, VersionChoice(version: forced.info.version, effective: forced.info.effective, judgingDate: nil))
    }
    let judging = asOf ?? JudgingDate.of(submission: root, today: today)
    guard let (member, before) = versions.set.inForce(on: judging.date) else { return nil }
    return (
      member,
      VersionChoice(
        version: member.info.version, effective: member.info.effective, judgingDate: judging,
        // With one version there is nothing older to fall back on, and nothing to note (SS-SYS-003).
        beforeEveryVersion: before && versions.set.members.count > 1)
    )
  }

  /// The validator of an older version (made once); the current version's validator is the caller's own.
  func validator(for member: StandardVersionSet.Member) -> Result<Validator, StandardLoader.Failure> {
    validators.value(for: member.directory) {
      versions.standard(member).map {
        Validator(standard: $0, limits: limits, verifyFastPath: verifyFastPath, layers: layers)
      }
    }
  }

  /// Checks a parsed submission with the version in force for it (`first`: the caller's validator of the current
  /// version, which also schema-validated it).
  func check(
    _ document: XMLDocument, bytes: [UInt8], path: String, with first: Validator, profile: ProfileChoice
  ) -> FileResult {
    guard let (member, choice) = choose(for: document.root) else {
      // No version at all: cannot happen, the current version is always a member; judged by it, recording none.
      return profile.selection.map { first.check(document, path: path, selection: $0, source: bytes) }
        ?? first.checkEveryProfile(document, path: path, source: bytes)
    }
    let validator: Validator
    if member.isCurrent {
      validator = first
    } else {
      switch self.validator(for: member) {
      case .success(let made): validator = made
      case .failure(let failure):
        // The older version is broken: this file cannot be judged; the others still are.
        var result = FileResult(path: path, status: .notChecked, diagnostics: failure.diagnostics)
        result.judgedBy = choice
        return result
      }
    }
    return validator.check(document, path: path, selection: profile.selection, source: bytes, judgedBy: choice)
  }

}

extension ProfileChoice {
  /// The selection of one profile; nil for every profile side by side.
  var selection: ProfileSelection? {
    switch self {
    case .one(let selection): return selection
    case .all: return nil
    }
  }
}
