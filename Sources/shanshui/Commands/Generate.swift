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

    @Flag(
      help:
        "Give the project boundary and every unit a synthetic <geometry> (GML 3.2; needs --format-version 2): disjoint squares of the units' declared areas inside a rectangular boundary, centred on the approximate centre of the project's county (not real land)."
    )
    var geometry = false

    @Option(
      help: ArgumentHelp(
        "The CRS of --geometry: geographic (CGCS2000, EPSG:4490), gauss-kruger (the county's CGCS2000 3° zone, EPSG:4541–4546) or gauss-kruger-prefixed (EPSG:4520–4525).",
        valueName: "crs"))
    var geometryCrs: SubmissionGenerator.GeometryCRS = .geographic

    @Option(
      help: ArgumentHelp(
        "Write to this file (atomically; - is standard output) instead of standard output.", valueName: "file"))
    var output: String?

    @OptionGroup var standardOptions: StandardOptions

    func validate() throws {
      guard units > 0 else { throw ValidationError("--units must be at least 1") }
      if let faultEvery, faultEvery < 1 { throw ValidationError("--fault-every must be at least 1") }
      guard [1, 2].contains(formatVersion) else { throw ValidationError("--format-version must be 1 or 2") }
      if geometry, formatVersion != 2 { throw ValidationError("--geometry needs --format-version 2") }
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
        units: units, seed: seed, faultEvery: faultEvery, formatVersion: formatVersion,
        geometry: geometry ? geometryCrs : nil)
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

extension SubmissionGenerator.GeometryCRS: ExpressibleByArgument {}
