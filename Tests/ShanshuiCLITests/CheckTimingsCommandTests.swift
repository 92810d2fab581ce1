import Foundation
import ShanshuiTestSupport
import Testing

/// `check --timings`: the wall time of each phase on standard error, one line per layer however many files the
/// batch has (the layer is loaded once per run), and the reports byte-identical to a run without it.
@Suite struct CheckTimingsCommandTests {
  static let layer = "ecological-red-line=fixtures/layers/synthetic-ecological-red-line.gpkg"
  static let files = [
    "fixtures/cq-spatial-wanzhou-yangtze-compliant.xml", "fixtures/cq-spatial-wanzhou-declarations-contradicted.xml",
    "fixtures/cq-spatial-tongnan-fujiang-forest-belt-beyond-1km.xml",
  ]

  /// `shanshui: timing NAME: 12.3 ms (detail)` lines, as (name, detail).
  static func phases(_ stderr: String) -> [(name: String, detail: String)] {
    stderr.split(separator: "\n").compactMap { line in
      guard line.hasPrefix("shanshui: timing "), let colon = line.range(of: ": ", options: .backwards) else {
        return nil
      }
      let name = String(line[line.index(line.startIndex, offsetBy: 17)..<colon.lowerBound])
      let rest = line[colon.upperBound...]
      guard rest.range(of: #"^[0-9]+\.[0-9] ms"#, options: .regularExpression) != nil else { return nil }
      let detail = rest.firstIndex(of: "(").map { String(rest[$0...].dropFirst().dropLast()) } ?? ""
      return (name, detail)
    }
  }

  @Test func printsEachPhaseOnceAndLoadsTheLayerOncePerBatch() throws {
    let arguments = ["check", "-j", "2", "-q", "--format", "json", "--layer", Self.layer] + Self.files
    let timed = try CommandRunner.run(arguments + ["--timings"], environment: ["NO_COLOR": "1"])
    #expect(timed.status == 1, "\(timed.stderr)")
    let phases = Self.phases(timed.stderr)
    #expect(phases.map(\.name) == ["standard", "layer ecological-red-line", "checking", "reports", "total"])
    // The synthetic red-line layer's feature count (`ogrinfo -so -al`; 151 before the fixtures part added 4).
    #expect(phases.first { $0.name == "layer ecological-red-line" }?.detail == "155 features")
    let checking = try #require(phases.first { $0.name == "checking" }?.detail)
    #expect(checking.hasPrefix("3 files; spatial rules ") && checking.hasSuffix(" ms of it"), "\(checking)")
    let plain = try CommandRunner.run(arguments, environment: ["NO_COLOR": "1"])
    #expect(!plain.stderr.contains("timing"))
    #expect(timed.stdout == plain.stdout)
    #expect(timed.stdout.contains("SS-GEO-005"))
  }

  @Test func isOffByDefaultAndSaysSoInHelp() throws {
    let help = try CommandRunner.run(["help", "check"])
    #expect(help.stdout.contains("--timings"))
  }
}
