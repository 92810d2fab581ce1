import Foundation
import ShanshuiCore
import ShanshuiReports
import ShanshuiTestSupport
import Testing

/// `ReportMerge` on small reports written here: SARIF's index re-mapping, counts, what the exit status is derived
/// from, and every refusal (E700–E702) naming its report.
@Suite struct ReportMergeTests {
  static func text(_ value: Any) -> [UInt8] {
    // Empty when the value is not JSON, which every test then fails on: no crash in the test process.
    (try? JSONSerialization.data(withJSONObject: value, options: [.sortedKeys])).map { Array($0) } ?? []
  }

  static func summary(files: Int, errors: Int = 0, notChecked: Int = 0, toolErrors: Int = 0) -> [String: Any] {
    [
      "files": files, "checked": files - notChecked, "notChecked": notChecked, "errors": errors, "warnings": 0,
      "infos": 0, "toolErrors": toolErrors, "suppressed": 0,
    ]
  }

  static func shard(_ index: Int, _ count: Int, profile: String = "auto") -> [String: Any] {
    ["index": index, "count": count, "profile": profile]
  }

  /// A JSON report of `check` with one error finding per file, and `problems` as the standard's diagnostics.
  static func json(
    _ paths: [String], shard: [String: Any]?, version: String = "0.2.0", problems: [String] = [],
    brokenFiles: Set<String> = []
  ) -> [UInt8] {
    var report: [String: Any] = [
      "formatVersion": 1, "tool": ["name": "shanshui", "version": "0.1.0"], "language": "en",
      "standard": ["id": "chengyu", "version": version, "status": "draft", "effective": "2026-01-01", "title": "T"],
      "summary": summary(
        files: paths.count, errors: paths.count - brokenFiles.count, notChecked: brokenFiles.count,
        toolErrors: problems.count + brokenFiles.count),
      "standardDiagnostics": problems.map { ["code": "E202", "message": $0, "file": "standards/x.xml"] },
      "files": paths.map { path in
        [
          "path": path, "status": brokenFiles.contains(path) ? "notChecked" : "checked", "profiles": ["chongqing"],
          "findings": brokenFiles.contains(path)
            ? [] : [["ruleId": "SS-A-001", "severity": "error", "file": path, "line": 3]],
          "diagnostics": brokenFiles.contains(path) ? [["code": "E101", "message": "truncated", "file": path]] : [],
          "suppressed": [],
        ] as [String: Any]
      },
      "suppressions": [],
    ]
    report["shard"] = shard
    return text(report)
  }

  /// A SARIF log of `check`: `rules` by id, `results` as (rule id, file, suppressed), `artifacts` when given (then
  /// results point at them by index).
  static func sarif(
    rules: [String], results: [(String, String, Bool)], shard: [String: Any]?, artifacts: [String]? = nil,
    notifications: [String] = []
  ) -> [UInt8] {
    func location(_ file: String) -> [String: Any] {
      let artifact: [String: Any] =
        artifacts.flatMap { list in list.firstIndex(of: file).map { ["index": $0] } } ?? ["uri": file]
      return ["physicalLocation": ["artifactLocation": artifact.merging(["uriBaseId": "SRCROOT"]) { a, _ in a }]]
    }
    var run: [String: Any] = [
      "tool": ["driver": ["name": "shanshui", "version": "0.1.0", "rules": rules.map { ["id": $0, "name": $0] }]],
      "results": results.map { rule, file, suppressed -> [String: Any] in
        var result: [String: Any] = [
          "ruleId": rule, "ruleIndex": rules.firstIndex(of: rule)!, "level": "error", "message": ["text": rule],
          "locations": [location(file)],
        ]
        if suppressed { result["suppressions"] = [["kind": "external", "justification": "baseline"]] }
        return result
      },
      "invocations": [
        [
          "executionSuccessful": notifications.isEmpty,
          "toolExecutionNotifications": notifications.map { file in
            ["level": "error", "message": ["text": "bad"], "descriptor": ["id": "E101"], "locations": [location(file)]]
          },
        ]
      ],
      "language": "en",
      "properties": ["summary": summary(files: 1, errors: results.count, toolErrors: notifications.count)],
    ]
    if let artifacts { run["artifacts"] = artifacts.map { ["location": ["uri": $0, "uriBaseId": "SRCROOT"]] } }
    if let shard {
      run["properties"] = [
        "summary": summary(files: 1, errors: results.count, toolErrors: notifications.count), "shard": shard,
      ]
    }
    return text(["version": "2.1.0", "$schema": "https://json.schemastore.org/sarif-2.1.0.json", "runs": [run]])
  }

  static func merge(_ reports: [(String, [UInt8])], format: ReportMerge.Format? = nil) throws -> ReportMerge.Merged {
    try ReportMerge.merge(reports.map { ReportMerge.Input(name: $0.0, bytes: $0.1) }, format: format).get()
  }

  static func refusal(_ reports: [(String, [UInt8])], format: ReportMerge.Format? = nil) -> [Diagnostic] {
    guard
      case .failure(let refusal) = ReportMerge.merge(
        reports.map { ReportMerge.Input(name: $0.0, bytes: $0.1) }, format: format)
    else { return [] }
    return refusal.problems
  }

  @Test func sarifRulesAreUnitedSortedAndEveryRuleIndexReMapped() throws {
    let one = Self.sarif(rules: ["SS-B", "SS-D"], results: [("SS-D", "b.xml", false)], shard: Self.shard(1, 2))
    let two = Self.sarif(
      rules: ["SS-A", "SS-C", "SS-D"], results: [("SS-A", "a.xml", false), ("SS-D", "c.xml", true)],
      shard: Self.shard(2, 2))
    let merged = try Self.merge([("two.sarif", two), ("one.sarif", one)])
    let run = try JSONTree(parsing: merged.text)["runs"][0]
    #expect(run["tool"]["driver"]["rules"].array.compactMap { $0["id"].string } == ["SS-A", "SS-B", "SS-C", "SS-D"])
    let results = run["results"].array
    // In file order, whichever shard held the file; each index names its own rule in the merged array.
    #expect(
      results.compactMap { $0["locations"][0]["physicalLocation"]["artifactLocation"]["uri"].string } == [
        "a.xml", "b.xml", "c.xml",
      ])
    #expect(results.compactMap { $0["ruleIndex"].int } == [0, 3, 3])
    for result in results {
      #expect(run["tool"]["driver"]["rules"][result["ruleIndex"].int ?? -1]["id"].string == result["ruleId"].string)
    }
    // The suppressed result keeps its suppression, and is not counted for the exit status.
    #expect(results[2]["suppressions"][0]["justification"].string == "baseline")
    #expect(merged.severities == [.error, .error])
    #expect(run["properties"]["summary"]["errors"].int == 3)
    #expect(!run["properties"]["shard"].exists && !run["automationDetails"].exists)
  }

  @Test func sarifArtifactsAreDeduplicatedAndEveryArtifactIndexReMapped() throws {
    let one = Self.sarif(
      rules: ["SS-A"], results: [("SS-A", "a.xml", false), ("SS-A", "shared.xml", false)], shard: Self.shard(1, 2),
      artifacts: ["a.xml", "shared.xml"])
    let two = Self.sarif(
      rules: ["SS-A"], results: [("SS-A", "b.xml", false)], shard: Self.shard(2, 2),
      artifacts: ["shared.xml", "b.xml"], notifications: ["shared.xml"])
    let merged = try Self.merge([("one.sarif", one), ("two.sarif", two)])
    let run = try JSONTree(parsing: merged.text)["runs"][0]
    let artifacts = run["artifacts"].array.compactMap { $0["location"]["uri"].string }
    #expect(artifacts == ["a.xml", "shared.xml", "b.xml"])
    func index(_ value: JSONTree) -> Int? { value["locations"][0]["physicalLocation"]["artifactLocation"]["index"].int }
    #expect(run["results"].array.compactMap(index) == [0, 1, 2])
    #expect(index(run["invocations"][0]["toolExecutionNotifications"][0]) == 1)
    // One invocation: successful only if every shard's was.
    #expect(run["invocations"].count == 1)
    #expect(run["invocations"][0]["executionSuccessful"].bool == false)
    #expect(!merged.isComplete)
  }

  @Test func countsAreSummedAndTheStandardsProblemsCountedOnce() throws {
    let one = Self.json(["a.xml", "c.xml"], shard: Self.shard(1, 2), problems: ["bad rule"])
    let two = Self.json(["b.xml"], shard: Self.shard(2, 2), problems: ["bad rule"], brokenFiles: ["b.xml"])
    let merged = try Self.merge([("two.json", two), ("one.json", one)])
    let report = try JSONTree(parsing: merged.text)
    #expect(report["files"].array.compactMap { $0["path"].string } == ["a.xml", "b.xml", "c.xml"])
    #expect(report["standardDiagnostics"].count == 1)
    let summary = report["summary"]
    #expect(summary["files"].int == 3 && summary["errors"].int == 2 && summary["notChecked"].int == 1)
    #expect(summary["toolErrors"].int == 2)  // the standard's problem once, b.xml's once
    #expect(!report["shard"].exists)
    #expect(!merged.isComplete)
    #expect(merged.severities == [.error, .error])
  }

  @Test func aCompleteMergeWithoutFindingsIsClean() throws {
    let merged = try Self.merge([("one.json", Self.json([], shard: Self.shard(1, 1)))])
    #expect(merged.isComplete && merged.severities.isEmpty)
    #expect(try JSONTree(parsing: merged.text)["summary"]["files"].int == 0)
  }

  /// What cannot be one run is refused, every problem naming its report, with its code.
  @Test func reportsOfDifferentRunsAreRefused() throws {
    let json1 = Self.json(["a.xml"], shard: Self.shard(1, 2))
    let json2 = Self.json(["b.xml"], shard: Self.shard(2, 2))
    let sarif2 = Self.sarif(rules: ["SS-A"], results: [], shard: Self.shard(2, 2))
    let cases: [(String, [(String, [UInt8])], ReportMerge.Format?, ErrorCode, String)] = [
      ("not JSON", [("1.json", json1), ("2.json", Array("<xml/>".utf8))], nil, .reportUnreadable, "2.json"),
      (
        "JSON of someone else", [("1.json", json1), ("2.json", Self.text(["formatVersion": 3]))], nil,
        .reportUnreadable, "2.json"
      ),
      (
        "SARIF of another tool",
        [("1.sarif", Self.text(["version": "2.1.0", "runs": [["tool": ["driver": ["name": "x"]]]]]))],
        nil, .reportUnreadable, "1.sarif"
      ),
      ("JSON and SARIF", [("1.json", json1), ("2.sarif", sarif2)], nil, .reportsIncompatible, "2.sarif"),
      ("not the --format asked", [("1.json", json1), ("2.json", json2)], .sarif, .reportsIncompatible, "1.json"),
      (
        "another standard version",
        [("1.json", json1), ("2.json", Self.json(["b.xml"], shard: Self.shard(2, 2), version: "0.3.0"))],
        nil, .reportsIncompatible, "2.json"
      ),
      (
        "another profile",
        [("1.json", json1), ("2.json", Self.json(["b.xml"], shard: Self.shard(2, 2, profile: "sichuan")))],
        nil, .reportsIncompatible, "2.json"
      ),
      (
        "a rule described differently",
        [
          ("1.sarif", Self.sarif(rules: ["SS-A"], results: [], shard: Self.shard(1, 2))),
          (
            "2.sarif",
            Self.text([
              "version": "2.1.0",
              "runs": [
                [
                  "tool": [
                    "driver": ["name": "shanshui", "version": "0.1.0", "rules": [["id": "SS-A", "name": "other"]]]
                  ], "results": [], "invocations": [["executionSuccessful": true]], "language": "en",
                  "properties": ["summary": Self.summary(files: 0), "shard": Self.shard(2, 2)],
                ]
              ],
            ])
          ),
        ], nil, .reportsIncompatible, "2.sarif"
      ),
      (
        "a shard twice", [("1.json", json1), ("1-again.json", json1), ("2.json", json2)], nil, .shardsIncomplete,
        "1-again.json"
      ),
      ("a shard missing", [("1.json", json1)], nil, .shardsIncomplete, "1.json"),
      (
        "shards of different N", [("1.json", json1), ("3.json", Self.json(["c.xml"], shard: Self.shard(3, 3)))], nil,
        .shardsIncomplete, "3.json"
      ),
      (
        "a whole run among shards",
        [("1.json", json1), ("2.json", json2), ("whole.json", Self.json(["c.xml"], shard: nil))],
        nil, .shardsIncomplete, "whole.json"
      ),
      (
        "one file in two reports", [("1.json", json1), ("2.json", Self.json(["a.xml"], shard: Self.shard(2, 2)))], nil,
        .shardsIncomplete, "2.json"
      ),
    ]
    for (label, reports, format, code, file) in cases {
      let problems = Self.refusal(reports, format: format)
      // Every problem is found, not only the first: the one named here comes first.
      #expect(!problems.isEmpty && problems.allSatisfy { $0.code == code }, "\(label): \(problems)")
      #expect(problems.first?.location.file == file, "\(label): \(problems)")
    }
  }
}
