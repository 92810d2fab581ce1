import ShanshuiConfig
import ShanshuiCore
import ShanshuiReports

/// One `check` run from the request to the report: installs the limits, loads the standard, reads the suppression
/// settings, checks the inputs and applies the suppressions. Writes nothing: the caller renders the report (with
/// `Renderers`) and decides where it goes.
public enum CheckRun {
  /// - parameter warn: hears what the standard's author must fix, not the submitter (E213), as soon as it is known;
  ///   it never goes into the report.
  /// - parameter notice: hears a note on the run's settings (an inline-suppression mode ignored), a line ending in
  ///   a newline.
  /// - parameter progress: makes the progress display for a batch of that many inputs (or none).
  public static func run(
    _ request: CheckRequest, warn: (Diagnostic) -> Void = { _ in }, notice: (String) -> Void = { _ in },
    progress: (Int) -> (any BatchProgress)? = { _ in nil }
  ) -> CheckOutcome {
    var outcome: CheckOutcome
    switch CheckSession.prepare(request, warn: warn, notice: notice) {
    case .failure(let failure): outcome = failure.outcome
    case .success(let session):
      var inputs = InputCollector.collect(request.paths)
      if let shard = request.shard {
        inputs = shard.select(inputs, baseDirectory: request.baseDirectory, workingDirectory: request.workingDirectory)
      }
      outcome = session.check(inputs, request: request, progress: progress)
    }
    outcome.report.shard = request.shard.map { ShardInfo($0, request: request) }
    return outcome
  }
}

/// What a `check` run produced.
public struct CheckOutcome: Sendable {
  /// The report to render, suppressions applied. When the standard or the suppression settings are broken, their
  /// problems are its `standardDiagnostics` and no file was checked.
  public var report: Report
  /// The standard checked against; nil when it could not be loaded.
  public var standard: Standard?
  /// The suppressions in force; nil when no file was checked.
  public var policy: SuppressionPolicy?
  /// Every file's result before suppressions.
  public var unsuppressed: [FileResult] = []
  /// How long the standard, each layer and the checking took (`check --timings`); empty when no file was checked.
  public var timings = PhaseTimings()

  /// Whether the files were checked (the standard and the suppression settings were usable).
  public var checkedFiles: Bool { policy != nil }

  /// A baseline of every finding not silenced by the configuration or an inline comment (a baseline in force is not
  /// applied: the new one replaces it); nil when no file was checked.
  public func baseline() -> Baseline? {
    guard var policy, let standard else { return nil }
    var files = unsuppressed
    policy.baseline = nil
    _ = policy.apply(to: &files)
    return Baseline(files: files, standard: standard.info, name: report.relativePath)
  }

  /// The exit status the run earns: 2 when something could not be checked, else 1 when a finding fails `failOn`.
  public func exitStatus(failOn: FailOn) -> Int32 {
    if !report.isComplete { return 2 }
    return report.files.flatMap(\.findings).contains { failOn.fails($0.severity) } ? 1 : 0
  }
}
