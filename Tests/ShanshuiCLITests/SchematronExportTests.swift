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

  /// The exported messages read the submission's values (`sch:value-of`) where the check's own message does: for
  /// every fixture finding of a rule whose message names no `{path}` (XPath 1.0 has no path of a node) and whose
  /// export leaves no `…`, lxml's text is shanshui's message, value for value (unit names may follow in shanshui's).
  @Test(arguments: profiles) func exportedMessagesShowTheSubmissionsValues(profile: String) throws {
    let scratch = try TemporaryDirectory.make("schematron-messages")
    let schema = scratch.appendingPathComponent("\(profile).sch")
    let export = try CommandRunner.run(["export", "schematron", "--profile", profile, "--output", schema.path])
    #expect(export.status == 0, "\(export.stderr)")
    let files = try Repository.fixtures().map { "fixtures/" + $0 }
    let lxml = try CommandRunner.run(
      [
        "timeout", "\(Self.lxmlTimeout)", "python3", "scripts/schematron-diff.py", "--messages", "--schema",
        schema.path,
      ]
        + files,
      executable: URL(fileURLWithPath: "/usr/bin/env"))
    try #require(lxml.status == 0, "\(lxml.stderr)")
    var theirs: [String: [String]] = [:]
    for line in lxml.stdout.split(separator: "\n") {
      let fields = line.split(separator: "\t", maxSplits: 2).map(String.init)
      try #require(fields.count == 3, "unexpected line: \(line)")
      theirs["\(fields[0]) \(fields[1])", default: []].append(fields[2])
    }
    let output = try CommandRunner.run(
      ["check", "--profile", profile, "--format", "json", "--fail-on", "never"] + files)
    let root = try #require(try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [String: Any])
    let standard = try String(contentsOf: schema, encoding: .utf8)
    var compared = 0
    for file in try #require(root["files"] as? [[String: Any]]) {
      let path = try #require(file["path"] as? String)
      let findings = try #require(file["findings"] as? [[String: Any]]).filter { $0["spatial"] == nil }
      let byRule = Dictionary(grouping: findings) { $0["ruleId"] as? String ?? "?" }
      for (rule, ruleFindings) in byRule where ruleFindings.count == 1 {
        guard let texts = theirs["\(path) \(rule)"], texts.count == 1,
          let assertion = standard.range(of: "<sch:assert id=\"\(rule)\"")
        else { continue }
        let exported = standard[assertion.lowerBound...].prefix { $0 != "\n" }
        guard !exported.contains("…"), !(Self.messageTemplates[rule]?.contains("{path}") ?? true) else { continue }
        let message = (ruleFindings[0]["message"] as? String ?? "").split(whereSeparator: \.isWhitespace).joined(
          separator: " ")
        // A finding with a message of its own (a value in a unit of another dimension) is not the rule's template.
        let lead = String((Self.messageTemplates[rule] ?? "").prefix { $0 != "{" })
        guard message.hasPrefix(lead) else { continue }
        #expect(message.hasPrefix(String(texts[0].dropFirst(rule.count + 3))), "\(path) \(rule): \(texts[0])")
        compared += 1
      }
    }
    #expect(compared >= 10, "only \(compared) messages compared")
  }

  /// Each rule's Chinese message template, read from the bundled rule documents (the first `<message lang="zh">`
  /// after the rule's opening tag).
  static let messageTemplates: [String: String] = {
    var templates: [String: String] = [:]
    let directory = Repository.url("standards/rules")
    for name in (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
    where name.hasSuffix(".xml") {
      guard let text = try? String(contentsOf: directory.appendingPathComponent(name), encoding: .utf8) else {
        continue
      }
      for chunk in text.components(separatedBy: "<rule id=\"").dropFirst() {
        guard let id = chunk.split(separator: "\"").first,
          let open = chunk.range(of: "<message lang=\"zh\">"),
          let close = chunk.range(of: "</message>", range: open.upperBound..<chunk.endIndex)
        else { continue }
        templates[String(id)] = String(chunk[open.upperBound..<close.lowerBound])
      }
    }
    return templates
  }()

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
