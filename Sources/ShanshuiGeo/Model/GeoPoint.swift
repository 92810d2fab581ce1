/// A point reported to the reader: in the input's CRS (its EPSG axis order) and in CGCS2000 longitude, latitude.
public struct GeoPoint: Hashable, Sendable {
  /// The position in `crs`, EPSG axis order.
  public var position: GeoPosition
  public var crs: GeoCRS
  public var longitude: Double
  public var latitude: Double

  public init(position: GeoPosition, crs: GeoCRS, longitude: Double, latitude: Double) {
    self.position = position
    self.crs = crs
    self.longitude = longitude
    self.latitude = latitude
  }
}

/// Why GEOS finds a geometry invalid (a self-intersecting "bowtie" ring, a hole outside its shell…) and where.
public struct GeoInvalidity: Hashable, Sendable {
  /// GEOS's reason, e.g. "Self-intersection" or "Ring Self-intersection".
  public var reason: String
  /// The offending location.
  public var location: GeoPoint

  public init(reason: String, location: GeoPoint) {
    self.reason = reason
    self.location = location
  }
}
