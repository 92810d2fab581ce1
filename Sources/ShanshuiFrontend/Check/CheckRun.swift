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
    let started = ContinuousClock.now
    ParserLimits.install(request.limits)
    var report = Report(toolVersion: request.toolVersion, standard: nil, files: [], language: request.language)
    report.baseDirectory = request.baseDirectory
    report.workingDirectory = request.workingDirectory
    report.timestamp = request.timestamp
    report.hostname = request.hostname
    report.failingSeverity = request.failOn.lowestFailingSeverity
    let versioned: VersionedStandard
    switch VersionedStandard.load(request.standardPath) {
    case .failure(let failure):
      report.standardDiagnostics = failure.diagnostics
      return CheckOutcome(report: report)
    case .success(let success): versioned = success
    }
    let loaded = versioned.current
    let standard = loaded.standard
    standard.warnings.forEach(warn)
    report.standard = standard.info
    report.rules = RuleInfo.rules(of: standard)
    report.themeTitles = Dictionary(standard.documents.map { ($0.theme, $0.info.title) }) { first, _ in first }
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
        return CheckOutcome(report: report, standard: standard)
      }
      forced = member
    }
    var policy: SuppressionPolicy
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
      return CheckOutcome(report: report, standard: standard)
    case .success(let settings): (policy, configuredAsOf, configuredLayers) = settings
    }
    var timings = PhaseTimings()
    timings.record("standard", since: started)
    // Every layer is resolved and loaded once, before the batch: an unknown role stops the run (E612); a layer that
    // cannot be used is reported once, and the rules reading it are not checked.
    var layers: LayerSet
    switch LayerRequests.resolve(options: request.layers, configured: configuredLayers, standard: standard) {
    case .failure(let unknown):
      report.standardDiagnostics = unknown.diagnostics
      return CheckOutcome(report: report, standard: standard)
    case .success(let requests):
      let loaded = LayerLoading.load(requests, standard: standard, limits: request.layerLimits) {
        timings.record("layer \($0.role)", $1, detail: $2)
      }
      layers = loaded.layers
      // Maps of findings only for a report that draws them (HTML): the other formats and the benchmark pay nothing.
      layers.drawsSketches = Renderers.needs(of: request.formats).contains(.sketches)
      report.layerDiagnostics = loaded.diagnostics
      report.layerSources = loaded.layers.sources.values.sorted { $0.role < $1.role }
    }
    let checking = ContinuousClock.now
    let spatialBefore = SpatialTiming.total
    let inputs = InputCollector.collect(request.paths)
    let display = progress(inputs.count)
    let asOf =
      request.asOf.map { JudgingDate(date: $0, basis: .asOf, written: "--as-of") }
      ?? configuredAsOf.map { JudgingDate(date: $0.date, basis: .asOf, written: $0.file) }
    let judge = VersionJudge(
      versioned, asOf: asOf, forced: forced, limits: request.limits, verifyFastPath: request.verifyFastPath,
      layers: layers)
    let checker = Checker(
      loaded, limits: request.limits, verifyFastPath: request.verifyFastPath, judge: judge, layers: layers)
    report.files = checker.check(
      inputs, profile: request.profile, jobs: request.jobs, needs: Renderers.needs(of: request.formats),
      progress: display)
    display?.finish()
    // A rule an older version may never waive stays unwaivable in the files that version judged.
    for older in versioned.loadedOlderStandards {
      policy.unwaivable.formUnion(older.rules.filter { !$0.isWaivable }.map(\.id))
    }
    let unsuppressed = report.files
    report.suppressions = policy.apply(to: &report.files)
    let spatial = PhaseTimings.milliseconds(SpatialTiming.total - spatialBefore)
    timings.record(
      "checking", since: checking,
      detail: (inputs.count == 1 ? "1 file" : "\(inputs.count) files") + "; spatial rules \(spatial) of it")
    return CheckOutcome(
      report: report, standard: standard, policy: policy, unsuppressed: unsuppressed, timings: timings)
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
