import ArgumentParser
import Foundation
import ShanshuiCore
import ShanshuiFrontend
import ShanshuiReports
import ShanshuiXML

extension ShanshuiCommand {
  /// `shanshui check`: validate submissions and report the findings.
  struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "check",
      abstract: "Check submissions (files, directories searched for *.xml, or - for standard input).")

    @Argument(help: ArgumentHelp("Submissions to check.", valueName: "path"), completion: .file(extensions: ["xml"]))
    var paths: [String]

    @Option(
      help: "Profile: auto (from the divisions), chongqing, sichuan, unified, or all (every profile side by side).")
    var profile: ProfileChoice = .one(.auto)

    @Option(help: "Report format: text, json, jsonl (JSON Lines, streamed), sarif, junit or html.")
    var format: String = "text"

    @Option(help: "Lowest severity that makes the exit status 1 (and a JUnit failure): error, warning, info or never.")
    var failOn: FailOn = .error

    @Option(
      help: ArgumentHelp(
        "Write the report to this file (atomically; - is standard output) instead of standard output.",
        valueName: "file"))
    var output: String?

    @Option(
      name: .customLong("report"),
      help: ArgumentHelp(
        "Also write a report in another format from the same run, e.g. --report sarif=results.sarif "
          + "(repeatable; - is standard output).",
        valueName: "format=file"))
    var reports: [ReportOutput] = []

    @Option(
      help: ArgumentHelp(
        "Directory file names in reports and baselines are relative to (default: the working directory).",
        valueName: "dir"))
    var base: String?

    @OptionGroup(title: "Suppressions") var suppressionOptions: SuppressionOptions

    @Flag(name: [.customShort("q"), .long], help: "No progress line on standard error.")
    var quiet = false

    @Option(
      name: [.customShort("j", allowingJoined: true), .long],
      help: "Files checked in parallel (default: the number of cores); -j4 or -j 4.")
    var jobs: Int = min(ProcessInfo.processInfo.activeProcessorCount, 256)

    @Option(
      help: ArgumentHelp(
        "Check only shard K of N (1 ≤ K ≤ N): the files are split by the hash of their report name, the same on every "
          + "machine; `shanshui merge` joins the shards' reports (docs/ci.md).",
        valueName: "K/N"))
    var shard: String?

    @OptionGroup(title: "Standard version") var versionOptions: VersionSelectionOptions

    @OptionGroup var standardOptions: StandardOptions

    @OptionGroup(title: "Limits") var limitOptions: LimitOptions

    @OptionGroup(title: "Reviewer layers") var layerOptions: LayerOptions

    @Flag(
      help:
        "Print the wall time of each phase on standard error: loading the standard, each layer, checking, the reports.")
    var timings = false

    /// Verify mode (docs/architecture.md): every fast-path decision is also taken by libxml2; a disagreement is E400.
    /// For CI and investigation, hence hidden; `SHANSHUI_VERIFY_FAST_PATH=1` does the same.
    @Flag(help: .hidden)
    var verifyFastPath = false

    func validate() throws {
      guard Renderers.named(format) != nil else {
        throw ValidationError(
          "--format \(format): unknown format; use one of: \(Renderers.all.map { $0.identifier }.joined(separator: ", "))"
        )
      }
      if paths.isEmpty { throw ValidationError("give at least one submission (a file, a directory, or -)") }
      guard (1...256).contains(jobs) else { throw ValidationError("--jobs is 1 to 256") }
      try validateShard()
      // A mistyped base would silently rename every file (absolute URIs, baselines that match nothing).
      var isDirectory: ObjCBool = false
      if let base, !(FileManager.default.fileExists(atPath: base, isDirectory: &isDirectory) && isDirectory.boolValue) {
        throw ValidationError("--base \(base) is not a directory")
      }
      // Two reports to one file would leave only the last, silently; two to standard output would run together.
      // /dev/null takes any number.
      let destinations = ([output ?? "-"] + reports.map(\.path))
        .map { $0 == "-" ? "-" : ReportPath.normalize(URL(fileURLWithPath: $0).path) }.filter { $0 != "/dev/null" }
      if let repeated = destinations.first(where: { path in destinations.filter { $0 == path }.count > 1 }) {
        throw ValidationError(
          "two reports would be written to \(repeated == "-" ? "standard output" : repeated); give each --output and "
            + "--report its own file")
      }
    }

    func run() throws {
      // An output that can never be written is said before the run, not after it.
      try ReportOutputs.validate(main: output, extra: reports, language: standardOptions.lang)
      if let path = suppressionOptions.writeBaseline {
        try OutputWriter.validate(path, option: "--write-baseline", language: standardOptions.lang)
      }
      LibXML.releaseSmallBlocksPromptly()
      var request = CheckRequest(paths: paths, toolVersion: ShanshuiCommand.version)
      request.standardPath = standardOptions.standard
      request.profile = profile
      request.asOf = versionOptions.asOf
      request.standardVersion = versionOptions.standardVersion
      request.limits = limitOptions.limits
      request.jobs = jobs
      request.shard = shard.flatMap(Shard.init)
      request.verifyFastPath = verifyFastPath || FastPathVerification.requestedByEnvironment
      request.formats = [format] + reports.map(\.format)
      request.language = standardOptions.lang
      request.failOn = failOn
      request.baseDirectory = baseDirectory
      request.suppressions = suppressionOptions.sources
      request.layers = layerOptions.layers.map { ($0.role, $0.path) }
      request.layerLimits = layerOptions.limits
      let language = standardOptions.lang
      var outcome = CheckRun.run(
        request,
        // What the standard's author must fix, not the submitter: on standard error, never in the report (E213).
        warn: { OutputWriter.writeError(CompilerStyleLine.text($0, severity: .warning, language: language) + "\n") },
        notice: { OutputWriter.writeError($0) },
        progress: { total in Progress.make(total: total, quiet: quiet) })
      outcome.report.colored = (output ?? "-") == "-" && Terminal.allowsColor
      guard outcome.checkedFiles else {
        try write(outcome.report, timings: outcome.timings)
        throw ExitCode(2)
      }
      let report = outcome.report
      if let path = suppressionOptions.writeBaseline, let baseline = outcome.baseline() {
        try write(baseline, to: path)
      }
      if suppressionOptions.pruneBaseline, let policy = outcome.policy {
        // A file that could not be checked matches nothing: its entries are not stale, so nothing is pruned.
        if report.isComplete {
          try pruneBaseline(policy, stale: report.suppressions)
        } else {
          OutputWriter.writeError(
            standardOptions.lang == .zh
              ? "shanshui: 有文件未能检查，基线未修剪\n"
              : "shanshui: the baseline was not pruned: a file could not be checked\n")
        }
      }
      try write(report, timings: outcome.timings)
      throw ExitCode(
        suppressionOptions.writeBaseline != nil && report.isComplete ? 0 : outcome.exitStatus(failOn: failOn))
    }

    private var baseDirectory: String {
      let cwd = FileManager.default.currentDirectoryPath
      guard let base else { return cwd }
      return ReportPath.relative(base.hasPrefix("/") ? base : cwd + "/" + base, to: "/").prefixedWithSlash
    }

    /// Writes the reports; with `--timings`, then the phases' wall times on standard error.
    private func write(_ report: Report, timings phases: PhaseTimings) throws {
      let started = ContinuousClock.now
      try ReportOutputs.write(report, main: (format, output), extra: reports)
      guard timings else { return }
      var all = phases
      all.record("reports", since: started)
      OutputWriter.writeError(all.text)
    }

    /// Writes the baseline of every finding not silenced by the configuration or an inline comment.
    private func write(_ baseline: Baseline, to path: String) throws {
      try OutputWriter.writeResult(
        String(decoding: baseline.encoded(), as: UTF8.self) + "\n", to: path, option: "--write-baseline",
        language: standardOptions.lang)
      let count = baseline.findings.reduce(0) { $0 + $1.count }
      OutputWriter.writeError(
        standardOptions.lang == .zh
          ? "shanshui: 已写入基线 \(path)：\(count) 条结果\n" : "shanshui: wrote the baseline \(path): \(count) findings\n")
    }

    /// Rewrites the baseline without its stale entries; the file is replaced atomically (written beside, then moved)
    /// when it is a regular file.
    private func pruneBaseline(_ policy: SuppressionPolicy, stale: [Suppression]) throws {
      let zh = standardOptions.lang == .zh
      guard let baseline = policy.baseline, let path = policy.baselinePath else {
        OutputWriter.writeError(
          zh
            ? "shanshui: 错误: --prune-baseline 需要 --baseline（或配置中的 baseline）\n"
            : "shanshui: error: --prune-baseline needs --baseline (or a baseline in the configuration)\n")
        throw ExitCode(2)
      }
      let pruned = baseline.pruned(of: stale)
      let removed = baseline.findings.count - pruned.findings.count
      try OutputWriter.writeResult(
        String(decoding: pruned.encoded(), as: UTF8.self) + "\n", to: path, option: "--baseline",
        language: standardOptions.lang)
      OutputWriter.writeError(
        zh
          ? "shanshui: 已从基线 \(path) 删除 \(removed) 个过期条目\n"
          : "shanshui: pruned \(removed) stale \(removed == 1 ? "entry" : "entries") from the baseline \(path)\n")
    }
  }
}

extension String {
  fileprivate var prefixedWithSlash: String { hasPrefix("/") ? self : "/" + self }
}
