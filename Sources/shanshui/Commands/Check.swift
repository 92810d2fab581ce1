import ArgumentParser
import Foundation
import ShanshuiCore
import ShanshuiReports
import ShanshuiXML

extension ShanshuiCommand {
  /// `shanshui check`: validate submissions and report the findings.
  struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Check submissions (files, directories searched for *.xml, or - for standard input).")

    @Argument(help: ArgumentHelp("Submissions to check.", valueName: "path"))
    var paths: [String]

    @Option(help: "Profile: auto (from the divisions), chongqing, sichuan, unified, or all (every profile side by side).")
    var profile: ProfileArgument = .one(.auto)

    @Option(help: "Report format: text or json.")
    var format: String = "text"

    @Option(help: "Lowest severity that makes the exit status 1: error, warning or never.")
    var failOn: FailOn = .error

    @Option(help: ArgumentHelp("Write the report to this file (atomically) instead of standard output.", valueName: "file"))
    var output: String?

    @Option(name: [.customShort("j"), .long], help: "Files checked in parallel (default: the number of cores).")
    var jobs: Int = min(ProcessInfo.processInfo.activeProcessorCount, 256)

    @OptionGroup var standardOptions: StandardOptions

    @OptionGroup(title: "Limits") var limitOptions: LimitOptions

    func validate() throws {
      guard Reporters.named(format) != nil else {
        throw ValidationError("unknown format '\(format)'; use one of: \(Reporters.all.map { $0.identifier }.joined(separator: ", "))")
      }
      if paths.isEmpty { throw ValidationError("give at least one submission (a file, a directory, or -)") }
      guard (1...256).contains(jobs) else { throw ValidationError("--jobs is 1 to 256") }
    }

    func run() throws {
      LibXML.releaseSmallBlocksPromptly()
      LibXML.setMaximumDepth(limitOptions.maxDepth)
      let reporter = Reporters.named(format)!
      var report = Report(toolVersion: ShanshuiCommand.version, standard: nil, files: [], language: standardOptions.lang)
      report.colored = output == nil && Terminal.allowsColor
      switch StandardProvider.load(standardOptions.standard) {
      case .failure(let failure):
        report.standardDiagnostics = failure.diagnostics
        try write(reporter.render(report))
        throw ExitCode(2)
      case .success(let standard):
        report.standard = standard.info
        let limits = limitOptions.limits
        let validator = Validator(standard: standard, limits: limits)
        let source = standardOptions.standard
        report.files = BatchRunner.run(
          InputCollector.collect(paths), jobs: jobs, limits: limits, profile: profile, first: validator,
          load: { (try? StandardProvider.load(source).get()).map { Validator(standard: $0, limits: limits) } })
      }
      try write(reporter.render(report))
      throw ExitCode(exitStatus(report))
    }

    private func write(_ text: String) throws { try OutputWriter.writeResult(text, to: output) }

    private func exitStatus(_ report: Report) -> Int32 {
      if report.files.contains(where: { $0.status == .notChecked || !$0.diagnostics.isEmpty }) { return 2 }
      let failing = report.files.flatMap(\.findings).contains { failOn.fails($0.severity) }
      return failing ? 1 : 0
    }
  }
}
