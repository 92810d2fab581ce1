/// One position as written in a submission or layer: two numbers in the CRS's EPSG axis order (latitude, longitude
/// for EPSG:4490; northing, easting for a Gauss–Krüger zone).
public struct GeoPosition: Hashable, Sendable {
  public var first: Double
  public var second: Double

  public init(_ first: Double, _ second: Double) {
    self.first = first
    self.second = second
  }
}

/// A polygon: its exterior ring and its holes, each ring closed (first position equals last).
public struct GeoPolygon: Hashable, Sendable {
  public var exterior: [GeoPosition]
  public var interiors: [[GeoPosition]]

  public init(exterior: [GeoPosition], interiors: [[GeoPosition]] = []) {
    self.exterior = exterior
    self.interiors = interiors
  }

  /// Positions in all rings.
  public var positionCount: Int { exterior.count + interiors.reduce(0) { $0 + $1.count } }
}

/// A geometry in its declared CRS: a submission's (one `gml:Polygon` or `gml:MultiSurface`: polygons only) or a
/// layer feature's in a rule example (polygons, or lines for a river's shoreline: `gml:LineString`,
/// `gml:MultiCurve`).
public struct GeoShape: Hashable, Sendable {
  public var crs: GeoCRS
  public var polygons: [GeoPolygon]
  /// Line strings, each of at least two positions.
  public var lines: [[GeoPosition]]

  public init(crs: GeoCRS, polygons: [GeoPolygon], lines: [[GeoPosition]] = []) {
    self.crs = crs
    self.polygons = polygons
    self.lines = lines
  }

  public var positionCount: Int {
    polygons.reduce(0) { $0 + $1.positionCount } + lines.reduce(0) { $0 + $1.count }
  }
}
