import ShanshuiXML

/// A rule document read into values whose references (sources, parameters, codelists) are not yet resolved:
/// documents may refer to each other's declarations.
struct RawDocument {
  struct SourceRef {
    var id: String
    var clause: String?
    var quote: String? = nil
    var location: SourceLocation
  }

  struct ParameterValue {
    var profile: Profile
    var status: Parameter.Status
    var value: Double
    var sources: [SourceRef]
    var reason: LocalizedText?
    var location: SourceLocation
  }

  struct RawParameter {
    var id: String
    var title: LocalizedText
    var unit: QuantityUnit
    var stricter: Parameter.Stricter
    var values: [ParameterValue]
    var location: SourceLocation
  }

  struct RawCodelist {
    var codelist: Codelist
    var sources: [SourceRef]
  }

  struct RawRule {
    var id: String
    var severity: Severity
    var title: LocalizedText
    var message: LocalizedText
    var boundMessages: [BoundSide: LocalizedText]
    /// The rule language version of the rule's document (`ruleDocument/@language`, 1 when absent).
    var language: Int
    var sources: [SourceRef]
    var projectTypes: Set<String>
    var profiles: Set<Profile>
    var programmes: Set<String>
    var context: String
    var contextLocation: SourceLocation
    var check: any RuleCheck
    var checkKind: any RuleCheck.Type
    var examples: [RuleExample]
    var location: SourceLocation
    var waivable: Bool?
  }

  var info: StandardInfo
  var theme: String
  var file: String
  var namespaces: [(prefix: String, uri: String, location: SourceLocation)]
  var sources: [(SourceDocument, SourceLocation)]
  var parameters: [RawParameter]
  var codelists: [RawCodelist]
  /// Reviewer-layer roles (`<layers>`), each with its `<source>` references (resolved when assembled).
  var layers: [(role: LayerRole, sources: [SourceRef])] = []
  var rules: [RawRule]
}
