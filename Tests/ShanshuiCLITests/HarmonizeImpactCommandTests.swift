import Foundation
import ShanshuiTestSupport
import Testing

/// `shanshui harmonize --corpus … [--propose …]` end to end.
@Suite(.serialized) struct HarmonizeImpactCommandTests {
  @Test func corpusWithStrictestProposalInText() throws {
    let output = try CommandRunner.run(["harmonize", "--corpus", "fixtures", "--propose", "strictest", "--lang", "en"])
    #expect(output.status == 0)
    let fixtures = try Repository.fixtures().count
    #expect(output.stdout.hasPrefix("Impact of unifying the criteria on \(fixtures) submissions"))
    #expect(
      output.stdout.contains(
        "soil-retention-min-2025 (rules SS-WSC-003): applies to 6; passing: Chongqing 6/6, Sichuan 1/6, unified 1/6"))
    #expect(
      output.stdout.contains(
        "flips: fixtures/sc-wsc-xichong-retention-below-target.xml (Chongqing pass, Sichuan FAIL, unified FAIL)"))
    #expect(
      output.stdout.contains(
        "fixtures/cq-wsc-tongnan-qiongjiang-compliant.xml: newly fails SS-WSC-003 (soil-retention-min-2025 = 79); newly passes —"
      ))
  }

  /// A parameter that one province does not have: its rules do not apply there, which is n/a, not "0 passing".
  @Test(arguments: [("zh", "通过：重庆 不适用，四川 1/2，统一 1/2"), ("en", "passing: Chongqing n/a, Sichuan 1/2, unified 1/2")])
  func aProfileWithoutTheParameterIsNotApplicable(language: String, expected: String) throws {
    let output = try CommandRunner.run(["harmonize", "--corpus", "fixtures", "--lang", language])
    #expect(output.status == 0)
    let line = output.stdout.split(separator: "\n").first { $0.hasPrefix("chishui-compensation-class") }
    #expect(line?.hasSuffix(expected) == true, "\(line ?? "")")
    let json = try CommandRunner.run(["harmonize", "--corpus", "fixtures", "--format", "json"])
    let root = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
    let parameters = try #require(root["parameters"] as? [[String: Any]])
    let chishui = try #require(parameters.first { $0["id"] as? String == "chishui-compensation-class" })
    #expect((chishui["applicableUnder"] as? [String: Int]) == ["chongqing": 0, "sichuan": 2, "unified": 2])
  }

  @Test func corpusInJSONWithLoosestAndFileProposals() throws {
    let loosest = try CommandRunner.run([
      "harmonize", "--corpus", "fixtures", "--propose", "loosest", "--format", "json",
    ])
    let root = try #require(try JSONSerialization.jsonObject(with: Data(loosest.stdout.utf8)) as? [String: Any])
    let fixtures = try Repository.fixtures().count
    #expect(root["formatVersion"] as? Int == 1 && root["submissions"] as? Int == fixtures)
    #expect((root["proposal"] as? [String: Any])?["name"] as? String == "loosest")
    let parameters = try #require(root["parameters"] as? [[String: Any]])
    let retention = try #require(parameters.first { $0["id"] as? String == "soil-retention-min-2025" })
    #expect((retention["passing"] as? [String: Int])?["sichuan"] == 1)
    let changes = try #require(root["changes"] as? [[String: Any]])
    // Under the loosest values, the Sichuan projects below 79 % would pass.
    #expect(
      changes.contains {
        ($0["path"] as? String)?.hasSuffix("sc-wsc-xichong-retention-below-target.xml") == true
          && ($0["newlyPassing"] as? [String]) == ["SS-WSC-003"]
      })

    let directory = TemporaryDirectory.url("proposal")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    let file = directory.appendingPathComponent("proposal.xml")
    try Data(#"<proposal><value parameter="soil-retention-min-2025" value="76"/></proposal>"#.utf8).write(to: file)
    let overlay = try CommandRunner.run(["harmonize", "--corpus", "fixtures", "--propose", file.path, "--lang", "en"])
    #expect(overlay.status == 0)
    #expect(overlay.stdout.contains("Proposed unified values (\(file.path))"))
    let bad = directory.appendingPathComponent("bad.json")
    try Data(#"{"no-such-parameter": 1}"#.utf8).write(to: bad)
    let refused = try CommandRunner.run(["harmonize", "--corpus", "fixtures", "--propose", bad.path])
    #expect(refused.status == 2)
    #expect(refused.stderr.contains("unknown parameters: no-such-parameter"))
  }

  @Test func missingCorpusExitsTwo() throws {
    let output = try CommandRunner.run(["harmonize", "--corpus", "/no/such/corpus", "--lang", "en"])
    #expect(output.status == 2)
    #expect(output.stdout.contains("on 0 submissions (1 could not be checked"))
  }

  @Test func usageErrors() throws {
    #expect(try CommandRunner.run(["harmonize", "--propose", "strictest"]).status == 64)
    #expect(try CommandRunner.run(["harmonize", "--corpus", "fixtures", "--format", "csv"]).status == 64)
    #expect(try CommandRunner.run(["harmonize", "impact", "fixtures", "--format", "csv"]).status == 64)
    #expect(try CommandRunner.run(["harmonize", "impact"]).status == 64)
  }

  /// `harmonize impact DIR` is the subcommand; `harmonize --corpus DIR` the older spelling, still accepted: the same
  /// output and exit status, in every format and with a proposal.
  @Test func theSubcommandAndTheOlderSpellingAgree() throws {
    for options in [["--lang", "en"], ["--propose", "strictest", "--format", "json"], ["--propose", "loosest"]] {
      let subcommand = try CommandRunner.run(["harmonize", "impact", "fixtures"] + options)
      let older = try CommandRunner.run(["harmonize", "--corpus", "fixtures"] + options)
      #expect(subcommand.status == 0 && older.status == 0, "\(options): \(subcommand.stderr)")
      #expect(subcommand.stdout == older.stdout && subcommand.stdout.contains("fixtures/"), "\(options)")
    }
    let missing = try CommandRunner.run(["harmonize", "impact", "/no/such/corpus", "--lang", "en"])
    #expect(missing.status == 2 && missing.stdout.contains("on 0 submissions (1 could not be checked"))
  }
}
