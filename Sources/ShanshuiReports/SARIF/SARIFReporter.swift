import ShanshuiCore

/// SARIF 2.1.0 (OASIS), for code-scanning tools: one run, the rules that ran in `tool.driver.rules`, one result per
/// finding (suppressed ones included, marked with their suppression), tool errors as invocation notifications.
///
/// Built from the one SARIF model (`SARIF`); valid against the official schema (`schemas/sarif-schema-2.1.0.json`,
/// definition `Root`; checked in the tests).
public struct SARIFReporter: StreamingRenderer {
  public static let identifier = "sarif"
  /// `tool.driver.rules` lists the rules that ran.
  public static let needs: RendererNeeds = .ruleSets
  /// The `uriBaseId` artifact URIs are relative to.
  static let baseID = "SRCROOT"
  /// The key of shanshui's fingerprint in `partialFingerprints`; the version changes only if its recipe does.
  static let fingerprintKey = "shanshui/v1"

  /// Written a result at a time (`JSONSplice`): the log without its results, then each result encoded alone; the
  /// bytes are those of the whole log encoded at once.
  public static func render(_ report: Report, to output: (String) -> Void) {
    let encoder = JSONText.prettyEncoder()
    let run = SARIF.Run(report, results: false)
    let results = SARIF.Run.results(of: report, ruleIndex: SARIF.Run.ruleIndex(run.tool.driver.rules.map(\.id)))
    JSONSplice.write(
      .spliced(
        skeleton: JSONText.encode(SARIF.Log(runs: [run]), encoder: encoder),
        arrays: [
          JSONSplice.Items(key: "results", count: results.count) {
            .whole(JSONText.encode(results.result($0), encoder: encoder))
          }
        ], whole: { JSONText.encode(SARIF.Log(runs: [SARIF.Run(report)]), encoder: encoder) }),
      to: output)
    output("\n")
  }
}
