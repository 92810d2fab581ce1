import Foundation
import ShanshuiConfig
import ShanshuiCore
import ShanshuiTestSupport
import Testing

@Suite struct ConfigurationTests {
  private func load(_ yaml: String) throws -> Result<Configuration, ConfigurationError> {
    let directory = TemporaryDirectory.url("config")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    let file = directory.appendingPathComponent(".shanshui.yml")
    try Data(yaml.utf8).write(to: file)
    return Configuration.load(path: file.path)
  }

  @Test func readsDisabledRulesSeveritiesAndBaseline() throws {
    let result = try load(
      """
      rules:
        SS-RIV-001:
          disable: true
          reason: 川渝尚未统一
        SS-KAR-003:
          severity: warning
          reason: pilot year
      baseline: known.json
      """)
    let configuration = try result.get()
    let policy = configuration.policy
    #expect(policy.disabled == ["SS-RIV-001": "川渝尚未统一"])
    #expect(policy.severities == ["SS-KAR-003": .init(severity: .warning, reason: "pilot year")])
    #expect(configuration.baseline?.hasSuffix("/known.json") == true)
    #expect(configuration.rules.first { $0.ruleID == "SS-KAR-003" }?.location.line == 5)
  }

  @Test func everyProblemHasItsLineAndColumn() throws {
    let result = try load(
      """
      rules:
        SS-RIV-001:
          disable: true
        SS-KAR-003:
          severity: fatal
          reason: x
      colour: red
      """)
    guard case .failure(let error) = result else {
      Issue.record("accepted an invalid configuration")
      return
    }
    let problems = error.diagnostics
    #expect(problems.allSatisfy { $0.code == .configurationInvalid })
    let lines = problems.map(\.location.line).sorted()
    #expect(lines == [2, 5, 7], "\(problems)")
    #expect(problems.first { $0.location.line == 2 }?.message.text(.en).contains("reason") == true)
    #expect(problems.first { $0.location.line == 2 }?.location.column == 3)
  }

  @Test func yamlSyntaxErrorIsE300WithPosition() throws {
    let result = try load("rules:\n  SS-RIV-001: [unclosed\n")
    guard case .failure(let error) = result else {
      Issue.record("accepted broken YAML")
      return
    }
    let problems = error.diagnostics
    #expect(problems.count == 1)
    #expect(problems[0].code == .configurationInvalid)
    #expect(problems[0].location.line >= 2)
    #expect(problems[0].message.text(.en).hasPrefix("YAML syntax error"))
  }

  @Test func missingFileIsE300() {
    guard case .failure(let error) = Configuration.load(path: "/nonexistent/.shanshui.yml") else {
      Issue.record("a missing file loaded")
      return
    }
    let problems = error.diagnostics
    #expect(problems.map(\.code) == [.configurationInvalid])
  }

  @Test func emptyFileIsAnEmptyConfiguration() throws {
    let configuration = try load("").get()
    #expect(configuration.rules.isEmpty)
    #expect(configuration.baseline == nil)
  }
}
