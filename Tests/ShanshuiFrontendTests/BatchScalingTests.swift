import Foundation
import ShanshuiCore
import ShanshuiReports
import ShanshuiTestSupport
import Testing

@testable import ShanshuiFrontend

/// A reviewer's batch: collecting the files of a directory, checking them one after another (`-j 1`, on this
/// thread), applying the suppression policy and rendering every format, for 10 and 100 fixture-sized submissions
/// (six units, twelve findings each) named by their directory, each file also named once more on its own (the
/// duplicate check). The larger batch may cost at most `Scaling.maximumRatio` times the smaller.
@Suite struct BatchScalingTests {
  static func directory(files: Int) throws -> URL {
    let directory = try TemporaryDirectory.make("batch-scaling")
    let bytes = try ScaledInputs.submission(units: 6)
    for index in 1...files {
      try Data(bytes).write(to: directory.appendingPathComponent(String(format: "s%04d.xml", index)))
    }
    return directory
  }

  static func runBatch(_ directory: URL, validator: Validator) -> String {
    let named = (1...3).map { directory.appendingPathComponent(String(format: "s%04d.xml", $0)).path }
    let inputs = InputCollector.collect([directory.path] + named)
    var files = BatchRunner.run(
      inputs, jobs: 1, profile: .one(.auto), first: validator,
      extras: BatchRunner.Extras(needs: Renderers.needs(of: Renderers.all.map { $0.identifier })),
      workerValidator: { nil })
    let policy = SuppressionPolicy(inlineMode: .allow)
    let suppressions = policy.apply(to: &files)
    var report = Report(toolVersion: "0", standard: validator.standard.info, files: files, language: .zh)
    report.suppressions = suppressions
    return Renderers.all.map { $0.render(report) }.joined()
  }

  @Test func aBatchGrowsLinearlyWithItsFiles() throws {
    let validator = try #require(BundledTestStandard.validator)
    let (small, large) = (try Self.directory(files: 10), try Self.directory(files: 100))
    defer {
      try? FileManager.default.removeItem(at: small)
      try? FileManager.default.removeItem(at: large)
    }
    #expect(Self.runBatch(large, validator: validator).contains("s0100.xml"))
    let measured = Scaling.ratio(
      small: { _ = Self.runBatch(small, validator: validator) },
      large: { _ = Self.runBatch(large, validator: validator) })
    #expect(measured.isWithinBound, "\(measured)")
  }
}
