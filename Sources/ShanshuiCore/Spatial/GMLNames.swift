import ShanshuiXML

/// The GML 3.2 names shanshui reads (OGC 07-036), and the XLink namespace it refuses.
enum GMLNames {
  /// GML 3.2's namespace.
  static let namespace = "http://www.opengis.net/gml/3.2"
  /// XLink's namespace: any attribute in it (`xlink:href`) is a reference shanshui never follows (E606).
  static let xlinkNamespace = "http://www.w3.org/1999/xlink"

  static let polygon = XMLName("Polygon", namespace: namespace)
  static let multiSurface = XMLName("MultiSurface", namespace: namespace)
  static let lineString = XMLName("LineString", namespace: namespace)
  static let multiCurve = XMLName("MultiCurve", namespace: namespace)
  static let exterior = XMLName("exterior", namespace: namespace)
  static let interior = XMLName("interior", namespace: namespace)
  static let linearRing = XMLName("LinearRing", namespace: namespace)
  static let posList = XMLName("posList", namespace: namespace)
  static let pos = XMLName("pos", namespace: namespace)
  static let surfaceMember = XMLName("surfaceMember", namespace: namespace)
  static let surfaceMembers = XMLName("surfaceMembers", namespace: namespace)
  static let curveMember = XMLName("curveMember", namespace: namespace)
  static let curveMembers = XMLName("curveMembers", namespace: namespace)

  /// Descriptive children every GML object may start with (AbstractGMLType); read past, never interpreted.
  static let descriptive: Set<String> = ["description", "name", "identifier"]
}

extension XMLNode {
  /// The name as written (`gml:Polygon`), for messages.
  var writtenName: String { prefix.map { "\($0):\(localName)" } ?? localName }
}
