import ShanshuiXML

/// One check kind of the rule language (`required`, `range`, …): parsed from its element, evaluated per context node.
///
/// A kind is one compiler-checked unit: each lives in its own folder (`Checks/<Kind>/`), its facets in extensions
/// of their own files (declaration, wording, static problems, Schematron form), none with a default, so a kind that
/// lacks one does not compile; where a facet does not apply, the kind says so in that file. `CheckKinds.all` is the
/// only list of kinds, and its `description` carries an example rule that the tests run through every facet.
public protocol RuleCheck: Sendable, CheckDeclaring, CheckWording, CheckLinting, CheckSchematron {
  /// The kind's element name, its summary and a complete example rule.
  static var description: CheckKindDescription { get }

  /// Builds the check from its element in a rule document.
  init(element: CheckElement) throws(Diagnostic)

  /// Parameters the check reads (their absence under a profile means the rule does not apply there).
  var parameterIDs: [String] { get }
  /// Codelists the check reads.
  var codelistIDs: [String] { get }
  /// The simple paths the check reads, relative to the context node (none for `assert`).
  var readPaths: [SimplePath] { get }
  /// The bounds a failure can name as crossed (`CheckFailure.bound`, `<message bound="min|max">`).
  var boundSides: [BoundSide] { get }

  /// Runs the check on one context node; returns one failure per offending node.
  func evaluate(at node: XMLNode, in context: CheckContext) throws(XPathError) -> [CheckFailure]
}

extension RuleCheck {
  /// Checks that every parameter bound shares a dimension with `unit`.
  func unitProblems(bounds: [Bound?], unit: QuantityUnit?, parameters: [String: Parameter]) -> [LocalizedText] {
    guard let unit else { return [] }
    return bounds.compactMap { $0?.parameterID }.compactMap { id in
      guard let parameter = parameters[id], parameter.unit.dimension != unit.dimension else { return nil }
      return LocalizedText(
        zh: "检查单位 \(unit.id) 与参数 \(id) 的单位 \(parameter.unit.id) 量纲不同",
        en: "the check's unit \(unit.id) and parameter \(id)'s unit \(parameter.unit.id) measure different things")
    }
  }
}

/// What a check kind is, for docs and `explain`, with an example rule that the tests run.
public struct CheckKindDescription: Sendable {
  /// The element name in rule documents.
  public var name: String
  public var summary: LocalizedText
  /// Placeholders the kind fills in, besides `{profile}`, `{path}` and `{param:ID}`.
  public var placeholders: Set<String>
  /// A complete `<rule>` element (with a passing and a failing example) in the rule-document namespace.
  public var exampleRule: String
}

/// Everything a check needs while it runs on one node under one profile.
public struct CheckContext {
  public var profile: Profile
  /// Parameter values under `profile`.
  public var parameters: [String: ResolvedParameter]
  public var codelists: [String: Codelist]
  public var xpath: XPathEvaluator
  /// The test of the rule being evaluated that direct tree access decides (`RuleTable.inPlace`), set by the engine
  /// before each evaluation; nil: libxml2 decides.
  var inPlace: InPlaceTest?
  /// The document's geometry and the run's reviewer layers, for spatial rules; nil for a standard without any.
  var spatial: SpatialSession?
}

/// One failure of a check: where, the values for the message placeholders, and the parameter that decided it.
/// Made by the kinds, which all live in this module, with the memberwise initialiser.
public struct CheckFailure {
  public var node: XMLNode
  public var values: [String: LocalizedText]
  public var parameter: ResolvedParameter?
  public var notes: [LocalizedText] = []
  /// Which bound a range crossed: the rule's `<message bound="min|max">` is used when it has one.
  public var bound: BoundSide?
  /// A message of the engine's own (with `{path}`) that replaces the rule's: a value of another dimension is not
  /// the failure the rule's message describes.
  public var message: LocalizedText?
  /// A spatial measurement's details (unit, layer feature, area, distance, point).
  public var spatial: SpatialDetail? = nil
  /// Set when the rule could not be judged at this node: not a failure, reported as not checked.
  public var notChecked: NotCheckedCause? = nil
}

/// Why a spatial rule could not judge a node, with the layer role concerned.
public struct NotCheckedCause: Error, Sendable, Hashable {
  public var reason: NotCheckedRule.Reason
  public var role: String?
  /// What the run knows more (the library that could not be loaded).
  public var detail: LocalizedText?

  public init(_ reason: NotCheckedRule.Reason, role: String? = nil, detail: LocalizedText? = nil) {
    self.reason = reason
    self.role = role
    self.detail = detail
  }
}

/// The lower or the upper bound of a `range`.
public enum BoundSide: String, Sendable, CaseIterable {
  case min, max
}

/// A check's element in a rule document, with helpers that turn attribute problems into located diagnostics.
public struct CheckElement {
  public let node: XMLNode
  public let location: SourceLocation

  public func attribute(_ name: String) -> String? { node.attribute(name) }

  func fail(_ zh: String, _ en: String, code: ErrorCode = .standardSchemaInvalid) -> Diagnostic {
    Diagnostic(code, LocalizedText(zh: zh, en: en), at: location)
  }

  public func required(_ name: String) throws(Diagnostic) -> String {
    guard let value = attribute(name) else { throw fail("缺少属性 \(name)", "missing attribute \(name)") }
    return value
  }

  public func simplePath(_ name: String) throws(Diagnostic) -> SimplePath {
    let text = try required(name)
    guard let path = SimplePath(text) else {
      throw fail("\(name)=\"\(text)\" 不是简单路径", "\(name)=\"\(text)\" is not a simple path")
    }
    return path
  }

  public func bound(_ name: String) throws(Diagnostic) -> Bound? {
    guard let text = attribute(name) else { return nil }
    guard let bound = Bound(text) else {
      throw fail("\(name)=\"\(text)\" 不是数字或 $参数", "\(name)=\"\(text)\" is not a number or $parameter")
    }
    return bound
  }

  public func unit(_ name: String = "unit") throws(Diagnostic) -> QuantityUnit? {
    guard let text = attribute(name) else { return nil }
    guard let unit = QuantityUnit.named(text) else {
      throw fail("未知单位 \(text)", "unknown unit \(text)", code: .unitMismatch)
    }
    return unit
  }
}

/// The check kinds of the rule language, by element name.
public enum CheckKinds {
  public static let all: [any RuleCheck.Type] = [
    RequiredCheck.self, RangeCheck.self, CodelistCheck.self, PatternCheck.self,
    CountCheck.self, SumCheck.self, DatesCheck.self, AssertCheck.self, PairsCheck.self,
    GeometryValidCheck.self, AreaMatchesCheck.self, WithinCheck.self, DisjointCheck.self, OverlapCheck.self,
    DistanceCheck.self,
  ]

  public static func named(_ name: String) -> (any RuleCheck.Type)? {
    byName[name]
  }

  /// Each kind by its element name, made once: every rule of the standard is looked up at load, and a kind's
  /// `description` is built anew on each call.
  private static let byName: [String: any RuleCheck.Type] = Dictionary(
    all.map { ($0.description.name, $0) }, uniquingKeysWith: { first, _ in first })
}
