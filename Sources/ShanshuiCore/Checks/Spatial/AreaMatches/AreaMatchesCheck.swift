import ShanshuiXML

/// `area-matches`: the area the submission declares (`declared`, a quantity under the context node) matches the
/// geodesic area of its geometry on the CGCS2000 ellipsoid within `tolerance`: a share of the measured area
/// (a parameter or literal in percent or ratio), or an area.
public struct AreaMatchesCheck: SpatialRuleCheck {
  public let geometryPath: SimplePath
  public let declared: SimplePath
  public let tolerance: Bound
  /// The unit of a literal tolerance (`percent` when none).
  public let unit: QuantityUnit?

  public static let description = CheckKindDescription(
    name: "area-matches",
    summary: LocalizedText(
      zh: "申报面积（declared）与几何图形在 CGCS2000 椭球面上的测地面积之差不超过 tolerance（占实测面积的比率，或面积）。失败位置为几何元素。",
      en:
        "The declared area (declared) differs from the geometry's geodesic area on the CGCS2000 ellipsoid by at most tolerance (a share of the measured area, or an area). Reported on the geometry element."
    ),
    placeholders: ["declared", "measured", "unit", "difference", "limit"],
    exampleRule: """
      <rule id="SS-TST-102" severity="error">
        <title lang="zh">申报面积与图形面积相符</title><title lang="en">The declared area matches the geometry</title>
        <message lang="zh">申报面积 {declared} {unit} 与图形测地面积 {measured} {unit} 相差 {difference}%，超过 {limit}%</message>
        <message lang="en">Declared area {declared} {unit} differs from the geodesic area {measured} {unit} by {difference}%, above {limit}%</message>
        <source ref="test-source"/>
        <context>/s:submission/s:units/s:unit</context>
        <area-matches path="geometry" declared="area" tolerance="5" unit="percent"/>
        <example outcome="pass" profile="chongqing">
          <description lang="en">0.02° × 0.02° at 30.8°N: 424.4 ha (geodesic).</description>
          <set path="@formatVersion">2</set>
          <set path="units/unit/area">420</set>
          <append path="units/unit"><s:geometry><gml:Polygon xmlns:gml="http://www.opengis.net/gml/3.2" srsName="EPSG:4490"><gml:exterior><gml:LinearRing><gml:posList>30.80 108.38 30.80 108.40 30.82 108.40 30.82 108.38 30.80 108.38</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></s:geometry></append>
        </example>
        <example outcome="fail" profile="chongqing">
          <description lang="en">The base declares 1,200 ha for the same 424 ha square.</description>
          <set path="@formatVersion">2</set>
          <append path="units/unit"><s:geometry><gml:Polygon xmlns:gml="http://www.opengis.net/gml/3.2" srsName="EPSG:4490"><gml:exterior><gml:LinearRing><gml:posList>30.80 108.38 30.80 108.40 30.82 108.40 30.82 108.38 30.80 108.38</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></s:geometry></append>
        </example>
      </rule>
      """)

  public init(element: CheckElement) throws(Diagnostic) {
    geometryPath = try element.geometryPath()
    declared = try element.simplePath("declared")
    guard let tolerance = try element.bound("tolerance") else {
      throw element.fail("缺少属性 tolerance", "missing attribute tolerance")
    }
    self.tolerance = tolerance
    unit = try element.unit()
    if let unit, unit.dimension != .share && unit.dimension != .area {
      throw element.fail(
        "area-matches 的 unit 须为比率或面积单位", "area-matches's unit must be a share or an area unit", code: .unitMismatch)
    }
  }

  public var layerRoles: [String] { [] }
  public var parameterIDs: [String] { tolerance.parameterID.map { [$0] } ?? [] }
  public var codelistIDs: [String] { [] }
  public var readPaths: [SimplePath] { [geometryPath, declared] }
  public var boundSides: [BoundSide] { [] }

  public func evaluate(at node: XMLNode, in context: CheckContext) throws(XPathError) -> [CheckFailure] {
    guard let limit = tolerance.resolve(in: context, literalUnit: unit) else { return [] }
    // Only a declared area in a unit of area can be compared; its absence or a bad value is `required`'s and
    // `range`'s to report.
    guard let target = declared.select(from: node).first else { return [] }
    let quantity = Quantity(target, fallback: nil)
    guard let declaredHectares = quantity.value(in: QuantityUnit.hectare), let shown = quantity.unit else { return [] }
    return eachGeometry(at: node, in: context) { session, shape throws(NotCheckedCause) in
      let declaredSquareMetres = declaredHectares * 10_000
      func differs(_ measured: Double) -> (exceeded: Bool, share: Double) {
        let difference = abs(declaredSquareMetres - measured)
        let share = measured > 0 ? difference / measured * 100 : .infinity
        switch limit.unit?.dimension {
        case .area?: return (difference / 10_000 > limit.value * (limit.unit?.factor ?? 1), share)
        default: return (share > limit.value * (limit.unit?.factor ?? 1), share)
        }
      }
      // Most units pass by far: when neither end of an interval holding the area exceeds the tolerance, no area in
      // it does (the difference and the share only grow away from the declared area), and Karney's area per edge
      // is not needed.
      if let enclosure = try session.areaEnclosure(of: shape), !differs(enclosure.lowerBound).exceeded,
        !differs(enclosure.upperBound).exceeded
      {
        return []
      }
      let measured = try session.area(of: shape)
      let (exceeded, share) = differs(measured)
      guard exceeded else { return [] }
      var detail = try session.detail(of: shape)
      detail.areaSquareMetres = measured
      detail.area = SpatialText.area(measured, in: shown).value
      detail.areaUnit = shown.id
      detail.sharePercent = share
      detail.sketch = session.sketch(of: shape, kind: .area, marking: nil)
      return [
        CheckFailure(
          node: shape.element,
          values: [
            "declared": LocalizedText(NumberFormat.format(quantity.value(in: shown) ?? 0)),
            "measured": SpatialText.area(measured, in: shown).text, "unit": SpatialText.symbol(shown),
            "difference": SpatialText.percent(share), "limit": LocalizedText(NumberFormat.format(limit.value)),
          ],
          parameter: limit.parameter, spatial: detail)
      ]
    }
  }
}
