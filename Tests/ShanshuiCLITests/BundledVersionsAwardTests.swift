import Foundation
import ShanshuiTestSupport
import Testing

/// The bundled versions judge the same project differently where the rules changed: a 山水工程 of 30亿 with 12亿 of
/// central award exceeds the 2021 measures' second-tier cap of 10亿 (0.1.0, calls until 2025) but not the revised
/// measures' 75 % / 20亿 (0.2.0, calls from 2026). Only the call year differs between the two files.
@Suite struct BundledVersionsAwardTests {
  static func submission(callYear: Int, in directory: URL) throws -> String {
    var text = String(decoding: try Repository.bytes("standards/examples/base-submission.xml"), as: UTF8.self)
    text = text.replacingOccurrences(of: "callYear=\"2026\"", with: "callYear=\"\(callYear)\"")
    text = text.replacingOccurrences(
      of: "<source kind=\"central\" unit=\"wan-yuan\">100000</source>",
      with: "<source kind=\"central\" unit=\"wan-yuan\">120000</source>")
    text = text.replacingOccurrences(
      of: "<source kind=\"municipal\" unit=\"wan-yuan\">120000</source>",
      with: "<source kind=\"municipal\" unit=\"wan-yuan\">100000</source>")
    let path = directory.appendingPathComponent("ssw-\(callYear).xml").path
    try Data(text.utf8).write(to: URL(fileURLWithPath: path))
    return path
  }

  @Test func theAwardCapOfTheCallYearsVersionDecides() throws {
    let directory = try TemporaryDirectory.make("bundled-versions-award")
    let file2025 = try Self.submission(callYear: 2025, in: directory)
    let file2026 = try Self.submission(callYear: 2026, in: directory)
    let output = try CommandRunner.run(
      ["check", "--no-config", "--lang", "en", "--profile", "chongqing", "-j", "1", file2025, file2026])
    let lines = output.stdout.split(separator: "\n").map(String.init)
    let findings2025 = lines.filter { $0.hasPrefix(file2025 + ":") && $0.contains("[SS-") }
    let findings2026 = lines.filter { $0.hasPrefix(file2026 + ":") && $0.contains("[SS-") }
    #expect(findings2025.contains { $0.contains("[SS-FUN-003]") }, "\(output.stdout)")
    #expect(!findings2026.contains { $0.contains("[SS-FUN-003]") }, "\(output.stdout)")
    #expect(lines.contains { $0.hasPrefix("\(file2025): judged by 0.1.0 (effective 2021-11-10)") }, "\(output.stdout)")
    #expect(output.status == 1)
    // --as-of puts both under one version: the 2026 rules pass both files' award.
    let asOf = try CommandRunner.run(
      ["check", "--no-config", "--lang", "en", "--profile", "chongqing", "--as-of", "2026-03-01", file2025, file2026])
    #expect(!asOf.stdout.contains("[SS-FUN-003]"), "\(asOf.stdout)")
  }

  /// Format 2's `callDate` picks the version more precisely than `callYear`: a call of 2025-12-20 is judged by 0.1.0
  /// although the submission names the year it is filed in, 2026.
  @Test func theCallDateOutranksTheCallYear() throws {
    let directory = try TemporaryDirectory.make("bundled-versions-call-date")
    let path = try Self.submission(callYear: 2026, in: directory)
    var text = try String(contentsOfFile: path, encoding: .utf8)
    text = text.replacingOccurrences(of: "formatVersion=\"1\"", with: "formatVersion=\"2\"")
    text = text.replacingOccurrences(of: "callYear=\"2026\"", with: "callYear=\"2026\" callDate=\"2025-12-20\"")
    try Data(text.utf8).write(to: URL(fileURLWithPath: path))
    let output = try CommandRunner.run(["check", "--no-config", "--lang", "en", "--profile", "chongqing", path])
    #expect(output.stderr.isEmpty, "\(output.stderr)")
    #expect(
      output.stdout.contains("\(path): judged by 0.1.0 (effective 2021-11-10): the call date of programme central-ssw"),
      "\(output.stdout)")
    #expect(output.stdout.contains("[SS-FUN-003]"), "\(output.stdout)")
  }

  /// Check takes the same version options as the other commands: a date and a version together are a usage error.
  @Test func asOfAndStandardVersionTogetherAreAUsageError() throws {
    let output = try CommandRunner.run(
      ["check", "--no-config", "--as-of", "2026-01-01", "--standard-version", "0.1.0", "fixtures"])
    #expect(output.status == 64)
    #expect(output.stderr.contains("give --standard-version or --as-of, not both"), "\(output.stderr)")
  }
}
