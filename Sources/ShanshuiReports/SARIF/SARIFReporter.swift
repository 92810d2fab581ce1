import ShanshuiCore

/// SARIF 2.1.0 (OASIS), for code-scanning tools: one run, the rules that ran in `tool.driver.rules`, one result per
/// finding (suppressed ones included, marked with their suppression), tool errors as invocation notifications.
///
/// Built from the one SARIF model (`SARIF`); valid against the official schema (`schemas/sarif-schema-2.1.0.json`,
/// definition `Root`; checked in the tests).
public struct SARIFReporter: Renderer {
  public static let identifier = "sarif"
  /// `tool.driver.rules` lists the rules that ran.
  public static let needs: RendererNeeds = .ruleSets
  /// The `uriBaseId` artifact URIs are relative to.
  static let baseID = "SRCROOT"
  /// The key of shanshui's fingerprint in `partialFingerprints`; the version changes only if its recipe does.
  static let fingerprintKey = "shanshui/v1"

  public static func render(_ report: Report) -> String {
    JSONText.encode(SARIF.Log(runs: [SARIF.Run(report)]))
  }
}
