import Foundation
import ShanshuiTestSupport
import Testing

/// docs/ci.md's shell recipe, as written there, end to end: extracted from the page and run with the binary on PATH on
/// an `incoming/` directory that gives exit 0, 1 and 2. Every time, all four reports are written (into a `reports/`
/// directory that did not exist) and the message says which kind of news it is.
@Suite struct CIRecipeShellTests {
  /// The first `sh` block under the heading "A plain shell pipeline".
  static func recipe() throws -> String {
    let page = String(decoding: try Repository.bytes("docs/ci.md"), as: UTF8.self)
    let section = try #require(page.range(of: "## A plain shell pipeline"))
    let rest = page[section.upperBound...]
    let start = try #require(rest.range(of: "```sh\n"))
    let end = try #require(rest[start.upperBound...].range(of: "\n```"))
    return String(rest[start.upperBound..<end.lowerBound]) + "\n"
  }

  struct Case: CustomTestStringConvertible, Sendable {
    var name: String
    /// Fixtures copied into incoming/, and files written there as they are.
    var fixtures: [String]
    var written: [String: String] = [:]
    var status: Int32
    var message: String
    /// Text the text report must hold.
    var reported: [String]
    /// Text it must not hold.
    var absent: [String] = []
    var testDescription: String { name }
  }

  static let cases: [Case] = [
    Case(
      name: "every submission passes", fixtures: ["fixtures/cq-ssw-three-gorges-compliant.xml"], status: 0,
      message: "shanshui: every submission passes", reported: [],
      absent: ["[SS-", "[E1"]),
    Case(
      name: "findings", fixtures: ["fixtures/cq-riparian-changshou-chemical-too-close.xml"], status: 1,
      message: "shanshui: findings: the submissions above must be corrected", reported: ["[SS-RIV-"]),
    Case(
      name: "a file that cannot be checked, beside one with findings",
      fixtures: ["fixtures/cq-riparian-changshou-chemical-too-close.xml"],
      written: ["broken.xml": "<submission><project>\n"], status: 2,
      message: "shanshui: some input could not be checked", reported: ["[SS-RIV-", "broken.xml:", "[E1"]),
  ]

  @Test(arguments: Self.cases)
  func theRecipeKeepsFindingsAndProblemsApartAndEveryReport(expected: Case) throws {
    let root = try TemporaryDirectory.make("ci-recipe")
    let incoming = root.appendingPathComponent("incoming")
    try FileManager.default.createDirectory(at: incoming, withIntermediateDirectories: true)
    for fixture in expected.fixtures {
      try Data(Repository.bytes(fixture)).write(
        to: incoming.appendingPathComponent((fixture as NSString).lastPathComponent))
    }
    for (name, text) in expected.written {
      try Data(text.utf8).write(to: incoming.appendingPathComponent(name))
    }
    let script = root.appendingPathComponent("check-incoming.sh")
    try Data(try Self.recipe().utf8).write(to: script)
    let path = CommandRunner.executable.deletingLastPathComponent().path
    let output = try CommandRunner.run(
      [script.path], in: root,
      environment: [
        "PATH": path + ":" + (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"), "LANG": "C.UTF-8",
      ],
      executable: URL(fileURLWithPath: "/bin/sh"))
    #expect(output.status == expected.status, "\(output.stdout)\n\(output.stderr)")
    #expect(output.stdout.contains(expected.message), "\(output.stdout)")
    for report in ["shanshui.sarif", "shanshui.json", "shanshui.txt", "shanshui.html"] {
      let file = root.appendingPathComponent("reports/\(report)").path
      #expect(FileManager.default.fileExists(atPath: file), "\(report) written whatever the status")
    }
    let text = String(
      decoding: FileManager.default.contents(atPath: root.appendingPathComponent("reports/shanshui.txt").path)
        ?? Data(),
      as: UTF8.self)
    for part in expected.reported {
      #expect(text.contains(part) && output.stdout.contains(part), "\(part) in the report and the log:\n\(text)")
    }
    for part in expected.absent { #expect(!text.contains(part), "\(part) not in\n\(text)") }
  }
}
