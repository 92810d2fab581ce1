import Dispatch
import Foundation
import ShanshuiConfig
import ShanshuiCore
import ShanshuiReports

/// A standard loaded once, with the run's suppression settings and reviewer layers, against which any number of
/// checks run, on any number of threads: the `check` command runs one (`CheckRun`), a service one per request.
///
/// What the session fixes is read from the request given to `prepare`: the standard (`standardPath`,
/// `standardVersion`), `limits`, `verifyFastPath`, `asOf`, `suppressions`, `layers`, `layerLimits` and `toolVersion`.
/// Each check reads the rest from its own request: `profile`, `language`, `formats`, `failOn`, `jobs`, `timestamp`,
/// `hostname`, `baseDirectory` and `workingDirectory`.
public final class CheckSession: Sendable {
  /// The standard with its versions.
  public let versioned: VersionedStandard
  /// The suppressions in force (configuration, baseline, inline mode), before a check adds older versions' rules.
  public let policy: SuppressionPolicy
  /// The date every file is judged on (`--as-of` or the configuration's); nil: each file's own.
  let asOf: JudgingDate?
  /// The version that judges every file (`--standard-version`); nil: the one in force on each file's date.
  let forced: StandardVersionSet.Member?
  let layers: LayerSet
  let layerDiagnostics: [Diagnostic]
  let limits: Limits
  let verifyFastPath: Bool
  let toolVersion: String
  /// How long loading the standard and each layer took.
  public let timings: PhaseTimings
  /// The checkers of the current day (files without a date are judged on the day of the check), one per need of
  /// sketches; a new day replaces them, so a long-lived session keeps two at most.
  private let checkers = DailyCheckers()
  /// What every report says of the standard in force (its rules' summaries, its themes' titles): made once, since
  /// a service makes a report per request.
  private let description: StandardDescription

  /// The standard in force.
  public var standard: Standard { versioned.current.standard }

  private init(
    versioned: VersionedStandard, policy: SuppressionPolicy, asOf: JudgingDate?, forced: StandardVersionSet.Member?,
    layers: LayerSet, layerDiagnostics: [Diagnostic], request: CheckRequest, timings: PhaseTimings
  ) {
    self.versioned = versioned
    self.policy = policy
    self.asOf = asOf
    self.forced = forced
    self.layers = layers
    self.layerDiagnostics = layerDiagnostics
    limits = request.limits
    verifyFastPath = request.verifyFastPath
    toolVersion = request.toolVersion
    self.timings = timings
    description = StandardDescription(versioned.current.standard)
  }

  /// Why a session could not be prepared: the outcome to report (its `standardDiagnostics` say what is broken).
  public struct Failure: Error, Sendable {
    public var outcome: CheckOutcome
  }

  /// Installs the request's parser limits, loads the standard, reads the suppression settings and loads the layers.
  /// - parameter warn: hears what the standard's author must fix (E213), never part of a report.
  /// - parameter notice: hears a note on the settings (an inline-suppression mode ignored), a line ending in a newline.
  public static func prepare(
    _ request: CheckRequest, warn: (Diagnostic) -> Void = { _ in }, notice: (String) -> Void = { _ in }
  ) -> Result<CheckSession, Failure> {
    let started = ContinuousClock.now
    ParserLimits.install(request.limits)
    var report = emptyReport(request, toolVersion: request.toolVersion)
    let versioned: VersionedStandard
    switch VersionedStandard.load(request.standardPath) {
    case .failure(let failure):
      report.standardDiagnostics = failure.diagnostics
      return .failure(Failure(outcome: CheckOutcome(report: report)))
    case .success(let success): versioned = success
    }
    let standard = versioned.current.standard
    standard.warnings.forEach(warn)
    describe(standard, in: &report)
    var forced: StandardVersionSet.Member?
    if let name = request.standardVersion {
      guard let member = versioned.set.named(name) else {
        let known = versioned.set.members.map(\.info.version).joined(separator: ", ")
        report.standardDiagnostics = [
          Diagnostic(
            .versionInvalid,
            LocalizedText(
              zh: "--standard-version \(name)：标准没有这个版本（现有版本：\(known)）",
              en: "--standard-version \(name): the standard has no such version (its versions: \(known))"),
            at: SourceLocation(file: request.standardPath ?? "<bundled>", line: 0))
        ]
        return .failure(Failure(outcome: CheckOutcome(report: report, standard: standard)))
      }
      forced = member
    }
    let policy: SuppressionPolicy
    let configuredAsOf: (date: CalendarDate, file: String)?
    let configuredLayers: [Configuration.LayerSetting]
    // A configuration may name a rule only an older version has: those are loaded to look, and only then.
    let knowsRule = { (id: String) in
      versioned.set.members.contains { (try? versioned.standard($0).get())?.rule(id) != nil }
    }
    switch request.suppressions.settings(
      standard: standard, base: request.baseDirectory, notice: notice, knowsRule: knowsRule)
    {
    case .failure(let error):
      report.standardDiagnostics = error.diagnostics
      return .failure(Failure(outcome: CheckOutcome(report: report, standard: standard)))
    case .success(let settings): (policy, configuredAsOf, configuredLayers) = settings
    }
    var timings = PhaseTimings()
    timings.record("standard", since: started)
    // Every layer is resolved and loaded once, before any check: an unknown role stops the run (E612); a layer that
    // cannot be used is reported once, and the rules reading it are not checked.
    let loaded: (layers: LayerSet, diagnostics: [Diagnostic])
    switch LayerRequests.resolve(options: request.layers, configured: configuredLayers, standard: standard) {
    case .failure(let unknown):
      report.standardDiagnostics = unknown.diagnostics
      return .failure(Failure(outcome: CheckOutcome(report: report, standard: standard)))
    case .success(let requests):
      let made = LayerLoading.load(requests, standard: standard, limits: request.layerLimits) {
        timings.record("layer \($0.role)", $1, detail: $2)
      }
      loaded = (made.layers, made.diagnostics)
    }
    let asOf =
      request.asOf.map { JudgingDate(date: $0, basis: .asOf, written: "--as-of") }
      ?? configuredAsOf.map { JudgingDate(date: $0.date, basis: .asOf, written: $0.file) }
    return .success(
      CheckSession(
        versioned: versioned, policy: policy, asOf: asOf, forced: forced, layers: loaded.layers,
        layerDiagnostics: loaded.diagnostics, request: request, timings: timings))
  }

  /// Checks files on disk (and standard input), on up to `request.jobs` threads, as `shanshui check` does.
  public func check(
    _ inputs: [Input], request: CheckRequest, progress: (Int) -> (any BatchProgress)? = { _ in nil }
  ) -> CheckOutcome {
    let display = progress(inputs.count)
    defer { display?.finish() }
    return check(count: inputs.count, request: request) { checker, needs in
      checker.check(inputs, profile: request.profile, jobs: request.jobs, needs: needs, progress: display)
    }
  }

  /// Checks documents held in memory, one after the other on the calling thread: the same limits, profiles,
  /// languages, suppressions and report as `check(_:request:)` for files with those names and bytes. Nothing is
  /// read from disk or written.
  public func check(_ documents: [InMemoryDocument], request: CheckRequest) -> CheckOutcome {
    check(count: documents.count, request: request) { checker, needs in
      documents.map { document in
        let started = DispatchTime.now()
        var result = checker.check(bytes: document.bytes, path: document.name, profile: request.profile, needs: needs)
        result.seconds = Double(DispatchTime.now().uptimeNanoseconds - started.uptimeNanoseconds) / 1e9
        return result
      }
    }
  }

  private func check(
    count: Int, request: CheckRequest, files: (Checker, RendererNeeds) -> [FileResult]
  ) -> CheckOutcome {
    let checking = ContinuousClock.now
    let spatialBefore = SpatialTiming.total
    var report = Self.emptyReport(request, toolVersion: toolVersion)
    description.describe(in: &report)
    report.layerDiagnostics = layerDiagnostics
    report.layerSources = layers.sources.values.sorted { $0.role < $1.role }
    let needs = Renderers.needs(of: request.formats)
    // Maps of findings only for a report that draws them (HTML): the other formats and the benchmark pay nothing.
    report.files = files(checker(sketches: needs.contains(.sketches)), needs)
    var policy = self.policy
    // A rule an older version may never waive stays unwaivable in the files that version judged.
    for older in versioned.loadedOlderStandards {
      policy.unwaivable.formUnion(older.rules.filter { !$0.isWaivable }.map(\.id))
    }
    let unsuppressed = report.files
    report.suppressions = policy.apply(to: &report.files)
    var timings = self.timings
    let spatial = PhaseTimings.milliseconds(SpatialTiming.total - spatialBefore)
    timings.record(
      "checking", since: checking,
      detail: (count == 1 ? "1 file" : "\(count) files") + "; spatial rules \(spatial) of it")
    return CheckOutcome(
      report: report, standard: standard, policy: policy, unsuppressed: unsuppressed, timings: timings)
  }

  /// The checker for today (undated files are judged on the day they are checked), drawing sketches or not.
  private func checker(sketches: Bool) -> Checker {
    let today = CalendarDate.today()
    return checkers.checker(on: today, sketches: sketches) {
      var layers = self.layers
      layers.drawsSketches = sketches
      let judge = VersionJudge(
        versioned, asOf: asOf, forced: forced, today: today, limits: limits, verifyFastPath: verifyFastPath,
        layers: layers)
      return Checker(versioned.current, limits: limits, verifyFastPath: verifyFastPath, judge: judge, layers: layers)
    }
  }

  /// A report with the request's settings and no standard yet.
  private static func emptyReport(_ request: CheckRequest, toolVersion: String) -> Report {
    var report = Report(toolVersion: toolVersion, standard: nil, files: [], language: request.language)
    report.baseDirectory = request.baseDirectory
    report.workingDirectory = request.workingDirectory
    report.timestamp = request.timestamp
    report.hostname = request.hostname
    report.failingSeverity = request.failOn.lowestFailingSeverity
    return report
  }

  private static func describe(_ standard: Standard, in report: inout Report) {
    StandardDescription(standard).describe(in: &report)
  }
}

/// What a report says of its standard: its identity, its rules' summaries and its themes' titles.
private struct StandardDescription: Sendable {
  let info: StandardInfo
  let rules: [RuleInfo]
  let themeTitles: [String: LocalizedText]

  init(_ standard: Standard) {
    info = standard.info
    rules = RuleInfo.rules(of: standard)
    themeTitles = Dictionary(standard.documents.map { ($0.theme, $0.info.title) }) { first, _ in first }
  }

  func describe(in report: inout Report) {
    report.standard = info
    report.rules = rules
    report.themeTitles = themeTitles
  }
}

/// The current day's checkers, made on first use. `@unchecked Sendable`: `day` and `made` are read and written only
/// while `lock` is held (the making too: two threads asking at once make one checker).
private final class DailyCheckers: @unchecked Sendable {
  private var day: CalendarDate?
  private var made: [Bool: Checker] = [:]
  private let lock = NSLock()

  func checker(on today: CalendarDate, sketches: Bool, make: () -> Checker) -> Checker {
    lock.lock()
    defer { lock.unlock() }
    if day != today {
      day = today
      made = [:]
    }
    if let checker = made[sketches] { return checker }
    let checker = make()
    made[sketches] = checker
    return checker
  }
}
