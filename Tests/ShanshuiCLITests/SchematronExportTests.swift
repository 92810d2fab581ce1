import Foundation
import ShanshuiCore
import ShanshuiTestSupport
import Testing

/// `shanshui export schematron` end to end, and the differential test: an independent ISO Schematron engine (lxml's
/// `isoschematron`, run by scripts/schematron-diff.py) must report exactly the rule ids (and severities) that
/// `shanshui check --profile P` reports, on every fixture and every edge case, under every profile. A rule whose
/// regular expression lint flags (SL022) is left out of the comparison, and lxml runs under a timeout: Python's
/// backtracking `re` could otherwise hang the suite on it.
@Suite(.serialized) struct SchematronExportTests {
  /// lxml's time limit for one run over all the inputs (a normal run takes a few seconds).
  static let lxmlTimeout = 600

  static let profiles = ["chongqing", "sichuan", "unified"]

  /// The fixtures and the edge cases for the export, as paths relative to the repository.
  func inputs() throws -> [String] {
    let edges = try FileManager.default.contentsOfDirectory(atPath: Repository.url("Tests/Fixtures/schematron").path)
      .filter { $0.hasSuffix(".xml") }.sorted().map { "Tests/Fixtures/schematron/" + $0 }
    return try Repository.fixtures().map { "fixtures/" + $0 } + edges
  }

  /// Rule id and severity (`SS-FUN-001:error`) of every finding shanshui reports, per file.
  func shanshuiFindings(profile: String, arguments: [String], files: [String]) throws -> [String: Set<String>] {
    let output = try CommandRunner.run(
      ["check", "--profile", profile, "--format", "json", "--fail-on", "never"] + arguments + files)
    #expect(output.status == 0, "\(output.stderr)")
    let root = try #require(try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [String: Any])
    var result: [String: Set<String>] = [:]
    for file in try #require(root["files"] as? [[String: Any]]) {
      let path = try #require(file["path"] as? String)
      #expect(file["status"] as? String == "checked", "\(path) was not checked: \(file["diagnostics"] ?? "")")
      // Spatial rules measure geometry: the export leaves them out by design (their findings carry `spatial`).
      let findings = try #require(file["findings"] as? [[String: Any]]).filter { $0["spatial"] == nil }
      result[path] = Set(findings.map { "\($0["ruleId"] as? String ?? "?"):\($0["severity"] as? String ?? "?")" })
    }
    return result
  }

  /// What lxml's ISO Schematron engine reports with `schema`, per file; killed after `lxmlTimeout` seconds.
  func lxmlFindings(schema: URL, files: [String]) throws -> [String: Set<String>] {
    let output = try CommandRunner.run(
      ["timeout", "\(Self.lxmlTimeout)", "python3", "scripts/schematron-diff.py", "--roles", "--schema", schema.path]
        + files,
      executable: URL(fileURLWithPath: "/usr/bin/env"))
    try #require(output.status != 124, "lxml did not finish in \(Self.lxmlTimeout) s (a backtracking expression?)")
    try #require(
      output.status == 0,
      "python3 with lxml is needed for the Schematron differential test: run scripts/setup (\(output.stderr))")
    var result: [String: Set<String>] = [:]
    for line in output.stdout.split(separator: "\n") {
      let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
      try #require(fields.count == 2, "unexpected line: \(line)")
      result[String(fields[0])] = Set(fields[1].split(separator: " ").map(String.init))
    }
    return result
  }

  /// The rules whose `pattern` lint flags (SL022): lxml's backtracking `re` may take exponential time on them.
  static func backtrackingRules(in directory: URL) throws -> [String] {
    let standard = try StandardLoader(toolFiles: try Repository.standardFiles()).load(.at(directory.path))
    return standard.rules.filter { $0.check.backtrackingRisk != nil }.map(\.id).sorted()
  }

  /// A copy of the standard in `directory`, made in `scratch`, without the `rules` (each `<rule id="…">` through its
  /// `</rule>`).
  static func copy(of directory: URL, without rules: [String], in scratch: URL) throws -> URL {
    let copy = scratch.appendingPathComponent("standard")
    try FileManager.default.copyItem(at: directory, to: copy)
    var removed: [String] = []
    let walker = FileManager.default.enumerator(at: copy, includingPropertiesForKeys: nil)
    while let file = walker?.nextObject() as? URL {
      guard file.pathExtension == "xml" else { continue }
      var text = try String(contentsOf: file, encoding: .utf8)
      for id in rules {
        guard let start = text.range(of: "<rule id=\"\(id)\""),
          let end = text[start.lowerBound...].range(of: "</rule>")
        else { continue }
        text.removeSubrange(start.lowerBound..<end.upperBound)
        removed.append(id)
      }
      try text.write(to: file, atomically: true, encoding: .utf8)
    }
    #expect(removed.sorted() == rules.sorted())
    return copy
  }

  /// Exports the standard in `standard` (default: the bundled one) under `profile`, checks `files` with shanshui and
  /// with lxml, and compares; returns shanshui's findings. Rules lint flags as backtracking are left out of both.
  @discardableResult
  func compare(profile: String, standard: URL? = nil, files: [String]) throws -> [String: Set<String>] {
    let directory = try TemporaryDirectory.make("schematron")
    defer { try? FileManager.default.removeItem(at: directory) }
    let source = standard ?? Repository.url("standards")
    let skipped = try Self.backtrackingRules(in: source)
    let given = skipped.isEmpty ? standard : try Self.copy(of: source, without: skipped, in: directory)
    let arguments = given.map { ["--standard", $0.path] } ?? []
    let schema = directory.appendingPathComponent("\(profile).sch")
    let export = try CommandRunner.run(
      ["export", "schematron", "--profile", profile, "--output", schema.path] + arguments)
    #expect(export.status == 0 && export.stderr.isEmpty, "every rule is expressed: \(export.stderr)")
    let expected = try shanshuiFindings(profile: profile, arguments: arguments, files: files)
    let actual = try lxmlFindings(schema: schema, files: files)
    #expect(Set(actual.keys) == Set(files))
    for file in files {
      let ours = expected[file] ?? []
      let theirs = actual[file] ?? []
      #expect(
        ours == theirs,
        "\(file) under \(profile): shanshui only \(ours.subtracting(theirs).sorted()), lxml only \(theirs.subtracting(ours).sorted())"
      )
    }
    return expected
  }

  @Test(arguments: profiles) func lxmlReportsExactlyWhatShanshuiReports(profile: String) throws {
    let files = try inputs()
    #expect(files.count >= 50)
    #expect(
      try Self.backtrackingRules(in: Repository.url("standards")).isEmpty, "the whole bundled standard is compared")
    let expected = try compare(profile: profile, files: files)
    // Not a vacuous comparison: many files fail, in many rules, with warnings too.
    let all = expected.values.flatMap { $0 }
    #expect(expected.values.filter { !$0.isEmpty }.count >= 30)
    #expect(Set(all).count >= 40)
    #expect(all.contains { $0.hasSuffix(":warning") })
  }

  /// The same comparison with a standard made for it (SchematronExtraRules): every kind's example rule, dates in
  /// days and months, bounds in two units, a sum in the total's own unit, a context that is not a pattern.
  @Test(arguments: profiles) func lxmlAgreesOnRulesTheBundledStandardDoesNotHave(profile: String) throws {
    let directory = try TemporaryDirectory.make("schematron")
    defer { try? FileManager.default.removeItem(at: directory) }
    for (path, bytes) in try SchematronExtraRules.files() {
      let url = directory.appendingPathComponent(path)
      try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
      try Data(bytes).write(to: url)
    }
    // The rule with a backtracking expression is left out; lxml is not given it.
    #expect(try Self.backtrackingRules(in: directory) == ["SS-TST-212"])
    let expected = try compare(profile: profile, standard: directory, files: try inputs())
    let findings: [String] = expected.values.flatMap { Array($0) }
    let rules = Set(findings.map { finding in String(finding.prefix { $0 != ":" }) })
    #expect(rules.count >= 17, "\(rules.sorted())")
    // The programme-limited rule fires on the county-funded files, and its notice on the files that name no programme.
    #expect(rules.isSuperset(of: ["SS-TST-211", "SS-SYS-002"]), "\(rules.sorted())")
  }

  /// Parameter ids are the editors' to choose: one named like a variable the export makes up (`ss-whitespace`,
  /// `codelist-divisions`) must not clash with it.
  @Test func parametersNamedLikeTheExportsOwnVariablesDoNotClash() throws {
    var standard = try EditedStandard()
    for (file, old, new) in [
      ("rules/soil.xml", "steep-slope-max", "ss-whitespace"),
      ("rules/greening.xml", "planting-survival-min", "codelist-divisions"),
    ] {
      let text = String(decoding: try #require(standard.files[file]), as: UTF8.self)
      #expect(text.contains(old))
      standard.files[file] = Array(text.replacingOccurrences(of: old, with: new).utf8)
    }
    let directory = try TemporaryDirectory.make("schematron")
    defer { try? FileManager.default.removeItem(at: directory) }
    try standard.write(to: directory)
    let expected = try compare(profile: "unified", standard: directory, files: try inputs())
    #expect(expected.values.contains { $0.contains { $0.hasPrefix("SS-WSC-001:") } })
  }

  @Test func englishMessagesAndStandardOutput() throws {
    let output = try CommandRunner.run(["export", "schematron", "--profile", "unified", "--lang", "en"])
    #expect(output.status == 0 && output.stderr.isEmpty)
    #expect(output.stdout.hasPrefix("<?xml") && output.stdout.contains("— unified</sch:title>"))
    #expect(output.stdout.contains(#"<sch:assert id="SS-FUN-001" role="error""#))
    // 79 is Sichuan's stricter value of the not yet unified parameter.
    #expect(output.stdout.contains(#"<sch:let name="soil-retention-min-2025" value="79"/>"#))
  }

  @Test func usageErrorsExit64AndABrokenStandardExitsTwo() throws {
    #expect(try CommandRunner.run(["export", "schematron"]).status == 64)
    #expect(try CommandRunner.run(["export", "schematron", "--profile", "auto"]).status == 64)
    #expect(try CommandRunner.run(["export", "schematron", "--profile", "guizhou"]).status == 64)
    let file = try TemporaryDirectory.make("schematron").appendingPathComponent("rules.xml")
    try Data("<ruleDocument xmlns=\"urn:shanshui:standard:1\"><rules/>".utf8).write(to: file)
    let broken = try CommandRunner.run(["export", "schematron", "--profile", "sichuan", "--standard", file.path])
    #expect(broken.status == 2 && broken.stdout.isEmpty && broken.stderr.contains("[E201]"))
  }
}
