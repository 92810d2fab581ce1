import ShanshuiCore
import ShanshuiTestSupport
import Testing

/// `--profile all`: every profile's findings, and a verdict matrix that singles out divergent rules.
@Suite struct EveryProfileTests {
  @Test func crossBorderFixtureShowsADivergentFinding() throws {
    let validator = try #require(FixtureTests.validator)
    let name = "cross-border-mingyueshan-wsc-divergent.xml"
    let result = validator.validateEveryProfile(bytes: try Repository.bytes("fixtures/\(name)"), path: name)
    let matrix = try #require(result.verdicts)
    #expect(matrix.columns == [.chongqing, .sichuan, .unified, .auto])
    let row = try #require(matrix.rows.first { $0.ruleID == "SS-WSC-003" })
    #expect(row.verdicts == [.chongqing: .pass, .sichuan: .fail, .unified: .fail, .auto: .fail])
    #expect(row.divergent)
    #expect(matrix.divergentRules.contains("SS-WSC-003"))
    #expect(Set(result.findings.filter { $0.ruleID == "SS-WSC-003" }.map(\.profile)) == [.sichuan, .unified])
    #expect(matrix.rows.count == validator.standard.rules.count)
  }

  @Test func singleProvinceProjectsHaveNoAutoColumnAndMarkInapplicableRules() throws {
    let validator = try #require(FixtureTests.validator)
    let name = "sc-karst-xingwen-cover-classification.xml"
    let result = validator.validateEveryProfile(bytes: try Repository.bytes("fixtures/\(name)"), path: name)
    let matrix = try #require(result.verdicts)
    #expect(matrix.columns == [.chongqing, .sichuan, .unified])
    let row = try #require(matrix.rows.first { $0.ruleID == "SS-KAR-003" })
    // Chongqing has no rocky-desertification cover threshold: the rule does not apply there.
    #expect(row.verdicts == [.chongqing: .notApplicable, .sichuan: .fail, .unified: .fail])
    #expect(!row.divergent)
    let mine = try #require(matrix.rows.first { $0.ruleID == "SS-MIN-002" })
    #expect(mine.verdicts.values.allSatisfy { $0 == .notApplicable })
  }

  @Test func everyFindingOfEveryProfileIsKeptOnce() throws {
    let validator = try #require(FixtureTests.validator)
    for name in try Repository.fixtures() {
      let bytes = try Repository.bytes("fixtures/\(name)")
      let all = validator.validateEveryProfile(bytes: bytes, path: name)
      let keys = all.findings.map { "\($0.ruleID)|\($0.path)|\($0.profile)" }
      #expect(Set(keys).count == keys.count, "\(name) repeats a finding")
      for profile in Profile.allCases {
        let forced = validator.validate(bytes: bytes, path: name, selection: .forced(profile))
        for finding in forced.findings {
          #expect(
            all.findings.contains { $0.ruleID == finding.ruleID && $0.path == finding.path && $0.profile == profile },
            "\(name): \(finding.ruleID) under \(profile) missing from --profile all")
        }
      }
    }
  }
}

/// Verdicts come from what each run did: errors are unknown, not passes; rules that never ran are n/a.
@Suite struct VerdictSourceTests {
  @Test func aRuleThatCannotBeEvaluatedIsAnErrorNotAPass() throws {
    let standard = try #require(FixtureTests.validator?.standard)
    let validator = Validator(standard: standard, limits: Limits(maxXPathOperations: 50))
    let name = "cq-karst-xiushan-no-cover-target.xml"
    let result = validator.validateEveryProfile(bytes: try Repository.bytes("fixtures/\(name)"), path: name)
    let matrix = try #require(result.verdicts)
    #expect(!result.diagnostics.isEmpty)
    let errored = matrix.rows.filter { $0.verdicts.values.contains(.error) }
    #expect(!errored.isEmpty)
    #expect(errored.allSatisfy { !$0.divergent })
    #expect(!matrix.rows.contains { $0.ruleID == "SS-WSC-001" && $0.verdicts[.chongqing] == .pass })
  }

  @Test func perUnitColumnIsNotApplicableForARuleAutoNeverRan() throws {
    let validator = try #require(FixtureTests.validator)
    // A cross-border project with a zone that only Sichuan has: the Chongqing-only zone rule fails when Chongqing's
    // criteria judge the whole project, but --profile auto judges project-level nodes under unified and never runs it.
    let text = String(
      decoding: try Repository.bytes("fixtures/cross-border-mingyueshan-wsc-divergent.xml"), as: UTF8.self
    )
    .replacingOccurrences(of: #"zone="southwest-purple-soil""#, with: #"zone="qinghai-tibet""#)
    let result = validator.validateEveryProfile(bytes: Array(text.utf8), path: "x.xml")
    let row = try #require(result.verdicts?.rows.first { $0.ruleID == "SS-WSC-007" })
    #expect(row.verdicts[.chongqing] == .fail)
    #expect(row.verdicts[.auto] == .notApplicable)
  }

  @Test func diagnosticsKeepAStableOrder() throws {
    let standard = try #require(FixtureTests.validator?.standard)
    let validator = Validator(standard: standard, limits: Limits(maxXPathOperations: 50))
    let bytes = try Repository.bytes("fixtures/cq-karst-xiushan-no-cover-target.xml")
    let first = validator.validateEveryProfile(bytes: bytes, path: "x.xml").diagnostics
    for _ in 0..<5 { #expect(validator.validateEveryProfile(bytes: bytes, path: "x.xml").diagnostics == first) }
  }
}
