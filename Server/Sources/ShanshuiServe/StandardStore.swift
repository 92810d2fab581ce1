import Foundation
import Logging
import ShanshuiCore
import ShanshuiFrontend

/// The standard every request checks against: loaded once at start and swapped whole on reload.
///
/// A request takes the current `CheckSession` once and keeps it: a reload during the check does not touch it, and
/// the old session is freed when its last request finishes. A standard that does not load is refused and the old one
/// kept. `@unchecked Sendable`: `current` is read and written only while `lock` is held.
public final class StandardStore: @unchecked Sendable {
  private var current: CheckSession?
  private let lock = NSLock()
  /// Loads run one at a time (two SIGHUPs at once load once after the other, never interleaved).
  private let loading = NSLock()
  private let settings: ServeSettings

  public init(settings: ServeSettings) {
    self.settings = settings
  }

  /// The session in force; nil before the first successful load.
  public var session: CheckSession? {
    lock.lock()
    defer { lock.unlock() }
    return current
  }

  /// What a load produced: the problems of a standard refused (empty when it loaded), and the warnings.
  public struct LoadResult: Sendable {
    public var problems: [Diagnostic]
    public var warnings: [Diagnostic]
    public var loaded: Bool { problems.isEmpty }
  }

  /// Loads the standard, configuration and layers again from the paths given at start (never a path from a
  /// request) and swaps them in when they load; otherwise keeps the session in force.
  @discardableResult
  public func reload(logger: Logger? = nil) -> LoadResult {
    loading.lock()
    defer { loading.unlock() }
    var warnings: [Diagnostic] = []
    switch CheckSession.prepare(settings.sessionRequest(), warn: { warnings.append($0) }) {
    case .failure(let failure):
      let problems = failure.outcome.report.standardDiagnostics
      logger?.error(
        "standard refused; the one in force is kept",
        metadata: ["problems": .array(problems.map { .string(Self.line($0)) })])
      return LoadResult(problems: problems, warnings: warnings)
    case .success(let session):
      lock.lock()
      current = session
      lock.unlock()
      let info = session.standard.info
      logger?.info(
        "standard loaded",
        metadata: [
          "standard": .string(info.id), "version": .string(info.version),
          "rules": .stringConvertible(session.standard.rules.count),
        ])
      return LoadResult(problems: [], warnings: warnings)
    }
  }

  /// A problem as one line for the log: code, place and the English message.
  static func line(_ diagnostic: Diagnostic) -> String {
    "\(diagnostic.code.rawValue) \(diagnostic.location.file):\(diagnostic.location.line): \(diagnostic.message.text(.en))"
  }
}
