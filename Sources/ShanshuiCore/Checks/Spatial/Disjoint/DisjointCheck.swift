import ShanshuiXML

/// `disjoint`: the geometries under the context node (`path="unit/geometry"` under `units`) do not overlap each
/// other; touching along an edge or at a point is fine, and so is an overlap of at most `tolerance` (an area: the
/// sliver two units sharing an edge leave when their coordinates are rounded). Each overlapping pair is reported
/// once, on the first of the two, with the other's id and the overlap's geodesic area.
public struct DisjointCheck: SpatialRuleCheck {
  public let geometryPath: SimplePath
  /// The unit the overlap is stated in, and of a literal `tolerance` (ha when none).
  public let unit: QuantityUnit?
  /// The largest overlap that is a sliver, not an overlap (none: any positive area fails).
  public let tolerance: Bound?

  public static let description = CheckKindDescription(
    name: "disjoint",
    summary: LocalizedText(
      zh: "上下文节点下的各几何图形（如 units 下的 unit/geometry）互不重叠，仅边或点相接不算重叠，不超过 tolerance（面积）的边界碎片也不算；每对重叠只报告一次。",
      en:
        "The geometries under the context node (unit/geometry under units) do not overlap each other; sharing an edge or a point is not overlapping, nor is a boundary sliver of at most tolerance (an area). Each overlapping pair is reported once."
    ),
    placeholders: ["other", "area", "unit", "limit", "point"],
    exampleRule: """
      <rule id="SS-TST-104" severity="error">
        <title lang="zh">修复单元互不重叠</title><title lang="en">Restoration units do not overlap</title>
        <message lang="zh">单元与单元 {other} 重叠 {area} {unit}（{point}）</message>
        <message lang="en">The unit overlaps unit {other} by {area} {unit} ({point})</message>
        <source ref="test-source"/>
        <context>/s:submission/s:units</context>
        <disjoint path="unit/geometry" unit="ha" tolerance="0.05"/>
        <example outcome="pass" profile="chongqing">
          <description lang="en">Two units sharing an edge.</description>
          <set path="@formatVersion">2</set>
          <append path="units/unit"><s:geometry><gml:Polygon xmlns:gml="http://www.opengis.net/gml/3.2" srsName="EPSG:4490"><gml:exterior><gml:LinearRing><gml:posList>30.80 108.38 30.80 108.40 30.82 108.40 30.82 108.38 30.80 108.38</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></s:geometry></append>
          <append path="units"><s:unit id="U2" division="500101" mode="protection"><s:name>第二单元</s:name><s:area unit="ha">424</s:area><s:geometry><gml:Polygon xmlns:gml="http://www.opengis.net/gml/3.2" srsName="EPSG:4490"><gml:exterior><gml:LinearRing><gml:posList>30.80 108.40 30.80 108.42 30.82 108.42 30.82 108.40 30.80 108.40</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></s:geometry></s:unit></append>
        </example>
        <example outcome="pass" profile="chongqing">
          <description lang="en">The second unit's west edge lies 0.000001° (about 0.1 m) inside the first: a sliver of about 210 m², under the 0.05 ha tolerance.</description>
          <set path="@formatVersion">2</set>
          <append path="units/unit"><s:geometry><gml:Polygon xmlns:gml="http://www.opengis.net/gml/3.2" srsName="EPSG:4490"><gml:exterior><gml:LinearRing><gml:posList>30.80 108.38 30.80 108.40 30.82 108.40 30.82 108.38 30.80 108.38</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></s:geometry></append>
          <append path="units"><s:unit id="U2" division="500101" mode="protection"><s:name>第二单元</s:name><s:area unit="ha">424</s:area><s:geometry><gml:Polygon xmlns:gml="http://www.opengis.net/gml/3.2" srsName="EPSG:4490"><gml:exterior><gml:LinearRing><gml:posList>30.80 108.399999 30.80 108.42 30.82 108.42 30.82 108.399999 30.80 108.399999</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></s:geometry></s:unit></append>
        </example>
        <example outcome="fail" profile="chongqing">
          <description lang="en">The second unit covers the east half of the first.</description>
          <set path="@formatVersion">2</set>
          <append path="units/unit"><s:geometry><gml:Polygon xmlns:gml="http://www.opengis.net/gml/3.2" srsName="EPSG:4490"><gml:exterior><gml:LinearRing><gml:posList>30.80 108.38 30.80 108.40 30.82 108.40 30.82 108.38 30.80 108.38</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></s:geometry></append>
          <append path="units"><s:unit id="U2" division="500101" mode="protection"><s:name>第二单元</s:name><s:area unit="ha">424</s:area><s:geometry><gml:Polygon xmlns:gml="http://www.opengis.net/gml/3.2" srsName="EPSG:4490"><gml:exterior><gml:LinearRing><gml:posList>30.80 108.39 30.80 108.41 30.82 108.41 30.82 108.39 30.80 108.39</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></s:geometry></s:unit></append>
        </example>
      </rule>
      """)

  public init(element: CheckElement) throws(Diagnostic) {
    geometryPath = try element.geometryPath()
    unit = try element.unit(of: .area)
    tolerance = try element.bound("tolerance")
  }

  public var layerRoles: [String] { [] }
  public var parameterIDs: [String] { tolerance?.parameterID.map { [$0] } ?? [] }
  public var codelistIDs: [String] { [] }
  public var readPaths: [SimplePath] { [geometryPath] }
  public var boundSides: [BoundSide] { [] }

  public func evaluate(at node: XMLNode, in context: CheckContext) throws(XPathError) -> [CheckFailure] {
    SpatialTiming.measure { evaluateUntimed(at: node, in: context) }
  }

  private func evaluateUntimed(at node: XMLNode, in context: CheckContext) -> [CheckFailure] {
    guard let session = context.spatial else {
      return [notChecked(node, NotCheckedCause(.librariesUnavailable, detail: SpatialSession.noEngine))]
    }
    let limit = tolerance?.resolve(in: context, literalUnit: unit)
    // A parameter without a value under this profile: the rule does not apply (the engine filters it earlier).
    if tolerance != nil && limit == nil { return [] }
    let shown = unit ?? QuantityUnit.hectare
    let elements = geometryPath.select(from: node)
    // One geometry or none cannot overlap another.
    guard elements.count > 1 else { return [] }
    var failures: [CheckFailure] = []
    do throws(NotCheckedCause) {
      var shapes: [SpatialSession.Shape] = []
      for element in elements {
        guard let shape = try session.shape(at: element) else { continue }
        // An invalid unit's repaired shape is a guess: its overlaps are not judged (`geometry-valid` reports it).
        if let cause = try session.invalidCause(of: shape) {
          failures.append(notChecked(shape.element, cause))
        } else {
          shapes.append(shape)
        }
      }
      for pair in try session.overlappingPairs(shapes) {
        let (first, second, area) = pair
        if let limit, area / 10_000 <= limit.value * (limit.unit?.factor ?? shown.factor) { continue }
        var detail = try session.detail(of: first)
        detail.otherUnitID = second.element.parent?.attribute("id")
        detail.areaSquareMetres = area
        detail.area = SpatialText.area(area, in: shown).value
        detail.areaUnit = shown.id
        detail.sketch = session.sketch(overlapOf: first, and: second)
        failures.append(
          CheckFailure(
            node: first.element,
            values: [
              "other": LocalizedText(detail.otherUnitID ?? "#\(second.index + 1)"),
              "area": SpatialText.area(area, in: shown).text, "unit": SpatialText.symbol(shown),
              "limit": LocalizedText(limit.map { NumberFormat.format($0.value) } ?? "0"),
              "point": SpatialText.point(detail.point),
            ],
            parameter: limit?.parameter, spatial: detail))
      }
    } catch {
      return [notChecked(node, error)]
    }
    return failures
  }
}
