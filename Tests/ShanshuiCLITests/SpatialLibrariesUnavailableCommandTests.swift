import Foundation
import ShanshuiTestSupport
import Testing

/// E600 end to end: the built binary with GEOS pointed at a file that does not exist (`SHANSHUI_GEOS_LIBRARY`, which
/// the loader tries instead of the sonames), on a fixture with geometry and the bundled standard. The spatial rules
/// are not checked, E600 is reported once naming the library, the other rules are still checked, and the exit status
/// is 2 (docs/error-codes.md: every E code makes it 2).
@Suite struct SpatialLibrariesUnavailableCommandTests {
  static let environment = ["SHANSHUI_GEOS_LIBRARY": "/nonexistent"]

  /// The 万州 fixture with a maintenance period of 1 year: SS-MON-004 (not spatial) fails on it.
  static func submission() throws -> URL {
    let directory = try TemporaryDirectory.make("spatial-unavailable")
    let text = String(
      decoding: try Repository.bytes("fixtures/cq-spatial-wanzhou-yangtze-compliant.xml"), as: UTF8.self)
    let edited = text.replacingOccurrences(
      of: #"<period unit="year">3</period>"#, with: #"<period unit="year">1</period>"#)
    #expect(edited != text)
    let url = directory.appendingPathComponent("wanzhou.xml")
    try Data(edited.utf8).write(to: url)
    return url
  }

  @Test func withoutGEOSTheSpatialRulesAreNotCheckedAndTheRestIs() throws {
    let url = try Self.submission()
    defer { try? FileManager.default.removeItem(at: url.deletingLastPathComponent()) }
    let text = try CommandRunner.run(
      ["check", "--lang", "en", url.path], in: url.deletingLastPathComponent(), environment: Self.environment)
    #expect(text.status == 2, "\(text.stdout)\(text.stderr)")
    let e600 = text.stdout.split(separator: "\n").filter { $0.contains("[E600]") }
    #expect(e600.count == 1, "once: \(text.stdout)")
    // The override's path says nothing of the library it stands for: the message names the variable and the package.
    #expect(e600.first?.contains("SHANSHUI_GEOS_LIBRARY=/nonexistent could not be loaded") == true, "\(e600)")
    #expect(e600.first?.contains("install the package libgeos-c1v5") == true, "\(e600)")
    #expect(text.stdout.contains("[SS-MON-004] The maintenance period of 1 years"), "the other rules run")
    for rule in ["SS-GEO-001", "SS-GEO-002", "SS-GEO-003", "SS-GEO-004"] {
      #expect(
        text.stdout.contains("not checked: [\(rule)] spatial libraries unavailable (see E600)"),
        "\(rule): \(text.stdout)")
    }

    let json = try CommandRunner.run(
      ["check", "--lang", "en", "--format", "json", url.path], in: url.deletingLastPathComponent(),
      environment: Self.environment)
    #expect(json.status == 2)
    #expect(try SchemaValidation.json([json.stdout], schema: "schemas/shanshui-report-1.schema.json") == [])
    let root = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
    let file = try #require((root["files"] as? [[String: Any]])?.first)
    let codes = (file["diagnostics"] as? [[String: Any]])?.compactMap { $0["code"] as? String }
    #expect(codes == ["E600"])
    let notChecked = try #require(file["notChecked"] as? [[String: Any]])
    let unavailable = notChecked.filter { $0["reason"] as? String == "libraries-unavailable" }
    #expect(
      Set(unavailable.compactMap { $0["ruleId"] as? String })
        == ["SS-GEO-001", "SS-GEO-002", "SS-GEO-003", "SS-GEO-004"], "\(notChecked)")
    let findings = (file["findings"] as? [[String: Any]])?.compactMap { $0["ruleId"] as? String }
    #expect(findings == ["SS-MON-004"])

    // The same file with the libraries: checked, no E600, the spatial rules judged.
    let normal = try CommandRunner.run(["check", "--lang", "en", url.path], in: url.deletingLastPathComponent())
    #expect(normal.status == 0, "\(normal.stdout)")
    #expect(!normal.stdout.contains("E600") && !normal.stdout.contains("[SS-GEO-001] not checked"))
  }
}
