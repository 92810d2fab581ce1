/// Where and how much, for a finding of a spatial rule: which unit, which layer feature, the overlap area or the
/// distance, the line of the unit's geometry element and a representative point of it (in the input CRS and in
/// CGCS2000 longitude, latitude).
public struct SpatialDetail: Sendable, Codable, Hashable {
  /// A point on the geometry: as written (the input CRS's axis order) and as CGCS2000 longitude, latitude.
  public struct Point: Sendable, Codable, Hashable {
    /// The input CRS, `EPSG:4490` or a Gauss–Krüger zone's code.
    public var crs: String
    /// The two coordinates in the input CRS's EPSG axis order (latitude, longitude; northing, easting).
    public var first: Double
    public var second: Double
    public var longitude: Double
    public var latitude: Double

    public init(crs: String, first: Double, second: Double, longitude: Double, latitude: Double) {
      self.crs = crs
      self.first = first
      self.second = second
      self.longitude = longitude
      self.latitude = latitude
    }
  }

  /// A feature of a reviewer layer.
  public struct Feature: Sendable, Codable, Hashable {
    /// The layer role (`ecological-red-line`).
    public var role: String
    /// The feature's id in the layer file (its FID), or its position in a rule example's layer.
    public var id: String
    /// The feature's name attribute, when it has one.
    public var name: String?

    public init(role: String, id: String, name: String? = nil) {
      self.role = role
      self.id = id
      self.name = name
    }
  }

  /// The restoration unit's (or the context element's) `@id` and `name`.
  public var unitID: String?
  public var unitName: String?
  /// Line of the geometry element the measurement read.
  public var geometryLine: Int?
  public var point: Point?
  public var feature: Feature?
  /// Another unit of the same submission (`disjoint`).
  public var otherUnitID: String?
  /// Geodesic area in m² (an overlap, the area outside a boundary, a unit's measured area).
  public var areaSquareMetres: Double?
  /// The same area in the rule's unit (`mu`, `ha`, `m2`), with that unit's id.
  public var area: Double?
  public var areaUnit: String?
  /// The area as a share of the unit's own area, in percent.
  public var sharePercent: Double?
  /// A distance in metres.
  public var distanceMetres: Double?
  /// The HTML report's map of the finding; nil unless a report that draws maps was requested. Not encoded.
  public var sketch: SpatialSketch? = nil

  private enum CodingKeys: String, CodingKey {
    case unitID, unitName, geometryLine, point, feature, otherUnitID, areaSquareMetres, area, areaUnit, sharePercent
    case distanceMetres
  }

  public init(
    unitID: String? = nil, unitName: String? = nil, geometryLine: Int? = nil, point: Point? = nil,
    feature: Feature? = nil, otherUnitID: String? = nil, areaSquareMetres: Double? = nil, area: Double? = nil,
    areaUnit: String? = nil, sharePercent: Double? = nil, distanceMetres: Double? = nil
  ) {
    self.unitID = unitID
    self.unitName = unitName
    self.geometryLine = geometryLine
    self.point = point
    self.feature = feature
    self.otherUnitID = otherUnitID
    self.areaSquareMetres = areaSquareMetres
    self.area = area
    self.areaUnit = areaUnit
    self.sharePercent = sharePercent
    self.distanceMetres = distanceMetres
  }
}
