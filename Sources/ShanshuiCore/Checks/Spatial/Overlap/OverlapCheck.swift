import ShanshuiXML

/// `overlap`: each geometry under the context node overlaps the features of a reviewer layer (`layer`, a declared
/// role; `where` narrows the features) by at most `max` (an area) and at most `max-share` (a share of the unit's own
/// area); with neither, any overlap of positive area fails. Areas are geodesic (GEOS intersection in longitude,
/// latitude, then the ellipsoidal area of the result). Each overlapping feature is reported, with the total.
public struct OverlapCheck: SpatialRuleCheck {
  public let geometryPath: SimplePath
  public let layer: String
  public let max: Bound?
  public let maxShare: Bound?
  /// The unit of `max` when literal, and of the areas in the message (ha when none).
  public let unit: QuantityUnit?
  public let condition: LayerCondition?

  public static let description = CheckKindDescription(
    name: "overlap",
    summary: LocalizedText(
      zh: "上下文节点下的每个几何图形与审查图层（layer，标准声明的角色；where 筛选要素）的重叠面积不超过 max、占本身面积的比率不超过 max-share；两者皆无时，任何正面积重叠即失败。面积为测地面积。",
      en:
        "Each geometry under the context node overlaps the features of a reviewer layer (layer, a role the standard declares; where narrows the features) by at most max and by at most max-share of its own area; with neither, any overlap of positive area fails. Areas are geodesic."
    ),
    placeholders: ["area", "share", "total", "unit", "limit", "feature", "layer", "point"],
    exampleRule: """
      <rule id="SS-TST-105" severity="error">
        <title lang="zh">单元不占用生态保护红线</title><title lang="en">A unit does not overlap the red line</title>
        <message lang="zh">单元与图层 {layer} 的要素 {feature} 重叠 {area} {unit}（占单元面积 {share}%；{point}）</message>
        <message lang="en">The unit overlaps feature {feature} of layer {layer} by {area} {unit} ({share}% of the unit; {point})</message>
        <source ref="test-source"/>
        <context>/s:submission/s:units/s:unit</context>
        <overlap layer="test-red-line" path="geometry" unit="mu"/>
        <example outcome="pass" profile="chongqing">
          <description lang="en">The red-line feature lies east of the unit, sharing its edge.</description>
          <set path="@formatVersion">2</set>
          <append path="units/unit"><s:geometry><gml:Polygon xmlns:gml="http://www.opengis.net/gml/3.2" srsName="EPSG:4490"><gml:exterior><gml:LinearRing><gml:posList>30.80 108.38 30.80 108.40 30.82 108.40 30.82 108.38 30.80 108.38</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></s:geometry></append>
          <layer role="test-red-line"><feature id="RL-1" name="测试红线"><gml:Polygon xmlns:gml="http://www.opengis.net/gml/3.2" srsName="EPSG:4490"><gml:exterior><gml:LinearRing><gml:posList>30.80 108.40 30.80 108.45 30.85 108.45 30.85 108.40 30.80 108.40</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></feature></layer>
        </example>
        <example outcome="fail" profile="chongqing">
          <description lang="en">The red-line feature covers the unit's east half.</description>
          <set path="@formatVersion">2</set>
          <append path="units/unit"><s:geometry><gml:Polygon xmlns:gml="http://www.opengis.net/gml/3.2" srsName="EPSG:4490"><gml:exterior><gml:LinearRing><gml:posList>30.80 108.38 30.80 108.40 30.82 108.40 30.82 108.38 30.80 108.38</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></s:geometry></append>
          <layer role="test-red-line"><feature id="RL-1" name="测试红线"><gml:Polygon xmlns:gml="http://www.opengis.net/gml/3.2" srsName="EPSG:4490"><gml:exterior><gml:LinearRing><gml:posList>30.80 108.39 30.80 108.45 30.85 108.45 30.85 108.39 30.80 108.39</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></feature></layer>
        </example>
      </rule>
      """)

  public init(element: CheckElement) throws(Diagnostic) {
    geometryPath = try element.geometryPath()
    layer = try element.layerRole()
    max = try element.bound("max")
    maxShare = try element.bound("max-share")
    unit = try element.unit(of: .area)
    condition = try element.layerCondition()
  }

  public var layerRoles: [String] { [layer] }
  public var parameterIDs: [String] { [max, maxShare].compactMap { $0?.parameterID } }
  public var codelistIDs: [String] { [] }
  public var readPaths: [SimplePath] { [geometryPath] }
  public var boundSides: [BoundSide] { max != nil || maxShare != nil ? [.max] : [] }

  public func evaluate(at node: XMLNode, in context: CheckContext) throws(XPathError) -> [CheckFailure] {
    let areaLimit = max?.resolve(in: context, literalUnit: unit)
    let shareLimit = maxShare?.resolve(in: context, literalUnit: QuantityUnit.all["percent"])
    // A parameter without a value under this profile: the rule does not apply (the engine filters it earlier).
    if max != nil && areaLimit == nil || maxShare != nil && shareLimit == nil { return [] }
    let shown = unit ?? QuantityUnit.hectare
    return eachGeometry(at: node, in: context) { session, shape throws(NotCheckedCause) in
      let hits = try session.overlaps(of: shape, role: layer, where: condition).filter { $0.area > 0 }
      guard !hits.isEmpty else { return [] }
      let own = try session.area(of: shape)
      let total = hits.reduce(0) { $0 + $1.area }
      let share = own > 0 ? total / own * 100 : 100
      var crossed: ResolvedBound?
      if let areaLimit, total / 10_000 > areaLimit.value * (areaLimit.unit?.factor ?? shown.factor) {
        crossed = areaLimit
      }
      if let shareLimit, share > shareLimit.value * (shareLimit.unit?.factor ?? 1) { crossed = crossed ?? shareLimit }
      if areaLimit != nil || shareLimit != nil, crossed == nil { return [] }
      let base = try session.detail(of: shape, withPoint: hits.contains { $0.point == nil })
      return hits.map { hit in
        var detail = base
        detail.feature = hit.feature
        detail.point = hit.point ?? base.point
        detail.areaSquareMetres = hit.area
        detail.area = SpatialText.area(hit.area, in: shown).value
        detail.areaUnit = shown.id
        detail.sharePercent = own > 0 ? hit.area / own * 100 : 100
        detail.sketch = session.sketch(overlapOf: shape, with: hit, role: layer)
        return CheckFailure(
          node: shape.element,
          values: [
            "area": SpatialText.area(hit.area, in: shown).text,
            "share": SpatialText.percent(detail.sharePercent ?? 0),
            "total": SpatialText.area(total, in: shown).text, "unit": SpatialText.symbol(shown),
            "limit": LocalizedText(crossed.map { NumberFormat.format($0.value) } ?? "0"),
            "feature": LocalizedText(hit.feature.name ?? hit.feature.id), "layer": LocalizedText(layer),
            "point": SpatialText.point(detail.point),
          ],
          parameter: crossed?.parameter, bound: crossed == nil ? nil : .max, spatial: detail)
      }
    }
  }
}
