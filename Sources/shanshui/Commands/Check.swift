import ArgumentParser
import Foundation
import ShanshuiCore
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

    @Option(help: "Profile: auto (from the divisions), chongqing, sichuan, unified, or all (every profile side by side).")
    var profile: ProfileArgument = .one(.auto)

    @Option(help: "Report format: text, json, sarif, junit or html.")
    var format: String = "text"

    @Option(help: "Lowest severity that makes the exit status 1: error, warning or never.")
    var failOn: FailOn = .error

    @Option(help: ArgumentHelp("Write the report to this file (atomically) instead of standard output.", valueName: "file"))
    var output: String?

    @Option(name: .customLong("report"), help: ArgumentHelp(
      "Also write a report in another format from the same run, e.g. --report sarif=results.sarif (repeatable).",
      valueName: "format=file"))
    var reports: [ReportOutput] = []

    @Option(help: ArgumentHelp("Directory file names in reports and baselines are relative to (default: the working directory).",
                               valueName: "dir"))
    var base: String?

    @OptionGroup(title: "Suppressions") var suppressionOptions: SuppressionOptions

    @Flag(name: [.customShort("q"), .long], help: "No progress line on standard error.")
    var quiet = false

    @Option(name: [.customShort("j"), .long], help: "Files checked in parallel (default: the number of cores).")
    var jobs: Int = min(ProcessInfo.processInfo.activeProcessorCount, 256)

    @OptionGroup var standardOptions: StandardOptions

    @OptionGroup(title: "Limits") var limitOptions: LimitOptions

    /// Verify mode (docs/architecture.md): every fast-path decision is also taken by libxml2; a disagreement is E400.
    /// For CI and investigation, hence hidden; `SHANSHUI_VERIFY_FAST_PATH=1` does the same.
    @Flag(help: .hidden)
    var verifyFastPath = false

    func validate() throws {
      guard Reporters.named(format) != nil else {
        throw ValidationError("unknown format '\(format)'; use one of: \(Reporters.all.map { $0.identifier }.joined(separator: ", "))")
      }
      if paths.isEmpty { throw ValidationError("give at least one submission (a file, a directory, or -)") }
      guard (1...256).contains(jobs) else { throw ValidationError("--jobs is 1 to 256") }
      // A mistyped base would silently rename every file (absolute URIs, baselines that match nothing).
      var isDirectory: ObjCBool = false
      if let base, !(FileManager.default.fileExists(atPath: base, isDirectory: &isDirectory) && isDirectory.boolValue) {
        throw ValidationError("--base \(base) is not a directory")
      }
      // Two reports to one file would leave only the last, silently.
      let destinations = ([output] + reports.map { Optional($0.path) }).compactMap { $0 }
        .map { ReportPath.normalize(URL(fileURLWithPath: $0).path) }
      if let repeated = destinations.first(where: { path in destinations.filter { $0 == path }.count > 1 }) {
        throw ValidationError("two reports would be written to \(repeated); give each --output and --report its own file")
      }
    }

    func run() throws {
      LibXML.releaseSmallBlocksPromptly()
      LibXML.setMaximumDepth(limitOptions.maxDepth)
      var report = Report(toolVersion: ShanshuiCommand.version, standard: nil, files: [], language: standardOptions.lang)
      report.colored = output == nil && Terminal.allowsColor
      report.baseDirectory = baseDirectory
      report.workingDirectory = FileManager.default.currentDirectoryPath
      report.timestamp = Self.timestamp()
      report.hostname = ProcessInfo.processInfo.hostName
      let standard: Standard
      switch StandardProvider.load(standardOptions.standard) {
      case .failure(let failure):
        report.standardDiagnostics = failure.diagnostics
        try write(report)
        throw ExitCode(2)
      case .success(let loaded): standard = loaded
      }
      // What the standard's author must fix, not the submitter: on standard error, never in the report (E213).
      for warning in standard.warnings {
        OutputWriter.writeError(CompilerStyleLine.text(warning, severity: .warning, language: standardOptions.lang) + "\n")
      }
      report.standard = standard.info
      report.rules = RuleInfo.rules(of: standard)
      let policy: SuppressionPolicy
      switch suppressionOptions.policy(standard: standard, base: baseDirectory) {
      case .failure(let error):
        report.standardDiagnostics = error.diagnostics
        try write(report)
        throw ExitCode(2)
      case .success(let loaded): policy = loaded
      }
      let inputs = InputCollector.collect(paths)
      let progress = Progress.make(total: inputs.count, quiet: quiet)
      let limits = limitOptions.limits
      let source = standardOptions.standard
      let verify = verifyFastPath || FastPathVerification.requestedByEnvironment
      report.files = BatchRunner.run(
        inputs, jobs: jobs, limits: limits, profile: profile,
        first: Validator(standard: standard, limits: limits, verifyFastPath: verify),
        extras: .init(
          sourceLines: wants(HTMLReporter.identifier),
          ruleSets: wants(SARIFReporter.identifier) || wants(JUnitReporter.identifier), progress: progress),
        load: { (try? StandardProvider.load(source).get()).map { Validator(standard: $0, limits: limits, verifyFastPath: verify) } })
      progress?.finish()
      if let path = suppressionOptions.writeBaseline {
        try writeBaseline(report.files, policy: policy, standard: standard.info, name: report.relativePath, to: path)
      }
      report.suppressions = policy.apply(to: &report.files)
      if suppressionOptions.pruneBaseline {
        // A file that could not be checked matches nothing: its entries are not stale, so nothing is pruned.
        if report.isComplete {
          try pruneBaseline(policy, stale: report.suppressions)
        } else {
          OutputWriter.writeError(standardOptions.lang == .zh ? "shanshui: 有文件未能检查，基线未修剪\n"
            : "shanshui: the baseline was not pruned: a file could not be checked\n")
        }
      }
      try write(report)
      throw ExitCode(suppressionOptions.writeBaseline != nil && report.isComplete ? 0 : exitStatus(report))
    }

    private var baseDirectory: String {
      let cwd = FileManager.default.currentDirectoryPath
      guard let base else { return cwd }
      return ReportPath.relative(base.hasPrefix("/") ? base : cwd + "/" + base, to: "/").prefixedWithSlash
    }

    private func wants(_ identifier: String) -> Bool {
      format == identifier || reports.contains { $0.format == identifier }
    }

    private func write(_ report: Report) throws {
      try ReportOutputs.write(report, main: (format, output), extra: reports)
    }

    /// Records every finding not silenced by the configuration or an inline comment (a baseline given too is not
    /// applied to what is written: the new baseline replaces it).
    private func writeBaseline(
      _ files: [FileResult], policy: SuppressionPolicy, standard: StandardInfo, name: (String) -> String, to path: String
    ) throws {
      var unfiltered = files
      var policy = policy
      policy.baseline = nil
      _ = policy.apply(to: &unfiltered)
      let baseline = Baseline(files: unfiltered, standard: standard, name: name)
      try OutputWriter.writeResult(String(decoding: baseline.encoded(), as: UTF8.self) + "\n", to: path,
                                   language: standardOptions.lang)
      let count = baseline.findings.reduce(0) { $0 + $1.count }
      OutputWriter.writeError(standardOptions.lang == .zh
        ? "shanshui: 已写入基线 \(path)：\(count) 条结果\n" : "shanshui: wrote the baseline \(path): \(count) findings\n")
    }

    /// Rewrites the baseline without its stale entries; the file is replaced atomically (written beside, then moved).
    private func pruneBaseline(_ policy: SuppressionPolicy, stale: [Suppression]) throws {
      let zh = standardOptions.lang == .zh
      guard let baseline = policy.baseline, let path = policy.baselinePath else {
        OutputWriter.writeError(zh ? "shanshui: 错误: --prune-baseline 需要 --baseline（或配置中的 baseline）\n"
          : "shanshui: error: --prune-baseline needs --baseline (or a baseline in the configuration)\n")
        throw ExitCode(2)
      }
      let pruned = baseline.pruned(of: stale)
      let removed = baseline.findings.count - pruned.findings.count
      do {
        try (pruned.encoded() + Data("\n".utf8)).write(to: URL(fileURLWithPath: path), options: .atomic)
      } catch {
        OutputWriter.writeError(OutputWriter.cannotWrite(path, error, standardOptions.lang))
        throw ExitCode(2)
      }
      OutputWriter.writeError(zh ? "shanshui: 已从基线 \(path) 删除 \(removed) 个过期条目\n"
        : "shanshui: pruned \(removed) stale \(removed == 1 ? "entry" : "entries") from the baseline \(path)\n")
    }

    private func exitStatus(_ report: Report) -> Int32 {
      if !report.isComplete { return 2 }
      let failing = report.files.flatMap(\.findings).contains { failOn.fails($0.severity) }
      return failing ? 1 : 0
    }

    static func timestamp() -> String {
      let formatter = DateFormatter()
      formatter.locale = Locale(identifier: "en_US_POSIX")
      formatter.timeZone = TimeZone(identifier: "UTC")
      formatter.dateFormat = "yyyy-MM-dd'T'HH:mm:ss"
      return formatter.string(from: Date())
    }
  }
}

extension String {
  fileprivate var prefixedWithSlash: String { hasPrefix("/") ? self : "/" + self }
}
