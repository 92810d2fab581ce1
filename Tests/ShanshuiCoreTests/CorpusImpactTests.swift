import ShanshuiCore
import ShanshuiTestSupport
import Testing

/// The impact of unifying the criteria on the fixtures, counted independently of `CorpusImpact`.
@Suite struct CorpusImpactTests {
  static func corpus() throws -> [(path: String, bytes: [UInt8])] {
    try Repository.fixtures().map { ("fixtures/\($0)", try Repository.bytes("fixtures/\($0)")) }
  }

  @Test func countsPassesPerProfileAndListsFlips() throws {
    let validator = try #require(FixtureTests.validator)
    let corpus = try Self.corpus()
    let impact = CorpusImpact.measure(corpus: corpus, validator: validator, proposal: nil)
    #expect(impact.submissions.count == corpus.count)
    #expect(impact.skipped.isEmpty)
    let differing = validator.standard.parameters.values.filter {
      $0.values[.chongqing]?.value != $0.values[.sichuan]?.value
    }
    #expect(impact.parameters.map(\.parameterID) == differing.map(\.id).sorted())
    let retention = try #require(impact.parameters.first { $0.parameterID == "soil-retention-min-2025" })
    // Count independently from forced runs: the rules ran on the submission (under some profile), and under a
    // profile it passes when they ran there and reported nothing.
    var applicable = 0
    var passing: [Profile: Int] = [:]
    for (path, bytes) in corpus {
      let runs = Profile.allCases.map { ($0, validator.validate(bytes: bytes, path: path, selection: .forced($0))) }
      guard runs.contains(where: { !$0.1.evaluatedRuleIDs.isDisjoint(with: retention.ruleIDs) }) else { continue }
      applicable += 1
      for (profile, run) in runs
      where !run.evaluatedRuleIDs.isDisjoint(with: retention.ruleIDs)
        && !run.findings.contains(where: { retention.ruleIDs.contains($0.ruleID) })
      {
        passing[profile, default: 0] += 1
      }
    }
    #expect(retention.applicable == applicable)
    #expect(retention.passing == passing)
    let flipped = retention.flips.map(\.path)
    #expect(flipped.contains("fixtures/sc-wsc-xichong-retention-below-target.xml"))
    #expect(flipped.contains("fixtures/cross-border-mingyueshan-wsc-divergent.xml"))
    let xichong = try #require(retention.flips.first { $0.path.hasSuffix("xichong-retention-below-target.xml") })
    #expect(xichong.verdicts == [.chongqing: .pass, .sichuan: .fail, .unified: .fail])
  }

  @Test func strictestProposalReportsWhatWouldNewlyFailAndWhy() throws {
    let validator = try #require(FixtureTests.validator)
    let proposal = UnifiedProposal.from(validator.standard, strictest: true)
    #expect(proposal.values["soil-retention-min-2025"] == 79)
    #expect(proposal.values["qianli-belt-max-distance"] == 1000)
    let impact = CorpusImpact.measure(corpus: try Self.corpus(), validator: validator, proposal: proposal)
    // A compliant Chongqing project whose 水土保持率 target (78 %) meets Chongqing's provisional 73 % but not
    // Sichuan's 79 %, which the strictest unified value would adopt.
    let tongnan = try #require(impact.changes.first { $0.path.hasSuffix("cq-wsc-tongnan-qiongjiang-compliant.xml") })
    #expect(tongnan.newlyFailing == ["SS-WSC-003"])
    #expect(tongnan.causes["SS-WSC-003"] == ["soil-retention-min-2025"])
    // A Chongqing-only rule stops applying under the unified profile.
    let dazu = try #require(impact.changes.first { $0.path.hasSuffix("cq-wsc-dazu-copied-template.xml") })
    #expect(dazu.noLongerApplying == ["SS-WSC-007"])
    #expect(dazu.causes["SS-WSC-007"] == [])
    for change in impact.changes {
      #expect(!(change.newlyFailing + change.newlyPassing + change.noLongerApplying).isEmpty)
      #expect(!(change.newlyFailing + change.newlyPassing).contains { $0.hasPrefix("SS-SYS-") })
    }
    // Sichuan projects are already judged by the stricter values: none of them changes.
    #expect(!impact.changes.contains { $0.path.contains("/sc-") })
    let loosest = UnifiedProposal.from(validator.standard, strictest: false)
    #expect(loosest.values["soil-retention-min-2025"] == 73)
  }

  @Test func proposalFilesInJSONAndXML() throws {
    let standard = try #require(FixtureTests.validator?.standard)
    let json = try UnifiedProposal.parse(Array(#"{"soil-retention-min-2025": 76}"#.utf8), name: "p.json", for: standard)
    #expect(json.values == ["soil-retention-min-2025": 76])
    let xml = try UnifiedProposal.parse(
      Array(#"<proposal><value parameter="soil-retention-min-2025" value="77"/></proposal>"#.utf8),
      name: "p.xml", for: standard)
    #expect(xml.values == ["soil-retention-min-2025": 77])
    for bad in [
      #"{"no-such-parameter": 1}"#, #"{"soil-retention-min-2025": true}"#, "{}", "[1]",
      #"<proposal><values><value parameter="soil-retention-min-2025" value="1"/></values></proposal>"#,
      #"<other><value parameter="soil-retention-min-2025" value="1"/></other>"#,
      #"<proposal><value parameter="soil-retention-min-2025" value="1"/><value parameter="soil-retention-min-2025" value="2"/></proposal>"#,
      "<!DOCTYPE proposal [<!ENTITY x \"1\">]><proposal/>",
    ] {
      #expect(throws: UnifiedProposal.Failure.self, "\(bad)") {
        try UnifiedProposal.parse(Array(bad.utf8), name: "bad", for: standard)
      }
    }
    let bom = try UnifiedProposal.parse(
      [0xEF, 0xBB, 0xBF] + Array(#"{"soil-retention-min-2025": 75}"#.utf8), name: "bom.json", for: standard)
    #expect(bom.values == ["soil-retention-min-2025": 75])
    let applied = xml.applied(to: standard)
    #expect(applied.parameters["soil-retention-min-2025"]?.values[.unified]?.value == 77)
    #expect(applied.parameters["soil-retention-min-2025"]?.values[.unified]?.status == .provisional)
  }
}
