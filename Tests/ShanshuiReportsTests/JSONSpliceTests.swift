import Foundation
import ShanshuiCore
import ShanshuiTestSupport
import Testing

@testable import ShanshuiReports

/// The JSON report written a finding at a time is byte for byte the document encoded at once (`JSONSplice` relies
/// on JSONEncoder's pretty printing; these tests hold it to that).
@Suite struct JSONSpliceTests {
  static func whole(_ report: Report) -> String { JSONText.encode(JSONReporter.Document(report)) }

  static func streamed(_ report: Report) -> (text: String, pieces: Int) {
    var text = ""
    var pieces = 0
    JSONReporter.render(report) {
      text += $0
      pieces += 1
    }
    return (text, pieces)
  }

  @Test(arguments: [Language.en, .zh])
  func theGoldenReportIsTheWholeEncoding(language: Language) {
    let report = GoldenReport.make(language)
    let (text, pieces) = Self.streamed(report)
    #expect(text == Self.whole(report))
    #expect(pieces > report.files.count * 2, "written in pieces, not whole")
  }

  /// Generated findings with parameters, notes and the `--profile all` verdict matrix; files without findings,
  /// without suppressed findings, and no files at all.
  @Test func generatedAndEdgeReportsAreTheWholeEncoding() throws {
    var scaled = try ReportScalingTests.report(units: 60, language: .zh)
    #expect(scaled.files.allSatisfy { !$0.findings.isEmpty })
    #expect(Self.streamed(scaled).text == Self.whole(scaled))
    scaled.files.append(FileResult(path: "clean.xml", status: .checked, findings: []))
    scaled.files.insert(FileResult(path: "first-clean.xml", status: .checked, findings: []), at: 0)
    #expect(Self.streamed(scaled).text == Self.whole(scaled))
    var suppressedOnly = GoldenReport.make(.en)
    suppressedOnly.files[0].findings = []
    #expect(!suppressedOnly.files[0].suppressed.isEmpty)
    #expect(Self.streamed(suppressedOnly).text == Self.whole(suppressedOnly))
    var empty = GoldenReport.make(.en)
    empty.files = []
    #expect(Self.streamed(empty).text == Self.whole(empty))
  }

  /// SARIF the same way: the log written a result at a time is the log encoded at once.
  @Test func sarifIsTheWholeEncoding() throws {
    var reports = [
      GoldenReport.make(.en), GoldenReport.make(.zh), try ReportScalingTests.report(units: 60, language: .en),
    ]
    var empty = GoldenReport.make(.en)
    empty.files = []
    reports.append(empty)
    for report in reports {
      var text = ""
      var pieces = 0
      SARIFReporter.render(report) {
        text += $0
        pieces += 1
      }
      #expect(text == JSONText.encode(SARIF.Log(runs: [SARIF.Run(report)])))
      #expect(report.files.isEmpty || pieces > 3)
    }
  }

  struct Leaf: Encodable {
    var name: String
    var empty: [Int] = []
    var nested: [[String]]
    var object: [String: [Int]]
  }

  struct Holder: Encodable {
    var a: [Leaf]
    var b: String
    var c: [Leaf]
    var d: [Int] = []
  }

  /// Items with empty arrays, nested arrays and objects inside, strings with brackets, quotes and escaped newlines:
  /// spliced at any depth, the text is the whole encoding.
  @Test func splicedArraysAtAnyDepthAreTheWholeEncoding() {
    let leaves = (0..<4).map { index in
      Leaf(
        name: "leaf \(index) \"[\n\n]\" : [", nested: index == 2 ? [] : [["x"], []],
        object: index == 1 ? [:] : ["k": [index], "e": []])
    }
    let holder = Holder(a: leaves, b: "\"c\" : [\n\n  ]", c: Array(leaves.reversed()))
    var text = ""
    JSONSplice.write(
      .spliced(
        skeleton: JSONText.encode(Holder(a: [], b: holder.b, c: [])),
        arrays: [
          JSONSplice.Items(key: "a", count: leaves.count) { .whole(JSONText.encode(holder.a[$0])) },
          JSONSplice.Items(key: "c", count: leaves.count) { .whole(JSONText.encode(holder.c[$0])) },
        ], whole: { "not used" })
    ) { text += $0 }
    #expect(text + "\n" == JSONText.encode(holder))
  }

  /// A skeleton without the array where it is looked for (a key renamed, arrays given out of order) is never written
  /// without the items: the whole encoding is written instead.
  @Test func aSkeletonWithoutTheArrayFallsBackToTheWholeValue() {
    let holder = Holder(
      a: [Leaf(name: "x", nested: [], object: [:])], b: "b", c: [Leaf(name: "y", nested: [["z"]], object: [:])])
    let skeleton = JSONText.encode(Holder(a: [], b: holder.b, c: []))
    let items = { (key: String, leaves: [Leaf]) in
      JSONSplice.Items(key: key, count: leaves.count) { .whole(JSONText.encode(leaves[$0])) }
    }
    for arrays in [[items("missing", holder.a)], [items("c", holder.c), items("a", holder.a)]] {
      var text = ""
      JSONSplice.write(.spliced(skeleton: skeleton, arrays: arrays, whole: { JSONText.encode(holder) })) { text += $0 }
      #expect(text + "\n" == JSONText.encode(holder))
    }
  }
}
