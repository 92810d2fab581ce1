import ShanshuiXML

/// `distance`: each geometry under the context node keeps at least `min` from the features of a reviewer layer, or
/// lies within `max` of them (every point of it: the point farthest from the features decides), in `unit` (m or
/// km); `where` narrows the features. The contradiction form `declared="distanceFromBank" tolerance="…"` compares
/// the distance the submission declares with the measured one. Distances are planar in the CGCS2000 3° Gauss–Krüger
/// zone of the geometry's centroid (docs/spatial.md gives the error bound).
public struct DistanceCheck: SpatialRuleCheck {
  public let geometryPath: SimplePath
  public let layer: String
  public let min: Bound?
  public let max: Bound?
  /// The declared distance (relative to the context node) the contradiction form compares.
  public let declared: SimplePath?
  public let tolerance: Bound?
  /// The unit of literal bounds and of distances in messages (m when none).
  public let unit: QuantityUnit?
  public let condition: LayerCondition?

  public static let description = CheckKindDescription(
    name: "distance",
    summary: LocalizedText(
      zh:
        "上下文节点下的每个几何图形与审查图层（layer；where 筛选要素）的距离不小于 min，或整体位于其 max 范围内；或（declared 与 tolerance）申报距离与实测距离之差不超过 tolerance。距离在几何中心所在 CGCS2000 3° 高斯-克吕格投影带内量算。",
      en:
        "Each geometry under the context node is at least min from the features of a reviewer layer (layer; where narrows the features), or lies entirely within max of them; or (declared and tolerance) the declared distance differs from the measured one by at most tolerance. Distances are measured in the CGCS2000 3° Gauss–Krüger zone of the geometry's centroid."
    ),
    placeholders: ["distance", "declared", "unit", "limit", "feature", "layer", "point"],
    exampleRule: """
      <rule id="SS-TST-106" severity="error">
        <title lang="zh">新建化工设施距长江岸线不少于1千米</title><title lang="en">A new chemical facility is at least 1 km from the shoreline</title>
        <message lang="zh">设施距图层 {layer} 的要素 {feature} 仅 {distance} {unit}，少于 {limit} {unit}（{point}）</message>
        <message lang="en">The facility is {distance} {unit} from feature {feature} of layer {layer}, less than {limit} {unit} ({point})</message>
        <source ref="test-source"/>
        <context>/s:submission/s:corridor/s:facility</context>
        <distance layer="test-shoreline" path="geometry" min="1" unit="km" where="rank=mainstem|important-tributary"/>
        <example outcome="pass" profile="chongqing">
          <description lang="en">The facility's east edge is 0.02° of longitude (about 1.9 km) west of the bank.</description>
          <set path="@formatVersion">2</set>
          <append path="."><s:corridor river="yangtze"><s:facility kind="chemical"><s:distanceFromBank unit="m">1900</s:distanceFromBank><s:geometry><gml:Polygon xmlns:gml="http://www.opengis.net/gml/3.2" srsName="EPSG:4490"><gml:exterior><gml:LinearRing><gml:posList>30.80 108.37 30.80 108.38 30.81 108.38 30.81 108.37 30.80 108.37</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></s:geometry></s:facility></s:corridor></append>
          <layer role="test-shoreline"><feature id="YZ-1" name="长江左岸（测试）" river="yangtze" rank="mainstem"><gml:LineString xmlns:gml="http://www.opengis.net/gml/3.2" srsName="EPSG:4490"><gml:posList>30.70 108.40 30.90 108.40</gml:posList></gml:LineString></feature></layer>
        </example>
        <example outcome="fail" profile="chongqing">
          <description lang="en">The same facility 0.005° (about 480 m) from the bank.</description>
          <set path="@formatVersion">2</set>
          <append path="."><s:corridor river="yangtze"><s:facility kind="chemical"><s:distanceFromBank unit="m">480</s:distanceFromBank><s:geometry><gml:Polygon xmlns:gml="http://www.opengis.net/gml/3.2" srsName="EPSG:4490"><gml:exterior><gml:LinearRing><gml:posList>30.80 108.385 30.80 108.395 30.81 108.395 30.81 108.385 30.80 108.385</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></s:geometry></s:facility></s:corridor></append>
          <layer role="test-shoreline"><feature id="YZ-1" name="长江左岸（测试）" river="yangtze" rank="mainstem"><gml:LineString xmlns:gml="http://www.opengis.net/gml/3.2" srsName="EPSG:4490"><gml:posList>30.70 108.40 30.90 108.40</gml:posList></gml:LineString></feature></layer>
        </example>
      </rule>
      """)

  public init(element: CheckElement) throws(Diagnostic) {
    geometryPath = try element.geometryPath()
    layer = try element.layerRole()
    min = try element.bound("min")
    max = try element.bound("max")
    declared = try element.attribute("declared") == nil ? nil : element.simplePath("declared")
    tolerance = try element.bound("tolerance")
    unit = try element.unit(of: .length)
    condition = try element.layerCondition()
    let forms = [min != nil, max != nil, declared != nil].filter { $0 }.count
    guard forms == 1 else {
      throw element.fail(
        "distance 须恰有 min、max、declared 之一", "distance needs exactly one of min, max and declared")
    }
    guard (declared == nil) == (tolerance == nil) else {
      throw element.fail("declared 与 tolerance 须同时给出", "declared and tolerance go together")
    }
  }

  public var layerRoles: [String] { [layer] }
  public var parameterIDs: [String] { [min, max, tolerance].compactMap { $0?.parameterID } }
  public var codelistIDs: [String] { [] }
  public var readPaths: [SimplePath] { [geometryPath] + (declared.map { [$0] } ?? []) }
  public var boundSides: [BoundSide] {
    [(min, BoundSide.min), (max, BoundSide.max)].compactMap { $0.0 == nil ? nil : $0.1 }
  }
}
