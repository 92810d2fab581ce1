import Foundation
import ShanshuiTestSupport
import Testing

/// Every command for editors of the standard reports a broken standard the same way as `check`: one line per problem,
/// `file:line[:column]: <severity in the chosen language>: [CODE] message`, and exit status 2.
@Suite struct BrokenStandardCommandsTests {
  static let commands: [[String]] = [
    ["explain", "SS-RIV-001"], ["export", "schematron", "--profile", "unified"], ["test"], ["check", "fixtures"],
    ["init"], ["generate", "--units", "1"],
  ]

  static func brokenStandard() throws -> URL {
    let root = TemporaryDirectory.url("broken")
    var broken = try EditedStandard()
    try broken.replace(
      #"<rule id="SS-GRN-001" severity="error">"#, with: #"<rule id="SS-GRN-001" severity="fatal">"#,
      in: "rules/greening.xml")
    try broken.write(to: root)
    return root
  }

  @Test(arguments: commands.indices) func aBrokenStandardIsReportedInChineseLikeCheck(index: Int) throws {
    let root = try Self.brokenStandard()
    defer { try? FileManager.default.removeItem(at: root) }
    let output = try CommandRunner.run(Self.commands[index] + ["--standard", root.path, "--lang", "zh"])
    // `check` prints its report, problems included, on standard output; the others on standard error.
    let text = output.stdout + output.stderr
    #expect(output.status == 2, "\(text)")
    #expect(text.contains("rules/greening.xml:") && text.contains(": 错误: [E202] "), "\(text)")
    #expect(!text.contains(": error: "), "\(text)")
  }

  @Test func docAndDiffToo() throws {
    let root = try Self.brokenStandard()
    defer { try? FileManager.default.removeItem(at: root) }
    let site = root.appendingPathComponent("site").path
    for arguments in [
      ["doc", "--standard", root.path, "--output", site, "--lang", "zh"],
      ["diff", "standards", root.path, "--lang", "zh"],
    ] {
      let output = try CommandRunner.run(arguments)
      #expect(output.status == 2, "\(arguments): \(output.stderr)")
      #expect(output.stderr.contains(": 错误: [E202] ") && !output.stderr.contains(": error: "), "\(output.stderr)")
    }
  }

  @Test func englishStaysEnglish() throws {
    let root = try Self.brokenStandard()
    defer { try? FileManager.default.removeItem(at: root) }
    let output = try CommandRunner.run(["explain", "SS-RIV-001", "--standard", root.path, "--lang", "en"])
    #expect(output.status == 2 && output.stderr.contains(": error: [E202] "), "\(output.stderr)")
  }
}

/// A standard of rule language 1 with a bound without a unit loads with a warning (E213) on standard error; the
/// report itself and the exit status are those of the check. From rule language 2 the same bound is a load error.
@Suite struct StandardWarningCommandTests {
  static func standard(language2: Bool) throws -> URL {
    let root = TemporaryDirectory.url("warned")
    var edited = try EditedStandard()
    try edited.replace(
      #"<range path="slope" max="$steep-slope-max"/>"#, with: #"<range path="slope" max="25"/>"#,
      in: "rules/soil.xml")
    if language2 {
      try edited.replace(
        #"id="soil" theme="soil""#, with: #"id="soil" theme="soil" language="2""#, in: "rules/soil.xml")
    }
    try edited.write(to: root)
    return root
  }

  @Test func languageOneWarnsAndChecks() throws {
    let root = try Self.standard(language2: false)
    defer { try? FileManager.default.removeItem(at: root) }
    for command in [["check", "fixtures/cq-ssw-three-gorges-compliant.xml"], ["explain", "SS-WSC-001"]] {
      let output = try CommandRunner.run(command + ["--standard", root.path, "--lang", "en"])
      #expect(output.status == 0, "\(command): \(output.stdout)\(output.stderr)")
      #expect(
        output.stderr.contains("rules/soil.xml:") && output.stderr.contains(": warning: [E213] "), "\(output.stderr)")
      #expect(!output.stdout.contains("E213"), "\(output.stdout)")
    }
  }

  @Test func languageTwoRefuses() throws {
    let root = try Self.standard(language2: true)
    defer { try? FileManager.default.removeItem(at: root) }
    let output = try CommandRunner.run(["explain", "SS-WSC-001", "--standard", root.path, "--lang", "en"])
    #expect(output.status == 2)
    #expect(output.stderr.contains(": error: [E213] "), "\(output.stderr)")
  }
}
