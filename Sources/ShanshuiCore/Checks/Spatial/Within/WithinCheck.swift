import ShanshuiXML

/// `within`: each geometry under the context node lies within the boundary geometry (`boundary`, a simple path from
/// the document element, e.g. `location/geometry`); a failure gives the area outside.
public struct WithinCheck: SpatialRuleCheck {
  public let geometryPath: SimplePath
  public let boundary: SimplePath
  /// The unit the area outside is stated in (ha when none).
  public let unit: QuantityUnit?

  public static let description = CheckKindDescription(
    name: "within",
    summary: LocalizedText(
      zh: "上下文节点下的每个几何图形须位于项目边界（boundary，自文档根元素起的简单路径）之内；失败时给出界外面积。",
      en:
        "Each geometry under the context node lies within the boundary (boundary, a simple path from the document element); a failure gives the area outside."
    ),
    placeholders: ["outside", "unit", "share", "point"],
    exampleRule: """
      <rule id="SS-TST-103" severity="error">
        <title lang="zh">单元位于项目边界内</title><title lang="en">A unit lies within the project boundary</title>
        <message lang="zh">单元有 {outside} {unit}（{share}%）位于项目边界之外（{point}）</message>
        <message lang="en">{outside} {unit} ({share}%) of the unit lies outside the project boundary ({point})</message>
        <source ref="test-source"/>
        <context>/s:submission/s:units/s:unit</context>
        <within path="geometry" boundary="location/geometry" unit="ha"/>
        <example outcome="pass" profile="chongqing">
          <set path="@formatVersion">2</set>
          <append path="location"><s:geometry><gml:Polygon xmlns:gml="http://www.opengis.net/gml/3.2" srsName="EPSG:4490"><gml:exterior><gml:LinearRing><gml:posList>30.70 108.30 30.70 108.50 30.90 108.50 30.90 108.30 30.70 108.30</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></s:geometry></append>
          <append path="units/unit"><s:geometry><gml:Polygon xmlns:gml="http://www.opengis.net/gml/3.2" srsName="EPSG:4490"><gml:exterior><gml:LinearRing><gml:posList>30.80 108.38 30.80 108.40 30.82 108.40 30.82 108.38 30.80 108.38</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></s:geometry></append>
        </example>
        <example outcome="fail" profile="chongqing">
          <description lang="en">The unit reaches 0.01° east of the boundary.</description>
          <set path="@formatVersion">2</set>
          <append path="location"><s:geometry><gml:Polygon xmlns:gml="http://www.opengis.net/gml/3.2" srsName="EPSG:4490"><gml:exterior><gml:LinearRing><gml:posList>30.70 108.30 30.70 108.39 30.90 108.39 30.90 108.30 30.70 108.30</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></s:geometry></append>
          <append path="units/unit"><s:geometry><gml:Polygon xmlns:gml="http://www.opengis.net/gml/3.2" srsName="EPSG:4490"><gml:exterior><gml:LinearRing><gml:posList>30.80 108.38 30.80 108.40 30.82 108.40 30.82 108.38 30.80 108.38</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></s:geometry></append>
        </example>
      </rule>
      """)

  public init(element: CheckElement) throws(Diagnostic) {
    geometryPath = try element.geometryPath()
    boundary = try element.simplePath("boundary")
    guard boundary.attribute == nil, !boundary.elements.isEmpty else {
      throw element.fail("boundary 应指向几何元素", "boundary must name the boundary's geometry element")
    }
    unit = try element.unit(of: .area)
  }

  public var layerRoles: [String] { [] }
  public var parameterIDs: [String] { [] }
  public var codelistIDs: [String] { [] }
  public var readPaths: [SimplePath] { [geometryPath] }
  public var boundSides: [BoundSide] { [] }

  public func evaluate(at node: XMLNode, in context: CheckContext) throws(XPathError) -> [CheckFailure] {
    let root = node.document.root
    let boundaries = root.map { boundary.select(from: $0) } ?? []
    guard let outerElement = boundaries.first else {
      return [notChecked(node, NotCheckedCause(.noGeometry))]
    }
    return eachGeometry(at: node, in: context) { session, shape throws(NotCheckedCause) in
      guard let outer = try session.shape(at: outerElement) else { return [] }
      let (covered, outside) = try session.covers(outer, shape)
      guard !covered else { return [] }
      let total = try session.area(of: shape)
      let share = total > 0 ? outside / total * 100 : 100
      var detail = try session.detail(of: shape)
      detail.areaSquareMetres = outside
      detail.area = SpatialText.area(outside, in: unit).value
      detail.areaUnit = (unit ?? QuantityUnit.hectare).id
      detail.sharePercent = share
      detail.sketch = session.sketch(outsideOf: shape, boundary: outer)
      return [
        CheckFailure(
          node: shape.element,
          values: [
            "outside": SpatialText.area(outside, in: unit).text,
            "unit": SpatialText.symbol(unit ?? QuantityUnit.hectare),
            "share": SpatialText.percent(share), "point": SpatialText.point(detail.point),
          ],
          parameter: nil, spatial: detail)
      ]
    }
  }
}
