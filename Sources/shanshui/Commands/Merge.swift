import ArgumentParser
import Foundation
import ShanshuiCore
import ShanshuiFrontend
import ShanshuiReports

extension ShanshuiCommand {
  /// `shanshui merge REPORT...`: the reports of a sharded `check` (`--shard K/N`) joined into the whole run's.
  struct Merge: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "merge",
      abstract: "Merge the JSON reports or SARIF logs of a sharded check (--shard K/N) into the whole run's report.",
      discussion: """
        Every shard 1…N once, all JSON or all SARIF, from one shanshui version, standard, language and --profile: \
        otherwise nothing is merged (E700 a report cannot be read, E701 reports of different runs, E702 a shard \
        missing or repeated). The merged report is the one the unsharded run writes: files in path order, counts \
        summed, SARIF results in one run with rule indices re-mapped, suppressions and baseline states as each \
        shard recorded them. Exit status as check's: 0 nothing at or above --fail-on; 1 findings; 2 a shard \
        recorded a file or the standard it could not check, or the reports cannot be merged; 64 usage error.
        """)

    @Argument(
      help: ArgumentHelp("The shards' reports (check --format json or sarif).", valueName: "report"),
      completion: .file(extensions: ["json", "sarif"]))
    var reports: [String]

    @Option(help: "Format of the reports and of the result: json or sarif (default: the reports' own).")
    var format: ReportMerge.Format?

    @Option(
      help: ArgumentHelp(
        "Write the merged report to this file (atomically; - is standard output) instead of standard output.",
        valueName: "file"))
    var output: String?

    @Option(help: "Lowest severity that makes the exit status 1: error, warning, info or never.")
    var failOn: FailOn = .error

    @Option(help: "Language of messages: zh or en.")
    var lang: Language = .zh

    func validate() throws {
      if reports.isEmpty { throw ValidationError("give the reports to merge (one per shard)") }
    }

    func run() throws {
      try OutputWriter.validate(output, option: "--output", language: lang)
      var inputs: [ReportMerge.Input] = []
      var unreadable: [Diagnostic] = []
      for path in reports {
        if let data = FileManager.default.contents(atPath: path) {
          inputs.append(ReportMerge.Input(name: path, bytes: [UInt8](data)))
        } else {
          unreadable.append(
            Diagnostic(
              .reportUnreadable,
              LocalizedText(zh: "无法读取：没有该文件或无权读取", en: "cannot read: no such file or permission denied"),
              at: SourceLocation(file: path, line: 0)))
        }
      }
      let result = ReportMerge.merge(inputs, format: format)
      var problems = unreadable
      if case .failure(let refusal) = result { problems += refusal.problems }
      guard problems.isEmpty, case .success(let merged) = result else {
        for problem in problems { OutputWriter.writeError(CompilerStyleLine.text(problem, language: lang) + "\n") }
        OutputWriter.writeError(
          lang == .zh ? "shanshui: 报告未合并，未写入任何内容\n" : "shanshui: the reports were not merged; nothing was written\n")
        throw ExitCode(2)
      }
      for notice in merged.notices { OutputWriter.writeError("shanshui: \(notice.text(lang))\n") }
      try OutputWriter.writeResult(merged.text, to: output, language: lang)
      if !merged.isComplete { throw ExitCode(2) }
      if merged.severities.contains(where: failOn.fails) { throw ExitCode(1) }
    }
  }
}

extension ReportMerge.Format: ExpressibleByArgument {}
