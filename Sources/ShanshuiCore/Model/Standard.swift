import ShanshuiXML

/// Identity of a standard: what every report names.
public struct StandardInfo: Sendable, Codable, Hashable {
  public var id: String
  public var version: String
  public var status: String
  /// ISO date, `YYYY-MM-DD`.
  public var effective: String
  public var title: LocalizedText

  public init(id: String, version: String, status: String, effective: String, title: LocalizedText) {
    self.id = id
    self.version = version
    self.status = status
    self.effective = effective
    self.title = title
  }
}

/// One loaded rule document (a theme).
public struct RuleDocumentInfo: Sendable {
  public var info: StandardInfo
  public var theme: String
  public var file: String
  public var sources: [SourceDocument]
}

/// A loaded, fully checked standard: every XPath compiled, every reference resolved.
///
/// Immutable and `Sendable`: one instance serves every file of a run, on any thread.
public struct Standard: Sendable {
  public var info: StandardInfo
  public var documents: [RuleDocumentInfo]
  public var parameters: [String: Parameter]
  public var codelists: [String: Codelist]
  /// Rules in document order.
  public var rules: [Rule]
  /// Schema every submission is validated against first.
  public var submissionSchema: XMLSchema
  /// What the submission schema allows (values and their names, children, types), for rewriting its errors. Read
  /// from `submissionSchemaBytes` on first use and kept: only a file with a schema error needs it.
  public var submissionSchemaFacts: SubmissionSchemaFacts {
    guard let bytes = submissionSchemaBytes else { return .empty }
    return schemaFacts.value(for: 0) { SubmissionSchemaFacts(schema: bytes) }
  }
  /// The submission schema's bytes, which its facts are read from.
  public internal(set) var submissionSchemaBytes: [UInt8]?
  /// The facts once read (one entry, key 0), shared by every copy of this standard and every thread.
  let schemaFacts = OnceCache<Int, SubmissionSchemaFacts>()
  /// The base submission that rule examples edit.
  public var exampleBase: [UInt8]?
  /// Namespace prefixes for XPath (always `s` and `ss`, plus those the documents declare).
  public var namespaces: [String: String]
  /// What loading noticed without refusing the standard (E213 in rule language 1), in document order.
  public var warnings: [Diagnostic] = []
  /// The reviewer-layer roles the rule documents declare (`<layers>`), by id.
  public var layers: [String: LayerRole] = [:]

  /// The rule with `id`.
  public func rule(_ id: String) -> Rule? { rules.first { $0.id == id } }

  /// The roles spatial rules read, with the rules reading each (standard order).
  public var rulesByLayerRole: [String: [String]] {
    var rules: [String: [String]] = [:]
    for rule in self.rules {
      for role in (rule.check as? any SpatialRuleCheck)?.layerRoles ?? [] { rules[role, default: []].append(rule.id) }
    }
    return rules
  }
}

/// Namespaces of the two formats and of shanshui's XPath functions.
public enum Namespaces {
  public static let submission = "urn:shanshui:submission:1"
  public static let standard = "urn:shanshui:standard:1"
  public static let functions = "urn:shanshui:functions:1"
}
