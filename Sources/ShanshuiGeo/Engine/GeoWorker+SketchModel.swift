/// Lines and polygon rings in CGCS2000 longitude, latitude, clipped to a map's window and simplified for drawing.
public struct GeoOutline: Sendable, Hashable {
  /// One ring or line: longitudes and latitudes of its vertices, in order.
  public struct Path: Sendable, Hashable {
    public var longitudes: [Double]
    public var latitudes: [Double]

    public init(longitudes: [Double], latitudes: [Double]) {
      self.longitudes = longitudes
      self.latitudes = latitudes
    }
  }

  /// Each polygon as its exterior ring followed by its holes.
  public var polygons: [[Path]]
  public var lines: [Path]

  public init(polygons: [[Path]] = [], lines: [Path] = []) {
    self.polygons = polygons
    self.lines = lines
  }

  public static let empty = GeoOutline()

  /// Vertices in all rings and lines.
  public var vertexCount: Int {
    polygons.reduce(0) { $0 + $1.reduce(0) { $0 + $1.longitudes.count } } + lines.reduce(0) { $0 + $1.longitudes.count }
  }

  public var isEmpty: Bool { polygons.isEmpty && lines.isEmpty }
}

/// What a map of one spatial finding draws, computed by GEOS in longitude, latitude: the shape, the conflicting part
/// (an overlap, the part outside a boundary), the context (a layer feature, another unit, the boundary), each clipped to
/// the map's window and simplified to about a pixel, with at most `GeoWorker.sketchVertexCap` vertices each.
public struct GeoSketch: Sendable, Hashable {
  /// The map's window in degrees: `GeoWorker.sketchSize`'s aspect ratio in metres, around what the finding is about.
  public var west: Double
  public var south: Double
  public var east: Double
  public var north: Double
  /// Metres per degree at the window's centre (CGCS2000 ellipsoid: N cos φ₀ and M, in radians' worth of a degree):
  /// the local equirectangular projection the map is drawn in.
  public var metresPerDegreeLongitude: Double
  public var metresPerDegreeLatitude: Double
  public var subject: GeoOutline
  public var conflict: GeoOutline
  public var context: GeoOutline
  /// The window's south-west, south-east and north-west corners, in the input CRS and lon/lat: with them a reader
  /// maps lon/lat to the input CRS affinely within the window (for coordinates under the pointer).
  public var corners: [GeoPoint]
  /// The simplification tolerance used, in degrees of latitude (one pixel unless the vertex cap raised it).
  public var tolerance: Double
}
