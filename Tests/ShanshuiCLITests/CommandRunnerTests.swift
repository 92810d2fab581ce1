import Foundation
import ShanshuiTestSupport
import Testing

/// The test runner itself: a child that fills standard error before it writes standard output must not hang it.
@Suite struct CommandRunnerTests {
  @Test func aFullStandardErrorPipeDoesNotBlockTheChild() throws {
    let script = "head -c 300000 /dev/zero | tr '\\0' e >&2; head -c 300000 /dev/zero | tr '\\0' o; cat"
    let output = try CommandRunner.run(
      ["-c", script], input: Data("in".utf8), executable: URL(fileURLWithPath: "/bin/sh"))
    #expect(output.status == 0)
    #expect(output.stderr.count == 300_000 && output.stderr.allSatisfy { $0 == "e" })
    #expect(output.stdout == String(repeating: "o", count: 300_000) + "in")
  }
}
