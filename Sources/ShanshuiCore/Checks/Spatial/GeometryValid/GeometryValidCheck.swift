import ShanshuiXML

/// `geometry-valid`: each geometry under the context node is valid by GEOS's rules (closed, non-self-intersecting
/// rings, holes inside their shell, …); a failure names GEOS's reason and where (input CRS and longitude, latitude).
public struct GeometryValidCheck: SpatialRuleCheck {
  public let geometryPath: SimplePath

  public static let description = CheckKindDescription(
    name: "geometry-valid",
    summary: LocalizedText(
      zh: "上下文节点下的每个几何图形须符合 GEOS 有效性规则（环闭合且不自相交、洞在外环内等）；失败时给出原因与位置。",
      en:
        "Each geometry under the context node is valid by GEOS's rules (rings closed and not self-intersecting, holes inside their shell, …); a failure gives the reason and where."
    ),
    placeholders: ["reason", "point"],
    exampleRule: """
      <rule id="SS-TST-101" severity="error">
        <title lang="zh">单元几何图形有效</title><title lang="en">A unit's geometry is valid</title>
        <message lang="zh">单元几何图形无效：{reason}（{point}）</message>
        <message lang="en">The unit's geometry is not valid: {reason} ({point})</message>
        <source ref="test-source"/>
        <context>/s:submission/s:units/s:unit</context>
        <geometry-valid path="geometry"/>
        <example outcome="pass" profile="chongqing">
          <set path="@formatVersion">2</set>
          <append path="units/unit"><s:geometry><gml:Polygon xmlns:gml="http://www.opengis.net/gml/3.2" srsName="EPSG:4490"><gml:exterior><gml:LinearRing><gml:posList>30.80 108.38 30.80 108.40 30.82 108.40 30.82 108.38 30.80 108.38</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></s:geometry></append>
        </example>
        <example outcome="fail" profile="chongqing">
          <description lang="en">A bowtie: the ring crosses itself.</description>
          <set path="@formatVersion">2</set>
          <append path="units/unit"><s:geometry><gml:Polygon xmlns:gml="http://www.opengis.net/gml/3.2" srsName="EPSG:4490"><gml:exterior><gml:LinearRing><gml:posList>30.80 108.38 30.82 108.40 30.80 108.40 30.82 108.38 30.80 108.38</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></s:geometry></append>
        </example>
      </rule>
      """)

  public init(element: CheckElement) throws(Diagnostic) {
    geometryPath = try element.geometryPath()
  }

  public var layerRoles: [String] { [] }
  public var judgesInvalidGeometry: Bool { true }
  public var parameterIDs: [String] { [] }
  public var codelistIDs: [String] { [] }
  public var readPaths: [SimplePath] { [geometryPath] }
  public var boundSides: [BoundSide] { [] }

  public func evaluate(at node: XMLNode, in context: CheckContext) throws(XPathError) -> [CheckFailure] {
    eachGeometry(at: node, in: context) { session, shape throws(NotCheckedCause) in
      guard let invalid = try session.invalidity(of: shape) else { return [] }
      var detail = try session.detail(of: shape)
      detail.point = invalid.point ?? detail.point
      detail.sketch = session.sketch(of: shape, kind: .invalid, marking: detail.point)
      return [
        CheckFailure(
          node: shape.element,
          values: ["reason": LocalizedText(invalid.reason), "point": SpatialText.point(detail.point)],
          parameter: nil, spatial: detail)
      ]
    }
  }
}
