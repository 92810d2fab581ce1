import Foundation
import ShanshuiBundledStandard
import ShanshuiCore
import ShanshuiTestSupport
import Testing

/// The committed corpus of hostile and broken inputs (Tests/Fixtures/hostile): each file's name starts with what it
/// must produce, an error code (`E101-…`) or a rule id (`SS-FUN-004-…`, for valid files in other encodings).
@Suite struct HostileInputTests {
  static let validator = BundledTestStandard.validator

  static func names(_ folder: String) -> [String] {
    ((try? FileManager.default.contentsOfDirectory(atPath: Repository.url("Tests/Fixtures/hostile/\(folder)").path))
      ?? [])
      .sorted()
  }

  static func expected(_ name: String) -> String {
    let parts = name.split(separator: "-")
    return parts[0].hasPrefix("E") ? String(parts[0]) : parts.prefix(3).joined(separator: "-")
  }

  @Test(arguments: names("submissions"))
  func submissionGetsItsExpectedResult(name: String) throws {
    let validator = try #require(Self.validator)
    let bytes = try Repository.bytes("Tests/Fixtures/hostile/submissions/\(name)")
    let result = validator.validate(bytes: bytes, path: name, selection: .auto)
    let expected = Self.expected(name)
    if expected.hasPrefix("E") {
      #expect(result.status == .notChecked)
      #expect(result.diagnostics.first?.code.rawValue == expected, "\(result.diagnostics.map(\.message))")
      #expect(result.diagnostics.allSatisfy { $0.location.line > 0 })
    } else {
      #expect(result.status == .checked)
      #expect(result.findings.map(\.ruleID) == [expected])
      #expect(result.findings.first?.message.text(.zh).contains("银行贷款") == true, "Chinese text intact")
    }
  }

  @Test func nothingFromAFileOrTheNetworkReachesTheReport() throws {
    let validator = try #require(Self.validator)
    for name in Self.names("submissions") where name.contains("xxe") || name.contains("entity") || name.contains("dtd")
    {
      let result = validator.validate(
        bytes: try Repository.bytes("Tests/Fixtures/hostile/submissions/\(name)"),
        path: name, selection: .auto)
      let text =
        result.diagnostics.map { $0.message.text(.en) }.joined() + result.findings.map { $0.message.text(.en) }.joined()
      #expect(!text.contains("root:"), "\(name) leaked /etc/passwd")
    }
  }

  /// A rule document named `E2xx-…` is refused with that code; one named `SL0xx-…` loads, its examples pass, and lint
  /// reports that warning.
  @Test(arguments: names("standards"))
  func ruleDocumentGetsItsExpectedCode(name: String) throws {
    let bytes = try Repository.bytes("Tests/Fixtures/hostile/standards/\(name)")
    let loader = StandardLoader(toolFiles: BundledStandard.files)
    let source = StandardSource.inMemory(name: "hostile", files: ["standard.xml": bytes])
    let outcome = Result { () throws(StandardLoader.Failure) in try loader.load(source) }
    if name.hasPrefix("SL") {
      let standard = try outcome.get()
      let results = ExampleRunner(validator: Validator(standard: standard)).runAll()
      #expect(!results.isEmpty && results.allSatisfy(\.passed), "\(results)")
      let lint = Linter(toolFiles: BundledStandard.files).lint(source)
      let id = String(name.prefix { $0 != "-" })
      #expect(lint.findings.contains { $0.ruleID == id }, "\(lint.findings.map(\.ruleID))")
      return
    }
    guard case .failure(let failure) = outcome else {
      Issue.record("\(name) loaded")
      return
    }
    #expect(
      failure.diagnostics.map(\.code.rawValue).contains(Self.expected(name)), "\(failure.diagnostics.map(\.message))")
    #expect(failure.diagnostics.allSatisfy { $0.location.line > 0 })
  }

  // MARK: - Size and shape, generated rather than committed

  private func base() throws -> String {
    String(decoding: try Repository.bytes("standards/examples/base-submission.xml"), as: UTF8.self)
  }

  @Test func veryDeepNestingIsRefused() throws {
    let validator = try #require(Self.validator)
    let deep = String(repeating: "<a>", count: 100_000) + String(repeating: "</a>", count: 100_000)
    let text = try base().replacingOccurrences(of: "<dynamicMonitoring>", with: "<dynamicMonitoring>" + deep)
    let result = validator.validate(bytes: Array(text.utf8), path: "deep.xml", selection: .auto)
    #expect(result.diagnostics.first?.code == .inputMalformed)
    #expect(result.diagnostics.first?.message.text(.en).contains("depth") == true)
  }

  @Test(arguments: ["attribute", "text"])
  func twentyMegabyteNodesAreRefused(kind: String) throws {
    let validator = try #require(Self.validator)
    let huge = String(repeating: "山", count: 7_000_000)  // 21 MB of UTF-8
    let text =
      kind == "attribute"
      ? try base().replacingOccurrences(
        of: "<division code=\"500101\" name=\"万州区\"", with: "<division code=\"500101\" name=\"\(huge)\"")
      : try base().replacingOccurrences(of: "<dynamicMonitoring>", with: "<dynamicMonitoring>" + huge)
    let result = validator.validate(bytes: Array(text.utf8), path: "huge.xml", selection: .auto)
    #expect(result.status == .notChecked)
    #expect(result.diagnostics.first?.code == .inputMalformed, "\(result.diagnostics.map(\.message))")
  }

  @Test func oversizedInputIsRefusedUnparsed() throws {
    let standard = try #require(Self.validator?.standard)
    let validator = Validator(standard: standard, limits: Limits(maxFileSize: 1000))
    let result = validator.validate(bytes: Array(try base().utf8), path: "big.xml", selection: .auto)
    #expect(result.diagnostics.map(\.code) == [.inputTooLarge])
  }

  @Test func expensiveXPathStopsAtTheOperationLimit() throws {
    let standard = try StandardLoader(toolFiles: BundledStandard.files).load(
      .inMemory(
        name: "x",
        files: [
          "standard.xml": Array(
            """
            <ruleDocument xmlns="urn:shanshui:standard:1" xmlns:s="urn:shanshui:submission:1" id="x" theme="x"
                          version="1.0.0" status="draft" effective="2026-01-01">
              <title lang="zh">x</title><title lang="en">x</title>
              <sources><document id="src" confidence="L"><title lang="en">s</title></document></sources>
              <rules><rule id="SS-HOS-002" severity="error">
                <title lang="zh">t</title><title lang="en">t</title><message lang="zh">m</message><message lang="en">m</message>
                <source ref="src"/>
                <context>//*</context>
                <assert test="count(//*[count(//*) &gt; count(ancestor::*)]) &gt;= 0"/>
                <example outcome="pass" profile="chongqing"/>
                <example outcome="fail" profile="chongqing"><set path="project/@id">X</set></example>
              </rule></rules>
            </ruleDocument>
            """.utf8)
        ]))
    let bytes = try SubmissionGenerator(units: 300).generate(from: try #require(standard.exampleBase))
    let validator = Validator(standard: standard, limits: Limits(maxXPathOperations: 2_000_000))
    let started = Date()
    let result = validator.validate(bytes: bytes, path: "x.xml", selection: .auto)
    #expect(Date().timeIntervalSince(started) < 30)
    #expect(result.diagnostics.first?.code == .inputEvaluationFailed)
    #expect(result.diagnostics.first?.message.text(.en).contains("Operation limit exceeded") == true)
  }
}
