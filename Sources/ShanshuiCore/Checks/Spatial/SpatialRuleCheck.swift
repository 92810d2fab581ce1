import ShanshuiXML

/// A check kind that measures geometry (`geometry-valid`, `area-matches`, `within`, `disjoint`, `overlap`,
/// `distance`): it reads the geometry element at `geometryPath` under the context node, and possibly reviewer layers.
///
/// The capability the engine asks for (never a kind's type): the roles a rule reads decide which `--layer`s it needs
/// and what `explain` and lint say about them.
public protocol SpatialRuleCheck: RuleCheck {
  /// The geometry element, relative to the context node (`geometry`).
  var geometryPath: SimplePath { get }
  /// The layer roles the check reads (none for a check on the submission's own geometry).
  var layerRoles: [String] { get }
  /// Whether the check judges invalid geometry itself (`geometry-valid`). Every other kind would measure the shape
  /// GEOS repairs an invalid one to, which is a guess (a hole outside its shell becomes land), so the rule is not
  /// checked on that geometry (`geometry-invalid`) while `geometry-valid` reports it.
  var judgesInvalidGeometry: Bool { get }
}

extension SpatialRuleCheck {
  public var judgesInvalidGeometry: Bool { false }
}

/// `where="rank=mainstem|important-tributary"`: the layer features a check considers, by one attribute's values.
public struct LayerCondition: Sendable, Hashable, CustomStringConvertible {
  public var field: String
  public var values: [String]

  /// Parses `field=a|b`; nil when it is not of that form.
  public init?(_ text: String) {
    let parts = text.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
    guard parts.count == 2 else { return nil }
    let field = String(parts[0]).trimmed
    let values = parts[1].split(separator: "|", omittingEmptySubsequences: false).map { String($0).trimmed }
    guard field.isXMLName, !values.isEmpty, values.allSatisfy({ !$0.isEmpty }) else { return nil }
    self.field = field
    self.values = values
  }

  public var description: String { "\(field)=\(values.joined(separator: "|"))" }

  /// Whether a feature with these attributes is considered.
  public func matches(_ attributes: [String: String]) -> Bool {
    attributes[field].map { values.contains($0) } ?? false
  }
}

extension CheckElement {
  /// The `layer` attribute: a role id (declared by the standard; checked when the standard is assembled).
  func layerRole() throws(Diagnostic) -> String {
    let role = try required("layer")
    guard role.isXMLName else { throw fail("layer=\"\(role)\" 不是图层角色标识", "layer=\"\(role)\" is not a layer role id") }
    return role
  }

  /// The `where` attribute.
  func layerCondition() throws(Diagnostic) -> LayerCondition? {
    guard let text = attribute("where") else { return nil }
    guard let condition = LayerCondition(text) else {
      throw fail("where=\"\(text)\" 应为 字段=值|值", "where=\"\(text)\" must be field=value|value")
    }
    return condition
  }

  /// The geometry path (`path`, default `geometry`): element steps only.
  func geometryPath() throws(Diagnostic) -> SimplePath {
    let text = attribute("path") ?? "geometry"
    guard let path = SimplePath(text), path.attribute == nil, !path.elements.isEmpty else {
      throw fail("path=\"\(text)\" 应指向几何元素", "path=\"\(text)\" must name the geometry element")
    }
    return path
  }

  /// A unit of one dimension (`unit="ha"` for an overlap, `unit="m"` for a distance).
  func unit(_ name: String = "unit", of dimension: QuantityUnit.Dimension) throws(Diagnostic) -> QuantityUnit? {
    guard let unit = try unit(name) else { return nil }
    guard unit.dimension == dimension else {
      throw fail(
        "\(name)=\"\(unit.id)\" 不是\(dimension.title.text(.zh))单位",
        "\(name)=\"\(unit.id)\" is not a unit of \(dimension.title.text(.en))", code: .unitMismatch)
    }
    return unit
  }
}

/// What the spatial kinds share for the Schematron export and the wording.
enum SpatialWords {
  /// Why no spatial kind has a Schematron form.
  static func unexpressible(_ kind: String) -> Unexpressible {
    Unexpressible(
      en: "\(kind) measures geometry (GEOS, PROJ): XPath 1.0 cannot; shanshui checks it, the exported schema does not",
      zh: "\(kind) 需要几何计算（GEOS、PROJ），XPath 1.0 无法表达：由 shanshui 检查，导出的 Schematron 不含此规则")
  }

  /// "the layer `river-shoreline` (features with rank mainstem or important-tributary)".
  static func layer(_ role: String, _ condition: LayerCondition?, _ language: Language) -> [CheckPhrase] {
    let zh = language == .zh
    var words: [CheckPhrase] = [.text(zh ? "图层 " : "the layer "), .code(role)]
    if let condition {
      words += [
        .text(zh ? "（" : " (features with "), .code(condition.description), .text(zh ? " 的要素）" : ")"),
      ]
    }
    return words
  }

  /// The layer's name from the standard, for the `explain` sentence.
  static func layerName(_ role: String, _ condition: LayerCondition?, standard: Standard) -> LocalizedText {
    let name = standard.layers[role]?.name
    let filter = condition.map { LocalizedText(zh: "中 \($0) 的要素", en: " (features with \($0))") }
    return LocalizedText(
      zh: "图层 \(role)" + (name?.zh.map { "（\($0)）" } ?? "") + (filter?.zh ?? ""),
      en: "the layer \(role)" + (name?.en.map { " (\($0))" } ?? "") + (filter?.en ?? ""))
  }

  /// The not-applicable Schematron placeholders: nothing is known without geometry.
  static let noPlaceholders: [String: LocalizedText] = [:]
}

extension SpatialRuleCheck {
  /// Runs `measure` on each geometry element under `node`. The rule is not checked (never passed) at a node whose
  /// layers were not given, that has no geometry, or when the spatial libraries cannot be loaded; a geometry that
  /// cannot be read is the file's problem (E601–E606, reported once) and is skipped.
  func eachGeometry(
    at node: XMLNode, in context: CheckContext,
    _ measure: (SpatialSession, SpatialSession.Shape) throws(NotCheckedCause) -> [CheckFailure]
  ) -> [CheckFailure] {
    SpatialTiming.measure { eachGeometryUntimed(at: node, in: context, measure) }
  }

  private func eachGeometryUntimed(
    at node: XMLNode, in context: CheckContext,
    _ measure: (SpatialSession, SpatialSession.Shape) throws(NotCheckedCause) -> [CheckFailure]
  ) -> [CheckFailure] {
    guard let session = context.spatial else {
      return [notChecked(node, NotCheckedCause(.librariesUnavailable, detail: SpatialSession.noEngine))]
    }
    for role in layerRoles {
      if let cause = session.unavailability(of: role) { return [notChecked(node, cause)] }
    }
    let elements = geometryPath.select(from: node)
    guard !elements.isEmpty else { return [notChecked(node, NotCheckedCause(.noGeometry))] }
    var failures: [CheckFailure] = []
    do throws(NotCheckedCause) {
      for element in elements {
        guard let shape = try session.shape(at: element) else { continue }
        if !judgesInvalidGeometry, let cause = try session.invalidCause(of: shape) {
          failures.append(notChecked(node, cause))
          continue
        }
        failures += try measure(session, shape)
      }
    } catch {
      return [notChecked(node, error)]
    }
    return failures
  }

  func notChecked(_ node: XMLNode, _ cause: NotCheckedCause) -> CheckFailure {
    CheckFailure(node: node, values: [:], parameter: nil, notChecked: cause)
  }
}
