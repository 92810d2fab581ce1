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
}
