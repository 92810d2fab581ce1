import ArgumentParser
import Foundation
import ShanshuiCore
import ShanshuiFrontend

extension ShanshuiCommand {
  /// `shanshui generate`: a valid submission of any size, for tests and benchmarks.
  struct Generate: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "generate",
      abstract: "Write a valid, deterministic submission with N restoration units (for tests and benchmarks).")

    @Option(help: "Number of restoration units (about 0.7 KB each).")
    var units: Int = 100

    @Option(help: "Seed: the same seed and size give the same bytes.")
    var seed: UInt64 = 1

    @Option(help: ArgumentHelp("Give every Nth unit an invalid restoration mode (a known finding).", valueName: "N"))
    var faultEvery: Int?

    @Option(
      help: ArgumentHelp(
        "Submission format version: 1 (as the example base) or 2 (adds the eligibility, performance-table and plan sections, consistent with the units and budgets).",
        valueName: "1|2"))
    var formatVersion: Int = 1

    @Option(
      help: ArgumentHelp(
        "Write to this file (atomically; - is standard output) instead of standard output.", valueName: "file"))
    var output: String?

    @OptionGroup var standardOptions: StandardOptions

    func validate() throws {
      guard units > 0 else { throw ValidationError("--units must be at least 1") }
      if let faultEvery, faultEvery < 1 { throw ValidationError("--fault-every must be at least 1") }
      guard [1, 2].contains(formatVersion) else { throw ValidationError("--format-version must be 1 or 2") }
    }

    func run() throws {
      let standard = try StandardProvider.loadOrExit(standardOptions)
      guard let base = standard.exampleBase else {
        OutputWriter.writeError(
          "shanshui: error: the standard \(standardOptions.standard.map { "--standard \($0)" } ?? "(bundled)") has no "
            + "usable example base submission\n")
        throw ExitCode(2)
      }
      let generator = SubmissionGenerator(
        units: units, seed: seed, faultEvery: faultEvery, formatVersion: formatVersion)
      let bytes: [UInt8]
      do {
        bytes = try generator.generate(from: base)
      } catch {
        OutputWriter.writeError("shanshui: error: cannot generate from the example base: \(error)\n")
        throw ExitCode(2)
      }
      try OutputWriter.writeResult(String(decoding: bytes, as: UTF8.self), to: output, language: standardOptions.lang)
    }
  }
}
