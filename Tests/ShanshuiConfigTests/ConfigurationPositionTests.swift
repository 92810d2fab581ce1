import Foundation
import ShanshuiConfig
import ShanshuiCore
import ShanshuiTestSupport
import Testing

/// Configuration problems are placed as every report places them: lines ended by LF, CR LF or CR alike, columns in
/// Unicode code points (Yams/libyaml count characters, not bytes).
@Suite struct ConfigurationPositionTests {
  @Test(arguments: ["\n", "\r\n", "\r"])
  func problemsAfterCJKAndExtensionBText(lineEnd: String) throws {
    let directory = try TemporaryDirectory.make("config-positions")
    let file = directory.appendingPathComponent(".shanshui.yml")
    // "maybe" is at column 40: 2 spaces, "SS-RIV-006: {" (13), "reason: " (8), "\"汉字𠀀\"" (5), ", " (2),
    // "disable: " (9). In UTF-8 bytes it would be 48.
    let yaml = ["rules:", "  SS-RIV-006: {reason: \"汉字𠀀\", disable: maybe}", ""].joined(separator: lineEnd)
    try Data(yaml.utf8).write(to: file)
    guard case .failure(let error) = Configuration.load(path: file.path) else {
      Issue.record("accepted an invalid configuration")
      return
    }
    let positions = error.diagnostics.map { "\($0.location.line):\($0.location.column)" }.sorted()
    #expect(positions == ["2:3", "2:40"], "\(error.diagnostics.map { $0.message.text(.en) })")
  }
}
