import ShanshuiGeo

/// Writes an imported shape as a submission's `<geometry>` (docs/submission-format.md, Version 2: geometry): one
/// `gml:Polygon`, or a `gml:MultiSurface` of `gml:surfaceMember` polygons when there are several, holes as
/// `gml:interior`, every ring a `gml:LinearRing` with one `gml:posList`, `srsName="urn:ogc:def:crs:EPSG::CODE"` on the outer element
/// (the URN form: every reader takes it in EPSG axis order; GDAL reads the short `EPSG:CODE` as longitude first).
///
/// Positions are written in the CRS's EPSG axis order (latitude first for EPSG:4490, northing first for a
/// Gauss–Krüger zone) with Swift's shortest round-tripping decimal form of each double: the number read back is the
/// number written (15–17 significant digits: far more than 9 decimals of a degree or 3 of a metre).
public enum ImportedGeometryGML {
  /// `<PREFIX:geometry>…</PREFIX:geometry>` on one line. `elementPrefix` is the prefix of the submission's own
  /// elements where the target is ("" for the default namespace); `declareGML` adds `xmlns:gml` on the GML element
  /// (when the document does not bind `gml` to GML 3.2 on its root).
  public static func text(_ shape: GeoShape, elementPrefix: String, declareGML: Bool) -> String {
    let geometry = elementPrefix.isEmpty ? "geometry" : "\(elementPrefix):geometry"
    let declaration = declareGML ? " xmlns:gml=\"\(GMLNames.namespace)\"" : ""
    let srs = " srsName=\"urn:ogc:def:crs:EPSG::\(shape.crs.epsg)\""
    let body: String
    if shape.polygons.count == 1, let polygon = shape.polygons.first {
      body = self.polygon(polygon, attributes: declaration + srs)
    } else {
      body =
        "<gml:MultiSurface\(declaration)\(srs)>"
        + shape.polygons.map { "<gml:surfaceMember>\(self.polygon($0, attributes: ""))</gml:surfaceMember>" }.joined()
        + "</gml:MultiSurface>"
    }
    return "<\(geometry)>\(body)</\(geometry)>"
  }

  private static func polygon(_ polygon: GeoPolygon, attributes: String) -> String {
    "<gml:Polygon\(attributes)><gml:exterior>\(ring(polygon.exterior))</gml:exterior>"
      + polygon.interiors.map { "<gml:interior>\(ring($0))</gml:interior>" }.joined() + "</gml:Polygon>"
  }

  private static func ring(_ positions: [GeoPosition]) -> String {
    "<gml:LinearRing><gml:posList>"
      + positions.map { "\(number($0.first)) \(number($0.second))" }.joined(separator: " ")
      + "</gml:posList></gml:LinearRing>"
  }

  /// The shortest decimal that reads back as `value` (`30.675852`, `3331710.39`), without an exponent for the
  /// magnitudes a supported CRS has.
  static func number(_ value: Double) -> String {
    let text = "\(value)"
    return text.hasSuffix(".0") ? String(text.dropLast(2)) : text
  }
}
