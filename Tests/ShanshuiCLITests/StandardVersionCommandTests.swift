import Foundation
import ShanshuiTestSupport
import Testing

/// Standard versions end to end: each file judged by the version in force on its call date, `--as-of` (and `as-of`
/// in the configuration) overriding it, a date before every version, a malformed date, every report format naming the
/// version, `standard versions`, and `explain`, `harmonize` and `diff` across versions. The standard is a pair
/// written to a temporary directory (`VersionPair`: 0.1.0 from 2021-11-10 with a 99 % survival minimum for Chongqing, 0.2.0 from
/// 2026-01-01 with the current one), so the two versions' findings differ.
@Suite(.serialized) struct StandardVersionCommandTests {
  let directory: URL
  let file2025: String
  let file2026: String

  init() throws {
    directory = try VersionPair.write()
    file2025 = try VersionPair.submission(callYear: 2025, in: directory)
    file2026 = try VersionPair.submission(callYear: 2026, in: directory)
  }

  func check(_ arguments: [String]) throws -> CommandRunner.Output {
    try CommandRunner.run(
      ["check", "--standard", directory.path, "--no-config", "--lang", "en", "-j", "1"] + arguments)
  }

  @Test func eachFileIsJudgedByTheVersionInForceOnItsCallYear() throws {
    let output = try check([file2025, file2026])
    #expect(output.status == 1, "\(output.stderr)")
    let lines = output.stdout.split(separator: "\n").map(String.init)
    #expect(lines.contains { $0.hasPrefix(file2025 + ":") && $0.contains("[SS-GRN-001]") })
    #expect(!lines.contains { $0.hasPrefix(file2026 + ":") && $0.contains("[SS-") })
    #expect(
      lines.contains(
        "\(file2025): judged by 0.1.0 (effective 2021-11-10): the call year of programme central-ssw, 2025, read as 2025-01-01 (callYear)"
      ), "\(output.stdout)")
    #expect(
      lines.contains(
        "\(file2026): judged by 0.2.0 (effective 2026-01-01): the call year of programme central-ssw, 2026, read as 2026-01-01 (callYear)"
      ), "\(output.stdout)")
    #expect(
      lines.last?.hasPrefix(
        "2 files checked against chengyu-eco-restoration 0.1.0 (effective 2021-11-10; 1 file) and 0.2.0 (effective 2026-01-01; 1 file): "
      ) == true, "\(output.stdout)")
  }

  @Test func theCurrentVersionAloneAddsNoLine() throws {
    let output = try check([file2026])
    #expect(output.status == 0, "\(output.stdout)\(output.stderr)")
    #expect(
      output.stdout
        == "1 file checked against chengyu-eco-restoration 0.2.0 (effective 2026-01-01): 0 errors, 0 warnings, 0 info\n"
    )
  }

  @Test func asOfOverridesTheCallYear() throws {
    let output = try check(["--as-of", "2026-06-30", file2025, file2026])
    #expect(output.status == 0, "\(output.stdout)")
    #expect(
      output.stdout.hasSuffix(
        "2 files checked against chengyu-eco-restoration 0.2.0 (effective 2026-01-01): 0 errors, 0 warnings, 0 info\n"))
    let older = try check(["--as-of", "2021-11-10", file2026, "--format", "json"])
    #expect(older.status == 1)
    let judged = try #require(try Self.files(older.stdout).first?["judgedBy"] as? [String: Any])
    #expect(judged["version"] as? String == "0.1.0" && judged["basis"] as? String == "as-of")
    #expect(judged["judgingDate"] as? String == "2021-11-10" && judged["written"] as? String == "--as-of")
  }

  @Test func standardVersionNamesTheVersionForEveryFile() throws {
    let output = try check(["--standard-version", "0.1.0", "--format", "json", file2026])
    #expect(output.status == 1)
    let judged = try #require(try Self.files(output.stdout).first?["judgedBy"] as? [String: Any])
    #expect(judged["version"] as? String == "0.1.0" && judged["basis"] as? String == "standard-version")
    #expect(judged["judgingDate"] == nil && judged["reason"] as? String == "named by --standard-version")
    let unknown = try check(["--standard-version", "0.3.0", file2026])
    #expect(unknown.status == 2)
    #expect(
      unknown.stdout.contains(
        "[E215] --standard-version 0.3.0: the standard has no such version (its versions: 0.1.0, 0.2.0)"))
    let both = try check(["--standard-version", "0.1.0", "--as-of", "2025-01-01", file2026])
    #expect(both.status == 64 && both.stderr.contains("--standard-version or --as-of"))
  }

  @Test func asOfFromTheConfiguration() throws {
    let config = directory.appendingPathComponent("review.yml")
    try "as-of: 2026-06-30\n".write(to: config, atomically: true, encoding: .utf8)
    let output = try check(["--config", config.path, file2025])
    #expect(output.status == 0, "\(output.stdout)\(output.stderr)")
    let overridden = try check(["--config", config.path, "--as-of", "2025-01-01", file2025])
    #expect(overridden.status == 1 && overridden.stdout.contains("as of 2025-01-01 (--as-of)"), "\(overridden.stdout)")
    try "as-of: next year\n".write(to: config, atomically: true, encoding: .utf8)
    let broken = try check(["--config", config.path, file2025])
    #expect(broken.status == 2 && broken.stdout.contains("review.yml:1:"), "\(broken.stdout)")
    #expect(broken.stdout.contains("[E300] as-of must be a date written YYYY-MM-DD"), "\(broken.stdout)")
  }

  @Test func aDateBeforeEveryVersionTakesTheOldestWithAnInfoNotice() throws {
    let output = try check(["--as-of", "2020-01-01", file2026])
    #expect(output.status == 1)
    #expect(
      output.stdout.contains("info: [SS-SYS-003] the judging date 2020-01-01 is before every version"),
      "\(output.stdout)")
    #expect(output.stdout.contains("[SS-GRN-001]"))
    #expect(output.stdout.contains("before every version's effective date, so the oldest version judges"))
  }

  @Test(arguments: ["2026-13-01", "2026-02-30", "26-01-01", "yesterday"])
  func aMalformedAsOfIsAUsageError(date: String) throws {
    let output = try check(["--as-of", date, file2026])
    #expect(output.status == 64)
    #expect(output.stderr.contains("--as-of") && output.stderr.contains(date), "\(output.stderr)")
    #expect(output.stdout.isEmpty)
  }

  @Test func everyFormatNamesTheVersionOfEachFile() throws {
    let json = try check(["--format", "json", file2025, file2026])
    let files = try Self.files(json.stdout)
    #expect(files.map { ($0["judgedBy"] as? [String: Any])?["version"] as? String } == ["0.1.0", "0.2.0"])
    #expect(try SchemaValidation.json([json.stdout], schema: "schemas/shanshui-report-1.schema.json") == [])
    let sarif = try check(["--format", "sarif", file2025, file2026])
    #expect(try SchemaValidation.sarif([sarif.stdout]) == [])
    let root = try #require(try JSONSerialization.jsonObject(with: Data(sarif.stdout.utf8)) as? [String: Any])
    let run = try #require((root["runs"] as? [[String: Any]])?.first)
    let judged = try #require((run["properties"] as? [String: Any])?["judgedBy"] as? [[String: Any]])
    #expect(judged.map { $0["version"] as? String } == ["0.1.0", "0.2.0"])
    #expect(judged.map { $0["basis"] as? String } == ["call-year", "call-year"])
    let junit = try check(["--format", "junit", file2025, file2026])
    #expect(try SchemaValidation.xml(junit.stdout, schema: "schemas/junit-ant-testcase-output.xsd") == [])
    #expect(junit.stdout.contains(#"<property name="standard-version" value="0.1.0"/>"#))
    #expect(junit.stdout.contains(#"<property name="standard-version" value="0.2.0"/>"#))
    let html = try check(["--format", "html", file2025, file2026])
    #expect(html.stdout.contains("Judged by version 0.1.0 (effective 2021-11-10): the call year of programme"))
    #expect(html.stdout.contains("Judged by version 0.2.0 (effective 2026-01-01)"))
  }

  /// A finding's identity leaves the version out: a baseline written under one version silences the same finding
  /// under the other, and a rule disabled in the configuration is disabled under both.
  @Test func baselinesAndConfigurationsWorkAcrossVersions() throws {
    let failing = directory.appendingPathComponent("ssw-low.xml")
    let text = try String(contentsOfFile: file2026, encoding: .utf8)
    try text.replacingOccurrences(
      of: #"<target indicator="survival-rate" unit="percent">90</target>"#,
      with: #"<target indicator="survival-rate" unit="percent">80</target>"#
    )
    .write(to: failing, atomically: true, encoding: .utf8)
    let baseline = directory.appendingPathComponent("baseline.json").path
    let written = try check(["--as-of", "2026-06-30", "--write-baseline", baseline, failing.path])
    #expect(written.status == 0 && written.stdout.contains("[SS-GRN-001]"), "\(written.stdout)")
    let older = try check(["--as-of", "2022-01-01", "--baseline", baseline, "--format", "json", failing.path])
    #expect(older.status == 0, "\(older.stdout)")
    let file = try #require(try Self.files(older.stdout).first)
    #expect((file["judgedBy"] as? [String: Any])?["version"] as? String == "0.1.0")
    #expect((file["findings"] as? [Any])?.isEmpty == true && (file["suppressed"] as? [Any])?.isEmpty == false)
    let config = directory.appendingPathComponent("disable.yml")
    try "rules:\n  SS-GRN-001:\n    disable: true\n    reason: checked by the forestry bureau\n".write(
      to: config, atomically: true, encoding: .utf8)
    for date in ["2022-01-01", "2026-06-30"] {
      let disabled = try check(["--as-of", date, "--config", config.path, failing.path])
      #expect(disabled.status == 0 && !disabled.stdout.contains("[SS-GRN-001]"), "\(date): \(disabled.stdout)")
    }
  }

  @Test func standardVersionsListsEveryVersion() throws {
    let text = try CommandRunner.run(
      ["standard", "versions", "--standard", directory.path, "--lang", "en", "--as-of", "2025-05-05"])
    #expect(text.status == 0, "\(text.stderr)")
    #expect(
      text.stdout == """
        chengyu-eco-restoration versions
          0.1.0  2021-11-10  draft  versions/0.1.0/standard.xml  <- in force on 2025-05-05
          0.2.0  2026-01-01  draft  standard.xml (current)

        """)
    let json = try CommandRunner.run(["standard", "versions", "--standard", directory.path, "--format", "json"])
    let root = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
    let versions = try #require(root["versions"] as? [[String: Any]])
    #expect(versions.map { $0["version"] as? String } == ["0.1.0", "0.2.0"])
    #expect(versions.map { $0["effective"] as? String } == ["2021-11-10", "2026-01-01"])
    #expect(versions.map { $0["current"] as? Bool } == [false, true])
    #expect(root["inForce"] as? String == "0.2.0" && root["formatVersion"] as? Int == 1)
  }

  /// With the bundled standard: a 2025 call is judged by the frozen 0.1.0, a date after the current version's
  /// effective date by the current version.
  @Test func theBundledFrozenVersionJudgesA2025Call() throws {
    let file = try VersionPair.submission(callYear: 2025, in: directory)
    let output = try CommandRunner.run(["check", "--no-config", "--format", "json", file])
    #expect(output.status != 2, "\(output.stdout)")
    let judged = try #require(try Self.files(output.stdout).first?["judgedBy"] as? [String: Any])
    #expect(judged["version"] as? String == "0.1.0" && judged["effective"] as? String == "2021-11-10")
    let later = try CommandRunner.run(["check", "--no-config", "--format", "json", "--as-of", "2030-01-01", file])
    let root = try #require(try JSONSerialization.jsonObject(with: Data(later.stdout.utf8)) as? [String: Any])
    let current = try #require(root["standard"] as? [String: Any])
    let now = try #require(try Self.files(later.stdout).first?["judgedBy"] as? [String: Any])
    #expect(now["version"] as? String == current["version"] as? String)
    #expect(now["effective"] as? String == current["effective"] as? String)
    #expect(now["effective"] as? String != "2021-11-10")
  }

  @Test func theBundledStandardListsTheFrozenVersion() throws {
    let output = try CommandRunner.run(["standard", "versions", "--lang", "en", "--as-of", "2025-05-05"])
    #expect(output.status == 0)
    #expect(
      output.stdout.contains("  0.1.0  2021-11-10  draft  versions/0.1.0/standard.xml  <- in force on 2025-05-05"))
    #expect(output.stdout.contains("standard.xml (current)"))
  }

  @Test func explainAndHarmonizeAcrossVersions() throws {
    func survival(_ arguments: [String]) throws -> Double? {
      let output = try CommandRunner.run(
        ["explain", "SS-GRN-001", "--standard", directory.path, "--format", "json"] + arguments)
      #expect(output.status == 0, "\(arguments): \(output.stderr)")
      let root = try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [String: Any]
      let parameters = root?["parameters"] as? [[String: Any]]
      let values = parameters?.first { $0["id"] as? String == "planting-survival-min" }?["values"] as? [[String: Any]]
      return values?.first { $0["profile"] as? String == "chongqing" }?["value"] as? Double
    }
    #expect(try survival([]) != Double(VersionPair.olderSurvivalMinimum))
    #expect(try survival(["--standard-version", "0.1.0"]) == Double(VersionPair.olderSurvivalMinimum))
    #expect(try survival(["--as-of", "2025-12-31"]) == Double(VersionPair.olderSurvivalMinimum))
    #expect(try survival(["--as-of", "2026-01-01"]) != Double(VersionPair.olderSurvivalMinimum))
    let unknown = try CommandRunner.run(
      ["explain", "SS-GRN-001", "--standard", directory.path, "--standard-version", "9.9.9", "--lang", "en"])
    #expect(unknown.status == 64 && unknown.stderr.contains("no version 9.9.9 (its versions: 0.1.0, 0.2.0)"))
    let both = try CommandRunner.run(
      ["explain", "SS-GRN-001", "--standard-version", "0.1.0", "--as-of", "2025-01-01"])
    #expect(both.status == 64)
    // The impact on a corpus is measured in the version asked for: in 0.1.0 the provinces' survival minimums differ
    // (Chongqing 99 %, which the 90 % targets fail); in 0.2.0 they agree, so the parameter is not listed.
    let corpus = directory.appendingPathComponent("corpus")
    try FileManager.default.createDirectory(at: corpus, withIntermediateDirectories: true)
    _ = try VersionPair.submission(callYear: 2026, in: corpus)
    let passing = try [["--standard-version", "0.1.0"], ["--standard-version", "0.2.0"]].map { arguments in
      let output = try CommandRunner.run(
        ["harmonize", "impact", corpus.path, "--standard", directory.path, "--format", "json"] + arguments)
      #expect(output.status == 0, "\(output.stderr)")
      let root = try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [String: Any]
      let parameter = (root?["parameters"] as? [[String: Any]])?.first {
        $0["id"] as? String == "planting-survival-min"
      }
      return (parameter?["passing"] as? [String: Int])?["chongqing"]
    }
    #expect(passing == [0, nil])
    for arguments in [["--standard-version", "0.1.0"], ["--as-of", "2024-01-01"]] {
      let harmonize = try CommandRunner.run(
        ["harmonize", "--standard", directory.path, "--format", "csv"] + arguments)
      #expect(harmonize.status == 0, "\(harmonize.stderr)")
      let row = harmonize.stdout.split(whereSeparator: \.isNewline).first { $0.hasPrefix("planting-survival-min,") }
      #expect(row?.contains(",99,") == true, "\(row ?? "")")
    }
  }

  /// The bundled frozen version's examples run from the bundle, and its Schematron export differs from the current
  /// one's exactly where the pair's versions differ.
  @Test func testAndExportTakeAVersion() throws {
    let bundled = try CommandRunner.run(["test", "--standard-version", "0.1.0", "--lang", "en"])
    #expect(bundled.status == 0, "\(bundled.stdout)\(bundled.stderr)")
    // The frozen version on disk, linted and tested in full as a standard of its own.
    let linted = try CommandRunner.run(["lint", "standards/versions/0.1.0", "--lang", "en"])
    #expect(linted.status == 0, "\(linted.stdout)")
    let tested = try CommandRunner.run(["test", "--standard", "standards/versions/0.1.0", "--lang", "en"])
    #expect(tested.status == 0, "\(tested.stdout)")
    let older = try CommandRunner.run(
      ["export", "schematron", "--profile", "chongqing", "--standard", directory.path, "--standard-version", "0.1.0"])
    let newer = try CommandRunner.run(
      ["export", "schematron", "--profile", "chongqing", "--standard", directory.path, "--as-of", "2026-01-01"])
    #expect(older.status == 0 && newer.status == 0, "\(older.stderr)\(newer.stderr)")
    #expect(older.stdout.contains(#"<sch:let name="planting-survival-min" value="99"/>"#))
    #expect(!newer.stdout.contains(#"<sch:let name="planting-survival-min" value="99"/>"#))
    // Only the parameter, the message quoting it, and the standard's version line differ.
    let differing = zip(older.stdout.split(separator: "\n"), newer.stdout.split(separator: "\n")).filter { $0 != $1 }
    #expect(
      differing.allSatisfy {
        $0.0.contains("planting-survival-min") || $0.0.contains("SS-GRN-001") || $0.0.contains("0.1.0")
      }, "\(differing.map(\.0))")
  }

  @Test func diffNamesVersions() throws {
    let output = try CommandRunner.run(
      ["diff", "0.1.0", "0.2.0", "--standard", directory.path, "--lang", "en", "--format", "json"])
    #expect(output.status == 1, "\(output.stderr)")
    #expect(output.stdout.contains("planting-survival-min"))
    let same = try CommandRunner.run([
      "diff", "0.1.0", directory.path + "/versions/0.1.0", "--standard", directory.path,
    ])
    #expect(same.status == 0, "\(same.stdout)\(same.stderr)")
    let unknown = try CommandRunner.run(["diff", "0.1.0", "0.3.0", "--standard", directory.path, "--lang", "en"])
    #expect(unknown.status == 64 && unknown.stderr.contains("no version 0.3.0"))
  }

  static func files(_ json: String) throws -> [[String: Any]] {
    let root = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
    return root?["files"] as? [[String: Any]] ?? []
  }
}
