import Foundation
import ShanshuiTestSupport
import Testing

/// Verify mode from the command line: `check --verify-fast-path` (hidden) and `SHANSHUI_VERIFY_FAST_PATH=1` run every
/// fixture under every profile with each fast-path decision also taken by libxml2, and report exactly what a normal
/// run reports (a disagreement would be E400 and exit status 2; FastPathVerifyModeTests injects one).
@Suite struct VerifyFastPathCommandTests {
  static let arguments = ["check", "--profile", "all", "-q", "--lang", "en", "-j", "2", "fixtures"]

  @Test func theFixturesUnderEveryProfileAgreeInVerifyMode() throws {
    let plain = try CommandRunner.run(Self.arguments, environment: ["SHANSHUI_VERIFY_FAST_PATH": "0"])
    #expect(plain.status == 1, "\(plain.stderr)")
    #expect(plain.stdout.contains("files checked against"))
    let flag = try CommandRunner.run(Self.arguments + ["--verify-fast-path"])
    let environment = try CommandRunner.run(Self.arguments, environment: ["SHANSHUI_VERIFY_FAST_PATH": "1"])
    for verified in [flag, environment] {
      #expect(
        !verified.stdout.contains("E400"),
        "\(verified.stdout.split(separator: "\n").filter { $0.contains("E400") }.prefix(5))")
      #expect(verified.status == plain.status)
      #expect(verified.stdout == plain.stdout)
    }
  }

  @Test func everyRuleExampleAgreesInVerifyMode() throws {
    let output = try CommandRunner.run(["test", "--lang", "en"], environment: ["SHANSHUI_VERIFY_FAST_PATH": "1"])
    #expect(output.status == 0, "\(output.stdout.suffix(2000))\(output.stderr)")
    #expect(!output.stdout.contains("E400"))
  }

  @Test func theFlagIsHiddenFromTheHelp() throws {
    #expect(!(try CommandRunner.run(["check", "--help"]).stdout.contains("verify-fast-path")))
    #expect(try CommandRunner.run(["check", "--help-hidden"]).stdout.contains("--verify-fast-path"))
  }
}
