/// What the HTML report's map of one spatial finding draws: the unit, the conflicting part (hatched), the context (the
/// layer feature, the other unit, the boundary), the distance's line, in CGCS2000 longitude, latitude, clipped to the
/// map's window and simplified to about a pixel by GEOS.
///
/// Made only when a report that draws maps is requested (`LayerSet.drawsSketches`, set from the renderers' needs), so
/// that other runs pay nothing; never encoded: JSON, SARIF, JUnit and text reports are the same with or without it.
public struct SpatialSketch: Sendable, Hashable {
  /// What the map shows.
  public enum Kind: String, Sendable, Hashable {
    /// The unit's overlap with a layer feature (`overlap`).
    case layerOverlap = "layer-overlap"
    /// The unit's overlap with another unit (`disjoint`).
    case unitOverlap = "unit-overlap"
    /// The unit's part outside the project boundary (`within`).
    case outsideBoundary = "outside-boundary"
    /// The distance to a layer feature (`distance`).
    case distance
    /// Where the geometry is invalid (`geometry-valid`).
    case invalid
    /// The unit alone, with its measured area (`area-matches`).
    case area
  }

  /// One ring or line, in order.
  public struct Path: Sendable, Hashable {
    public var longitudes: [Double]
    public var latitudes: [Double]

    public init(longitudes: [Double], latitudes: [Double]) {
      self.longitudes = longitudes
      self.latitudes = latitudes
    }
  }

  /// Polygons (each its exterior ring, then its holes) and lines.
  public struct Outline: Sendable, Hashable {
    public var polygons: [[Path]]
    public var lines: [Path]

    public init(polygons: [[Path]] = [], lines: [Path] = []) {
      self.polygons = polygons
      self.lines = lines
    }

    public var isEmpty: Bool { polygons.isEmpty && lines.isEmpty }
    public var vertexCount: Int {
      polygons.reduce(0) { $0 + $1.reduce(0) { $0 + $1.longitudes.count } }
        + lines.reduce(0) { $0 + $1.longitudes.count }
    }
  }

  public var kind: Kind
  /// The window, degrees.
  public var west: Double
  public var south: Double
  public var east: Double
  public var north: Double
  /// Metres per degree of longitude and of latitude at the window's middle latitude (the drawing's local
  /// equirectangular projection).
  public var metresPerDegreeLongitude: Double
  public var metresPerDegreeLatitude: Double
  /// The unit (the geometry the finding is about).
  public var subject: Outline
  /// Hatched: the overlap, the part outside the boundary.
  public var conflict: Outline
  /// The layer feature, the other unit or the boundary, clipped to the window.
  public var context: Outline
  /// A distance's two ends: on the unit, on the feature.
  public var segment: [SpatialDetail.Point]
  /// The window's south-west, south-east and north-west corners (lon/lat and the input CRS): the affine map from
  /// lon/lat to the input CRS that a reader's pointer position is shown in.
  public var corners: [SpatialDetail.Point]

  public init(
    kind: Kind, west: Double, south: Double, east: Double, north: Double, metresPerDegreeLongitude: Double,
    metresPerDegreeLatitude: Double, subject: Outline, conflict: Outline = Outline(), context: Outline = Outline(),
    segment: [SpatialDetail.Point] = [], corners: [SpatialDetail.Point] = []
  ) {
    self.kind = kind
    self.west = west
    self.south = south
    self.east = east
    self.north = north
    self.metresPerDegreeLongitude = metresPerDegreeLongitude
    self.metresPerDegreeLatitude = metresPerDegreeLatitude
    self.subject = subject
    self.conflict = conflict
    self.context = context
    self.segment = segment
    self.corners = corners
  }
}
