import Foundation
import ShanshuiTestSupport
import Testing

/// `shanshui lint` end to end: clean on the bundled standard, findings and exit statuses on a broken copy, and the
/// three formats.
@Suite(.serialized) struct LintCommandTests {
  /// A copy of `standards/` with an unknown parameter in corridors.xml (error), a missing xml-model in karst.xml
  /// (warning), and, when asked, an unparseable wetland.xml.
  func brokenCopy(unparseable: Bool = false) throws -> URL {
    let directory = TemporaryDirectory.url("lint-cli")
    try FileManager.default.copyItem(at: Repository.url("standards"), to: directory)
    // The current version alone: its findings are the injected ones (SL024 on the set of versions has its own tests).
    try FileManager.default.removeItem(at: directory.appendingPathComponent("versions"))
    func edit(_ file: String, _ find: String, _ replace: String) throws {
      let url = directory.appendingPathComponent("rules/" + file)
      let text = try String(contentsOf: url, encoding: .utf8)
      #expect(text.contains(find))
      try text.replacingOccurrences(of: find, with: replace).write(to: url, atomically: true, encoding: .utf8)
    }
    try edit("corridors.xml", #"min="$chemical-min-distance""#, #"min="$chemical-min-distanse""#)
    try edit(
      "karst.xml",
      #"<?xml-model href="../schema/rules.xsd" type="application/xml" schematypens="http://www.w3.org/2001/XMLSchema"?>"#,
      "")
    if unparseable { try edit("wetland.xml", "</rules>", "</rule>") }
    return directory
  }

  /// The manifest and every rule document.
  static func standardFileCount() throws -> Int {
    (try Repository.standardFiles().keys.filter { $0.hasPrefix("rules/") }.count) + 1
  }

  @Test func theBundledStandardIsClean() throws {
    let count = try Self.standardFileCount()
    for arguments in [["lint", "standards"], ["lint", "--standard", "standards"], ["lint"]] {
      let output = try CommandRunner.run(arguments + ["--lang", "en"])
      #expect(output.status == 0, "\(arguments): \(output.stdout)\(output.stderr)")
      #expect(output.stdout == "linted \(count) files: 0 errors, 0 warnings\n")
    }
  }

  @Test func findingsAreCompilerStyleWithTheLintRuleIDAndExit1() throws {
    let directory = try brokenCopy()
    defer { try? FileManager.default.removeItem(at: directory) }
    let output = try CommandRunner.run(["lint", directory.path, "--lang", "en"])
    #expect(output.status == 1, "\(output.stderr)")
    let lines = output.stdout.split(separator: "\n").map(String.init)
    let corridors = try String(contentsOf: directory.appendingPathComponent("rules/corridors.xml"), encoding: .utf8)
    let line =
      try #require(corridors.components(separatedBy: "\n").firstIndex { $0.contains("chemical-min-distanse") }) + 1
    let column =
      try #require(corridors.components(separatedBy: "\n")[line - 1].range(of: "min=")).lowerBound.utf16Offset(
        in: corridors.components(separatedBy: "\n")[line - 1]) + 1
    #expect(
      lines.contains(
        "\(directory.path)/rules/corridors.xml:\(line):\(column): error: [SL004] rule SS-RIV-003 refers to unknown parameter chemical-min-distanse"
      ))
    #expect(lines.contains { $0.hasPrefix("\(directory.path)/rules/karst.xml:1:1: warning: [SL018] ") })
    let count = try Self.standardFileCount()
    #expect(lines.last == "linted \(count) files: 1 error, 1 warning")
    // Warnings alone fail only with --fail-on warning; never never fails.
    #expect(try CommandRunner.run(["lint", directory.path, "--fail-on", "never"]).status == 0)
    #expect(try CommandRunner.run(["lint", directory.path, "--fail-on", "warning"]).status == 1)
    let chinese = try CommandRunner.run(["lint", "--standard", directory.path])
    #expect(chinese.stdout.contains(": 错误: [SL004] 规则 SS-RIV-003 引用了未定义的参数 chemical-min-distanse"))
  }

  @Test func anUnparseableFileExits2AndTheOthersAreStillLinted() throws {
    let directory = try brokenCopy(unparseable: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    let output = try CommandRunner.run(["lint", directory.path, "--lang", "en"])
    #expect(output.status == 2)
    #expect(output.stdout.contains("rules/wetland.xml:") && output.stdout.contains("error: [E201]"))
    #expect(output.stdout.contains("[SL004]") && output.stdout.contains("[SL018]"))
  }

  @Test func jsonHasEveryFindingWithItsPosition() throws {
    let directory = try brokenCopy()
    defer { try? FileManager.default.removeItem(at: directory) }
    let output = try CommandRunner.run(["lint", directory.path, "--format", "json", "--lang", "en"])
    #expect(output.status == 1)
    let root = try #require(try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [String: Any])
    #expect(root["formatVersion"] as? Int == 1)
    #expect(root["summary"] as? [String: Int] == ["errors": 1, "warnings": 1, "problems": 0])
    let findings = try #require(root["findings"] as? [[String: Any]])
    #expect(findings.map { $0["id"] as? String } == ["SL004", "SL018"])
    #expect(
      findings.allSatisfy { ($0["line"] as? Int ?? 0) > 0 && ($0["column"] as? Int ?? 0) > 0 && $0["file"] is String })
    #expect(findings.first?["name"] as? String == "unknown-parameter")
  }

  @Test func sarifIsAMinimalValidLog() throws {
    let directory = try brokenCopy(unparseable: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    let output = try CommandRunner.run(["lint", directory.path, "--format", "sarif", "--lang", "en"])
    #expect(output.status == 2)
    let root = try #require(try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [String: Any])
    #expect(root["version"] as? String == "2.1.0")
    #expect((root["$schema"] as? String)?.hasSuffix("sarif-schema-2.1.0.json") == true)
    let run = try #require((root["runs"] as? [[String: Any]])?.first)
    let driver = try #require((run["tool"] as? [String: Any])?["driver"] as? [String: Any])
    #expect(driver["name"] as? String == "shanshui lint" && driver["informationUri"] is String)
    let rules = try #require(driver["rules"] as? [[String: Any]])
    #expect(rules.count == 26)
    for rule in rules {
      #expect(rule["id"] is String && rule["name"] is String)
      #expect((rule["shortDescription"] as? [String: String])?["text"]?.isEmpty == false)
      #expect((rule["fullDescription"] as? [String: String])?["text"]?.isEmpty == false)
      #expect(["error", "warning"].contains((rule["defaultConfiguration"] as? [String: String])?["level"] ?? ""))
    }
    let results = try #require(run["results"] as? [[String: Any]])
    #expect(results.count == 2)
    for result in results {
      let id = try #require(result["ruleId"] as? String)
      let index = try #require(result["ruleIndex"] as? Int)
      #expect(rules[index]["id"] as? String == id)
      #expect(["error", "warning"].contains(result["level"] as? String ?? ""))
      #expect((result["message"] as? [String: String])?["text"]?.isEmpty == false)
      let physical = try #require(
        ((result["locations"] as? [[String: Any]])?.first)?["physicalLocation"] as? [String: Any])
      let uri = try #require((physical["artifactLocation"] as? [String: String])?["uri"])
      #expect(uri.hasPrefix("file:///") && uri.hasSuffix(".xml"))
      let region = try #require(physical["region"] as? [String: Int])
      #expect((region["startLine"] ?? 0) > 0 && (region["startColumn"] ?? 0) > 0)
    }
    let invocation = try #require((run["invocations"] as? [[String: Any]])?.first)
    #expect(invocation["executionSuccessful"] as? Bool == false)
    let notifications = try #require(invocation["toolExecutionNotifications"] as? [[String: Any]])
    #expect(notifications.contains { ($0["descriptor"] as? [String: String])?["id"] == "E201" })
    #expect(try SchemaValidation.sarif([output.stdout]) == [])
  }

  /// A relative path stays relative, percent-encoded like `check`'s SARIF: a `:` in the first segment would otherwise
  /// read as a URI scheme, a space or a Chinese name as an invalid URI.
  @Test func aRelativePathStaysARelativeURI() throws {
    let directory = try brokenCopy(unparseable: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    let parent = directory.deletingLastPathComponent()
    let name = "lint:标准 \(UUID().uuidString)"
    try FileManager.default.moveItem(at: directory, to: parent.appendingPathComponent(name))
    defer { try? FileManager.default.removeItem(at: parent.appendingPathComponent(name)) }
    let output = try CommandRunner.run(["lint", name, "--format", "sarif"], in: parent)
    #expect(output.status == 2, "\(output.stderr)")
    let root = try #require(try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [String: Any])
    let run = try #require((root["runs"] as? [[String: Any]])?.first)
    let results = try #require(run["results"] as? [[String: Any]])
    let notifications = try #require(
      ((run["invocations"] as? [[String: Any]])?.first)?["toolExecutionNotifications"] as? [[String: Any]])
    let locations = (results + notifications).compactMap { ($0["locations"] as? [[String: Any]])?.first }
    let uris = locations.compactMap {
      (($0["physicalLocation"] as? [String: Any])?["artifactLocation"] as? [String: String])?["uri"]
    }
    #expect(uris.count == 3)
    for uri in uris { #expect(uri.hasPrefix("lint%3A%E6%A0%87%E5%87%86%20") && uri.hasSuffix(".xml"), "\(uri)") }
    #expect(try SchemaValidation.sarif([output.stdout]) == [])
  }

  /// `lint FILE`: the document in the context of its standard (found above it, or --standard), only its findings.
  @Test func aRuleDocumentIsLintedInItsStandard() throws {
    let clean = try CommandRunner.run(["lint", "standards/rules/funding.xml", "--lang", "en"])
    #expect(clean.status == 0, "\(clean.stdout)\(clean.stderr)")
    #expect(clean.stdout == "linted 1 file: 0 errors, 0 warnings\n")
    let two = try CommandRunner.run(["lint", "standards/rules/funding.xml", "standards/rules/spatial.xml"])
    #expect(two.status == 0 && two.stdout == "检查标准文件 2 个：错误 0，警告 0\n", "\(two.stdout)\(two.stderr)")

    let directory = try brokenCopy()
    defer { try? FileManager.default.removeItem(at: directory) }
    let parent = directory.deletingLastPathComponent()
    let name = directory.lastPathComponent
    let corridors = try CommandRunner.run(["lint", name + "/rules/corridors.xml", "--lang", "en"], in: parent)
    #expect(corridors.status == 1)
    let lines = corridors.stdout.split(separator: "\n").map(String.init)
    #expect(lines.count == 2, "\(corridors.stdout)")
    #expect(lines.first?.hasPrefix(name + "/rules/corridors.xml:") == true && lines.first?.contains("[SL004]") == true)
    #expect(lines.last == "linted 1 file: 1 error, 0 warnings")
    let karst = try CommandRunner.run(
      ["lint", name + "/rules/karst.xml", "--standard", name, "--fail-on", "warning", "--lang", "en"], in: parent)
    #expect(karst.status == 1 && karst.stdout.contains("[SL018]") && !karst.stdout.contains("[SL004]"))

    let foreign = try CommandRunner.run(["lint", "standards/rules/soil.xml", "--standard", directory.path])
    #expect(foreign.status == 64)
    #expect(foreign.stderr.contains("不是标准") || foreign.stderr.contains("is not a file of the standard"))
  }

  @Test func givingTheStandardTwiceIsAUsageError() throws {
    let output = try CommandRunner.run(["lint", "standards", "--standard", "standards"])
    #expect(output.status == 64)
    #expect(output.stderr.contains("give the standard once"))
  }

  @Test func outputGoesToAFile() throws {
    let file = FileManager.default.temporaryDirectory.appendingPathComponent("shanshui-lint-\(UUID().uuidString).json")
    defer { try? FileManager.default.removeItem(at: file) }
    let output = try CommandRunner.run(["lint", "standards", "--format", "json", "--output", file.path])
    #expect(output.status == 0 && output.stdout.isEmpty)
    let root = try JSONSerialization.jsonObject(with: Data(contentsOf: file)) as? [String: Any]
    let count = try Self.standardFileCount()
    #expect((root?["files"] as? [String])?.count == count)
  }
}
