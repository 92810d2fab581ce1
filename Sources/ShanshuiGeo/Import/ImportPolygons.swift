import CGeo

/// A feature's polygons as the file holds them (x = easting or longitude, y = northing or latitude), read from an
/// OGR geometry: polygons and multi-polygons only; a point, a line or a curve refuses the feature.
struct ImportPolygons {
  var polygons: [(exterior: LonLatPath, holes: [LonLatPath])] = []

  /// Every ring.
  var rings: [LonLatPath] { polygons.flatMap { [$0.exterior] + $0.holes } }

  /// Whether the feature held circular arcs, replaced by straight pieces (`linearStepDegrees`).
  private(set) var linearized = false

  /// The angle each straight piece of a linearized arc spans (GDAL's default): its chord departs from the arc by at
  /// most r · (1 − cos 2°) ≈ 6 × 10⁻⁴ r, 6 cm on an arc of 100 m radius.
  static let linearStepDegrees = 4.0

  /// Reads `geometry` (its Z and M are dropped). Arcs (a FileGDB's or GeoPackage's curve polygons, which ArcGIS
  /// writes for rounded boundaries) are cut into straight pieces first: GML here holds linear rings only.
  init(_ geometry: OGRGeometryH, fid: Int64) throws(ImportSourceError) {
    guard cgeo_OGR_G_HasCurveGeometry(geometry, 1) != 0 else {
      try collect(geometry, fid: fid)
      return
    }
    guard let linear = cgeo_OGR_G_GetLinearGeometry(geometry, Self.linearStepDegrees, nil) else {
      throw .featureRefused(fid: fid, reason: "its circular arcs could not be cut into straight pieces")
    }
    defer { cgeo_OGR_G_DestroyGeometry(linear) }
    linearized = true
    try collect(linear, fid: fid)
  }

  private mutating func collect(_ geometry: OGRGeometryH, fid: Int64) throws(ImportSourceError) {
    let raw = UInt32(cgeo_OGR_G_GetGeometryType(geometry).rawValue)
    let type = (raw & 0x7FFF_FFFF) % 1000  // drop the 2.5D flag and ISO Z/M/ZM offsets
    switch type {
    case 3:  // Polygon
      var rings: [LonLatPath] = []
      for index in 0..<max(0, Int(cgeo_OGR_G_GetGeometryCount(geometry))) {
        guard let ring = cgeo_OGR_G_GetGeometryRef(geometry, Int32(index)) else { continue }
        rings.append(try Self.ring(ring, fid: fid))
      }
      if let exterior = rings.first { polygons.append((exterior, Array(rings.dropFirst()))) }
    case 6, 7, 12:  // MultiPolygon, GeometryCollection, MultiSurface (of polygons: FileGDB)
      for index in 0..<max(0, Int(cgeo_OGR_G_GetGeometryCount(geometry))) {
        if let part = cgeo_OGR_G_GetGeometryRef(geometry, Int32(index)) { try collect(part, fid: fid) }
      }
    case 1, 4: throw .featureRefused(fid: fid, reason: "a point geometry: only polygons can be imported")
    case 2, 5: throw .featureRefused(fid: fid, reason: "a line geometry: only polygons can be imported")
    default:
      throw .featureRefused(
        fid: fid,
        reason: "geometry type \(type) is not a polygon (curves: convert with ogr2ogr -nlt MULTIPOLYGON first)")
    }
  }

  private static func ring(_ geometry: OGRGeometryH, fid: Int64) throws(ImportSourceError) -> LonLatPath {
    let (path, nonFinite) = OGRReading.points(of: geometry)
    if let (a, b) = nonFinite {
      throw .featureRefused(fid: fid, reason: "a coordinate is not a finite number (\(a), \(b))")
    }
    let (x, y, count) = (path.x, path.y, path.count)
    guard count >= 4 else {
      throw .featureRefused(fid: fid, reason: "a ring with \(count) positions (at least four, closed)")
    }
    if x[0] != x[count - 1] || y[0] != y[count - 1] {
      throw .featureRefused(fid: fid, reason: "a ring that is not closed, starting at \(x[0]), \(y[0])")
    }
    return path
  }

  /// Moves every ring with `body` (a PROJ transformation).
  mutating func transform(_ body: (inout [Double], inout [Double]) -> Void) {
    func moved(_ path: LonLatPath) -> LonLatPath { path.moved(by: body) }
    polygons = polygons.map { (moved($0.exterior), $0.holes.map(moved)) }
  }

  /// The shape in `crs`, positions in its EPSG axis order: (y, x), latitude or northing first.
  func shape(in crs: GeoCRS) -> GeoShape {
    func positions(_ path: LonLatPath) -> [GeoPosition] { zip(path.y, path.x).map { GeoPosition($0, $1) } }
    return GeoShape(
      crs: crs,
      polygons: polygons.map { GeoPolygon(exterior: positions($0.exterior), interiors: $0.holes.map(positions)) })
  }
}
