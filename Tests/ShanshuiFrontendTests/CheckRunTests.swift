import Foundation
import ShanshuiCore
import ShanshuiFrontend
import ShanshuiReports
import ShanshuiTestSupport
import Testing

/// The frontend's API gives what `shanshui check` prints: the CLI only parses arguments and calls it.
@Suite struct CheckRunTests {
  static let fixture = "fixtures/cq-riparian-changshou-chemical-too-close.xml"

  /// A request as `shanshui check PATHS --lang en` makes it, run from the repository root.
  /// Relative paths are read from the test process's working directory, the package root (`swift test`), as the
  /// CLI's are from the repository root where CommandRunner starts it.
  static func request(_ paths: [String], formats: [String]) -> CheckRequest {
    var request = CheckRequest(paths: paths, toolVersion: "0.1.0", workingDirectory: Repository.root.path)
    request.language = .en
    request.formats = formats
    // A `.shanshui.yml` in the repository root would apply to the CLI run as well; neither reads one here.
    request.suppressions.ignoresWorkingDirectoryConfig = true
    return request
  }

  @Test(arguments: ["text", "json", "sarif", "junit", "html"])
  func theAPIRendersWhatTheCLIPrints(format: String) throws {
    let paths = [Self.fixture, "fixtures/cq-ssw-three-gorges-compliant.xml"]
    let outcome = CheckRun.run(Self.request(paths, formats: [format]))
    let cli = try CommandRunner.run(["check", "--lang", "en", "--no-config", "--format", format, "-j", "1"] + paths)
    #expect(cli.status == outcome.exitStatus(failOn: .error))
    #expect(cli.status == 1, "\(cli.stderr)")
    let rendered = Renderers.named(format)!.render(outcome.report)
    #expect(Self.stable(rendered) == Self.stable(cli.stdout))
  }

  @Test func aStandardOnDiskOnTwoWorkersUnderEveryProfile() throws {
    var request = Self.request(["fixtures"], formats: ["json"])
    request.standardPath = "standards"
    request.jobs = 2
    request.profile = .all
    let outcome = CheckRun.run(request)
    let cli = try CommandRunner.run(
      [
        "check", "fixtures", "--standard", "standards", "-j", "2", "--profile", "all", "--lang", "en", "--no-config",
        "--format", "json",
      ])
    #expect(cli.status == outcome.exitStatus(failOn: .error))
    #expect(outcome.report.files.count > 40 && outcome.report.isComplete)
    #expect(Self.stable(JSONReporter.render(outcome.report)) == Self.stable(cli.stdout))
  }

  @Test func aSingleDocumentInMemory() throws {
    guard case .success(let loaded) = StandardProvider.loadKeepingFiles(nil) else {
      Issue.record("the bundled standard does not load")
      return
    }
    let checker = Checker(loaded)
    let bytes = try Repository.bytes(Self.fixture)
    let result = checker.check(bytes: bytes, path: Self.fixture)
    #expect(result.status == .checked)
    #expect(result.findings.contains { $0.ruleID == "SS-RIV-003" }, "\(result.findings.map(\.ruleID))")
    #expect(result.evaluatedRuleIDs.isEmpty, "no renderer asked for the rule sets")
    #expect(result.sourceLines.isEmpty, "no renderer asked for the source lines")
    let kept = checker.check(bytes: bytes, path: Self.fixture, needs: [.sourceLines, .ruleSets])
    #expect(!kept.evaluatedRuleIDs.isEmpty && !kept.sourceLines.isEmpty)
    #expect(kept.findings == result.findings)
  }

  @Test func aBatchOnSeveralWorkersKeepsTheInputOrder() throws {
    guard case .success(let loaded) = StandardProvider.loadKeepingFiles(nil) else {
      Issue.record("the bundled standard does not load")
      return
    }
    let checker = Checker(loaded)
    let inputs = try Repository.fixtures().prefix(8).map { Input.file(Repository.url("fixtures/" + $0).path) }
    let serial = checker.check(inputs, jobs: 1)
    let parallel = checker.check(inputs, jobs: 4)
    #expect(serial.allSatisfy { $0.status == .checked && $0.diagnostics.isEmpty }, "\(serial.flatMap(\.diagnostics))")
    #expect(serial.contains { !$0.findings.isEmpty })
    #expect(parallel.map(\.path) == inputs.map(\.displayPath))
    #expect(parallel.map(\.findings) == serial.map(\.findings))
  }

  @Test func aBrokenStandardIsTheReportsDiagnosticsAndExitStatus2() throws {
    let root = FileManager.default.temporaryDirectory.appendingPathComponent("shanshui-frontend-\(UUID().uuidString)")
    var broken = try EditedStandard()
    try broken.replace(
      #"<rule id="SS-GRN-001" severity="error">"#, with: #"<rule id="SS-GRN-001" severity="fatal">"#,
      in: "rules/greening.xml")
    try broken.write(to: root)
    defer { try? FileManager.default.removeItem(at: root) }
    var request = Self.request([Self.fixture], formats: ["text"])
    request.standardPath = root.path
    let outcome = CheckRun.run(request)
    #expect(!outcome.checkedFiles && outcome.report.files.isEmpty)
    #expect(outcome.report.standardDiagnostics.contains { $0.code.rawValue == "E202" })
    #expect(outcome.exitStatus(failOn: .never) == 2)
    let lines = StandardProvider.problemLines(StandardProvider.load(root.path), language: .en)
    #expect(lines.contains { $0.contains("rules/greening.xml:") && $0.contains(": error: [E202] ") }, "\(lines)")
  }

  @Test func renderersDeclareWhatTheyNeed() {
    let none: RendererNeeds = []
    let html: RendererNeeds = [.sourceLines, .sketches]
    let all: RendererNeeds = [.sourceLines, .sketches, .ruleSets]
    #expect(Renderers.needs(of: ["text", "json"]) == none)
    // The HTML report shows source lines and draws a map of each spatial finding.
    #expect(Renderers.needs(of: ["html"]) == html)
    #expect(Renderers.needs(of: ["sarif"]) == RendererNeeds.ruleSets)
    #expect(Renderers.needs(of: ["junit"]) == RendererNeeds.ruleSets)
    #expect(Renderers.needs(of: ["text", "html", "junit"]) == all)
    let colored = Renderers.all.filter { $0.usesColor }.map { $0.identifier }
    #expect(colored == ["text"])
  }

  @Test func profilesAreTyped() {
    #expect(ProfileChoice("all") == .all)
    #expect(ProfileChoice("auto") == .one(.auto))
    #expect(ProfileChoice("sichuan") == .one(.forced(.sichuan)))
    #expect(ProfileChoice("guizhou") == nil)
    #expect(ProfileChoice.names == ["auto", "chongqing", "sichuan", "unified", "all"])
  }

  /// The report without what differs between two runs: times, the timestamp and the host.
  static func stable(_ text: String) -> String {
    let patterns = [
      #"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d"#, #"(time|seconds|duration)("?\s*[=:]\s*"?)[0-9.e-]+"#, #"hostname="[^"]*""#,
    ]
    return patterns.reduce(text) { text, pattern in
      text.replacingOccurrences(of: pattern, with: "<varies>", options: .regularExpression)
    }
  }
}
