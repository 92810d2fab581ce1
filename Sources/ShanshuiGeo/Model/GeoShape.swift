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

/// A geometry from a submission (one `gml:Polygon` or `gml:MultiSurface`) in its declared CRS.
public struct GeoShape: Hashable, Sendable {
  public var crs: GeoCRS
  public var polygons: [GeoPolygon]

  public init(crs: GeoCRS, polygons: [GeoPolygon]) {
    self.crs = crs
    self.polygons = polygons
  }

  public var positionCount: Int { polygons.reduce(0) { $0 + $1.positionCount } }
}
