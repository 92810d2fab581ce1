import Foundation
import ShanshuiTestSupport
import Testing

/// The README's spatial example (a bundled fixture checked with the bundled synthetic layers) is what `check` prints:
/// the command is read from the README's `sh` block and its output compared with the `text` block below it.
@Suite struct ReadmeSpatialExampleTests {
  /// The `sh` and `text` blocks of the README section "Spatial verification".
  static func example() throws -> (arguments: [String], output: String) {
    let readme = String(decoding: try Repository.bytes("README.md"), as: UTF8.self)
    let section = try #require(readme.components(separatedBy: "## Spatial verification").dropFirst().first)
    let command = try #require(
      section.components(separatedBy: "```sh\n").dropFirst().first?.components(
        separatedBy: "\n```"
      ).first)
    let output = try #require(
      section.components(separatedBy: "```text\n").dropFirst().first?.components(
        separatedBy: "\n```"
      ).first)
    let words = command.replacingOccurrences(of: "\\\n", with: " ").split(separator: " ").map(String.init)
    // `swift run -c release shanshui check …`: the arguments after the executable's name.
    let start = try #require(words.firstIndex(of: "shanshui"))
    return (Array(words[(start + 1)...]), output)
  }

  @Test func theReadmeShowsWhatCheckPrints() throws {
    let (arguments, expected) = try Self.example()
    #expect(arguments.contains("--layer") && arguments.contains { $0.hasPrefix("fixtures/cq-spatial-") })
    let output = try CommandRunner.run(arguments, environment: ["NO_COLOR": "1"])
    #expect(output.status == 0, "\(output.stderr)")
    #expect(output.stdout.trimmingCharacters(in: .newlines) == expected, "\(output.stdout)")
    #expect(expected.contains("[SS-GEO-010]") && expected.contains("[SS-GEO-012]") && expected.contains("重投影"))
  }
}
