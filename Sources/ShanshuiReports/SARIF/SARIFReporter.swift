import ShanshuiCore

/// SARIF 2.1.0 (OASIS), for code-scanning tools: one run, the rules that ran in `tool.driver.rules`, one result per
/// finding (suppressed ones included, marked with their suppression), tool errors as invocation notifications.
///
/// Valid against the official schema (`schemas/sarif-schema-2.1.0.json`, definition `Root`; checked in the tests).
public struct SARIFReporter: Renderer {
  public static let identifier = "sarif"
  /// `tool.driver.rules` lists the rules that ran.
  public static let needs: RendererNeeds = .ruleSets
  static let schemaURI = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
  /// The `uriBaseId` artifact URIs are relative to.
  static let baseID = "SRCROOT"
  /// The key of shanshui's fingerprint in `partialFingerprints`; the version changes only if its recipe does.
  static let fingerprintKey = "shanshui/v1"

  public static func render(_ report: Report) -> String {
    JSONText.encode(SARIFLog(report))
  }

  static func level(_ severity: Severity) -> String {
    switch severity {
    case .error: return "error"
    case .warning: return "warning"
    case .info: return "note"
    }
  }
}

/// The SARIF document: `version`, `$schema`, one run.
struct SARIFLog: Encodable {
  var schema = SARIFReporter.schemaURI
  var version = "2.1.0"
  var runs: [SARIFRun]

  enum CodingKeys: String, CodingKey {
    case schema = "$schema"
    case version, runs
  }

  init(_ report: Report) { runs = [SARIFRun(report)] }
}
