import ShanshuiBundledStandard
import ShanshuiCore
import ShanshuiTestSupport
import Testing

@Suite struct BundledStandardTests {
  private func load() throws -> Standard {
    try BundledTestStandard.load()
  }

  @Test func embeddedCopyEqualsStandardsDirectory() throws {
    let onDisk = try Repository.standardFiles(includingVersions: true)
    let embedded = BundledStandard.allFiles
    #expect(Set(embedded.keys) == Set(onDisk.keys))
    for (path, bytes) in onDisk {
      #expect(embedded[path] == bytes, "embedded \(path) differs from standards/\(path): rebuild")
    }
  }

  @Test func loadsWithoutProblems() throws {
    do {
      let standard = try load()
      #expect(standard.info.id == "chengyu-eco-restoration")
      #expect(!standard.info.version.isEmpty && !standard.info.effective.isEmpty)
    } catch let failure as StandardLoader.Failure {
      Issue.record(
        "bundled standard has problems: \(failure.diagnostics.map { "\($0.location.file):\($0.location.line): \($0.message.text(.en))" })"
      )
    }
  }

  @Test func loadsFromTheDirectoryToo() throws {
    let standard = try StandardLoader(toolFiles: BundledStandard.files).load(
      .directory(Repository.url("standards").path))
    #expect(standard.rules.map(\.id) == (try load()).rules.map(\.id))
  }

  @Test func coversTheFoundationScope() throws {
    let standard = try load()
    #expect(standard.rules.count >= 15)
    #expect(Set(standard.rules.map(\.theme)).count >= 5)
    #expect(Set(standard.rules.map(\.id)).count == standard.rules.count)
    for rule in standard.rules {
      #expect(rule.title.zh != nil && rule.title.en != nil, "\(rule.id) title")
      #expect(rule.message.zh != nil && rule.message.en != nil, "\(rule.id) message")
      #expect(!rule.sources.isEmpty, "\(rule.id) source")
    }
  }

  @Test func everyRuleExampleBehavesAsDeclared() throws {
    let results = ExampleRunner(validator: Validator(standard: try load())).runAll()
    #expect(results.count >= 30)
    for result in results where !result.passed {
      Issue.record(
        "\(result.ruleID) example \(result.index) (\(result.location.file):\(result.location.line)): \(result.problem?.text(.en) ?? "")"
      )
    }
  }

  @Test func baseSubmissionPassesUnderEveryProfile() throws {
    let validator = Validator(standard: try load())
    let base = try Repository.bytes("standards/examples/base-submission.xml")
    for profile in Profile.allCases {
      let result = validator.validate(bytes: base, path: "base", selection: .forced(profile))
      #expect(result.status == .checked)
      #expect(result.findings.map(\.ruleID) == [], "under \(profile)")
    }
  }

  /// The CLI loads the bundled versions without verifying them (`StandardLoader.verifies`): that is sound only while
  /// a verified load of the same bytes finds nothing, and both loads build the same model.
  @Test(arguments: [nil] + BundledStandard.versionDirectories)
  func unverifiedLoadBuildsTheModelAVerifiedLoadDoes(version: String?) throws {
    let source = version.map(BundledStandard.source(ofVersion:)) ?? BundledStandard.source
    let verified: Standard
    do {
      verified = try StandardLoader(toolFiles: BundledStandard.files, verifies: true).load(source)
    } catch {
      Issue.record("\(version ?? "current"): \(error.diagnostics.map { "\($0.location): \($0.message.text(.en))" })")
      return
    }
    let unverified = try StandardLoader(toolFiles: BundledStandard.files, verifies: false).load(source)
    #expect(unverified.rules.count == verified.rules.count && !verified.rules.isEmpty)
    let (left, right) = (Self.model(unverified), Self.model(verified))
    #expect(left.count > 10_000)
    let differing = left.difference(from: right).prefix(6).map { "\($0)" }
    #expect(differing.isEmpty, "\(version ?? "current"): the models differ: \(differing)")
    #expect(unverified.warnings.map(\.message) == verified.warnings.map(\.message))
  }

  /// Everything a load built, as the lines of a `dump`, which walks every stored property; sorted, because sets and
  /// dictionaries list their members in an order of their own, and without what differs between two loads of the
  /// same bytes (addresses of compiled XPath and schemas, `dump`'s own object numbers).
  private static func model(_ standard: Standard) -> [String] {
    var text = ""
    dump(standard, to: &text)
    return text.split(separator: "\n").filter { !$0.contains("pointerValue") }.map { line in
      String(line.replacing(/0x[0-9a-f]+/, with: "0x…").replacing(/#[0-9]+/, with: "#…"))
    }.sorted()
  }
}
