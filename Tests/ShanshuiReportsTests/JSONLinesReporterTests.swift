import Foundation
import ShanshuiCore
import ShanshuiReports
import ShanshuiTestSupport
import Testing

/// `--format jsonl`: every line valid against the schema's `$defs/line`, and every record the same object the JSON
/// report has in the same place (the JSON report is the oracle), in the documented order.
@Suite struct JSONLinesReporterTests {
  static func objects(_ text: String) throws -> [[String: Any]] {
    try text.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map { line in
      try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
    }
  }

  static func json(_ report: Report) throws -> [String: Any] {
    let data = Data(JSONReporter.render(report).utf8)
    return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
  }

  static func same(_ left: Any?, _ right: Any?) -> Bool {
    guard let left, let right else { return left == nil && right == nil }
    return NSDictionary(dictionary: ["v": left]).isEqual(to: ["v": right])
  }

  @Test(arguments: [Language.en, .zh])
  func everyLineIsValidAgainstTheSchema(language: Language) throws {
    let text = JSONLinesReporter.render(GoldenReport.make(language))
    #expect(text.hasSuffix("}\n"))
    let lines = text.split(separator: "\n").map(String.init)
    #expect(lines.count > 10)
    #expect(try SchemaValidation.json(lines, schema: "schemas/shanshui-report-1.schema.json", root: "line") == [])
    // Not a rubber stamp: a finding without its rule, a line of an unknown type.
    let invalid = [
      lines.first { $0.contains("\"type\":\"finding\"") }!.replacingOccurrences(of: "\"ruleId\"", with: "\"rule\""),
      #"{"data":{},"type":"match"}"#,
    ]
    #expect(
      try SchemaValidation.json(invalid, schema: "schemas/shanshui-report-1.schema.json", root: "line").count >= 2)
  }

  @Test(arguments: [Language.en, .zh])
  func recordsAreTheJSONReportsObjectsInOrder(language: Language) throws {
    let report = GoldenReport.make(language)
    let lines = try Self.objects(JSONLinesReporter.render(report))
    let json = try Self.json(report)
    let types = lines.map { $0["type"] as? String ?? "?" }
    #expect(types.first == "run" && types.last == "summary")
    #expect(types.filter { $0 == "run" || $0 == "summary" }.count == 2)
    let run = try #require(lines.first?["data"] as? [String: Any])
    for key in ["formatVersion", "tool", "standard", "language"] {
      #expect(Self.same(run[key], json[key]), "run.\(key)")
    }
    #expect(Self.same(lines.last?["data"], json["summary"]))
    let data = { (type: String) in lines.filter { $0["type"] as? String == type }.map { $0["data"] } }
    let files = try #require(json["files"] as? [[String: Any]])
    #expect(Self.same(data("finding"), files.flatMap { $0["findings"] as? [Any] ?? [] }))
    #expect(Self.same(data("suppressed"), files.flatMap { $0["suppressed"] as? [Any] ?? [] }))
    #expect(Self.same(data("diagnostic"), files.flatMap { $0["diagnostics"] as? [Any] ?? [] }))
    #expect(Self.same(data("notChecked"), files.flatMap { $0["notChecked"] as? [Any] ?? [] }))
    #expect(Self.same(data("suppression"), json["suppressions"]))
    #expect(Self.same(data("standardDiagnostic"), json["standardDiagnostics"]))
    // One file line per file, after that file's other lines, with its counts.
    let fileLines = lines.enumerated().filter { $0.element["type"] as? String == "file" }
    #expect(fileLines.count == files.count)
    var previousEnd = 0
    for ((position, line), file) in zip(fileLines, files) {
      let record = try #require(line["data"] as? [String: Any])
      for key in ["path", "status", "projectId", "judgedBy", "profiles", "verdicts"] {
        #expect(Self.same(record[key], file[key]), "file.\(key)")
      }
      let findings = file["findings"] as? [[String: Any]] ?? []
      #expect(record["errors"] as? Int == findings.filter { $0["severity"] as? String == "error" }.count)
      #expect(record["warnings"] as? Int == findings.filter { $0["severity"] as? String == "warning" }.count)
      #expect(record["suppressed"] as? Int == (file["suppressed"] as? [Any])?.count)
      let own = lines[previousEnd..<position].compactMap { ($0["data"] as? [String: Any])?["file"] as? String }
      #expect(own.allSatisfy { $0 == file["path"] as? String }, "\(own)")
      previousEnd = position + 1
    }
  }

  /// The pieces handed to the output are whole lines, and together they are the rendered report.
  @Test func piecesAreWholeLines() {
    let report = GoldenReport.make(.zh)
    var pieces: [String] = []
    JSONLinesReporter.render(report) { pieces.append($0) }
    #expect(pieces.allSatisfy { $0.hasSuffix("\n") && $0.dropLast().allSatisfy { $0 != "\n" } })
    #expect(pieces.joined() == JSONLinesReporter.render(report))
    var textPieces: [String] = []
    TextReporter.render(report) { textPieces.append($0) }
    #expect(textPieces.count > 5 && textPieces.allSatisfy { $0.hasSuffix("\n") })
    #expect(textPieces.joined() == TextReporter.render(report))
  }
}
