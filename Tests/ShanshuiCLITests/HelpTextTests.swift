import Foundation
import ShanshuiTestSupport
import Testing

/// Every command's `--help` speaks in what a user types: defaults and values as spelled on the command line, never a
/// Swift value (`one(ShanshuiCore.ProfileSelection.auto)`).
@Suite struct HelpTextTests {
  static let commands: [[String]] = [
    ["check"], ["test"], ["generate"], ["init"], ["harmonize"], ["lint"], ["explain"], ["diff"], ["doc"],
    ["export", "schematron"], ["standard", "versions"], ["geometry", "import"], ["merge"],
  ]

  @Test(arguments: commands) func helpShowsNoSwiftValue(command: [String]) throws {
    let output = try CommandRunner.run(command + ["--help"])
    #expect(output.status == 0, "\(output.stderr)")
    #expect(output.stdout.contains("USAGE: shanshui \(command.joined(separator: " "))"))
    for leak in ["Shanshui", "one(", "forced(", ".auto", "Optional("] {
      #expect(!output.stdout.contains(leak), "\(command) help shows \(leak):\n\(output.stdout)")
    }
  }

  @Test func checkHelpShowsTheProfileDefaultAsTyped() throws {
    let help = try CommandRunner.run(["check", "--help"]).stdout.split(whereSeparator: \.isWhitespace).joined(
      separator: " ")
    #expect(help.contains("default: auto)"), "\(help)")
  }

  /// `--fail-on` accepts every `FailOn` value, and each command that takes it says so (lint's help once forgot info).
  @Test(arguments: [["check"], ["lint"], ["merge"]]) func failOnHelpListsEveryValue(command: [String]) throws {
    let help = try CommandRunner.run(command + ["--help"]).stdout.split(whereSeparator: \.isWhitespace).joined(
      separator: " ")
    let option = try #require(help.range(of: "--fail-on <fail-on>", options: .backwards), "\(help)")
    let text = help[option.upperBound...].prefix(160)
    #expect(text.contains("error, warning, info or never"), "\(command): \(text)")
    for value in ["error", "warning", "info", "never"] {
      let run = try CommandRunner.run(command + ["--fail-on", value, "--help"])
      #expect(run.status == 0, "\(command) --fail-on \(value): \(run.stderr)")
    }
  }
}
