import Foundation
import ShanshuiTestSupport
import Testing

/// The README's two-step example (import a GIS file's units and boundary, then check) runs as written: its commands
/// are read from the `sh` block of "From a GIS file to a checked submission", `/tmp/wanzhou.xml` moved to a temporary
/// directory, and what they print compared with the `text` block (the imports whole, the check's summary line).
@Suite struct ReadmeImportExampleTests {
  static let shownPath = "/tmp/wanzhou.xml"

  /// The commands (arguments after `shanshui`) and the expected output, split at the `…` line.
  static func example() throws -> (commands: [[String]], imports: String, summary: String) {
    let readme = String(decoding: try Repository.bytes("README.md"), as: UTF8.self)
    let section = try #require(
      readme.components(separatedBy: "### From a GIS file to a checked submission").dropFirst().first)
    let script = try #require(
      section.components(separatedBy: "```sh\n").dropFirst().first?.components(separatedBy: "\n```").first)
    let output = try #require(
      section.components(separatedBy: "```text\n").dropFirst().first?.components(separatedBy: "\n```").first)
    let commands = script.replacingOccurrences(of: "\\\n", with: " ").split(separator: "\n").map { line in
      let words = line.split(separator: " ").map(String.init)
      return Array(words.drop { $0 != "shanshui" }.dropFirst())
    }
    let parts = output.components(separatedBy: "\n…\n")
    try #require(parts.count == 2)
    return (commands, parts[0], parts[1])
  }

  @Test func theReadmeImportThenCheckRunsAsShown() throws {
    let (commands, imports, summary) = try Self.example()
    #expect(commands.count == 3)
    #expect(commands.prefix(2).allSatisfy { $0.starts(with: ["geometry", "import"]) })
    #expect(commands.last?.first == "check")
    let directory = try TemporaryDirectory.make("readme-import")
    defer { try? FileManager.default.removeItem(at: directory) }
    let target = directory.appendingPathComponent("wanzhou.xml").path
    var printed: [String] = []
    var statuses: [Int32] = []
    var checkOutput = ""
    for command in commands {
      let arguments = command.map { $0 == Self.shownPath ? target : $0 }
      let result = try CommandRunner.run(arguments, environment: ["NO_COLOR": "1"])
      statuses.append(result.status)
      let stdout = result.stdout.replacingOccurrences(of: target, with: Self.shownPath)
      if command.first == "check" { checkOutput = stdout } else { printed.append(stdout) }
    }
    #expect(statuses == [0, 0, 1])
    #expect(printed.joined().trimmingCharacters(in: .newlines) == imports)
    let lines = checkOutput.split(separator: "\n").map(String.init)
    #expect(lines.last == summary)
    // "nine findings first: SS-GEO-001 to 006 and 013", each measured on the imported geometry.
    let findings = lines.filter { $0.hasPrefix(Self.shownPath + ":") && !$0.contains("未检查") }
    #expect(findings.count == 9, "\(checkOutput)")
    let ids = Set(
      findings.compactMap { line -> String? in
        guard let range = line.range(of: #"SS-GEO-\d{3}"#, options: .regularExpression) else { return nil }
        return String(line[range])
      })
    #expect(ids == ["SS-GEO-001", "SS-GEO-002", "SS-GEO-003", "SS-GEO-004", "SS-GEO-005", "SS-GEO-006", "SS-GEO-013"])
  }
}
