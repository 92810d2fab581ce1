import CGeo

/// Measures geometry for one thread: its own GEOS context, PROJ context and cached transformations. Make one per
/// batch worker; it is not Sendable, and neither are the PreparedShapes it makes. Shared, read-only reviewer layers
/// are GeoLayers.
///
/// Working coordinates are CGCS2000 longitude, latitude: predicates run there in GEOS; areas are geodesic on the
/// CGCS2000 ellipsoid (PROJ's geod_polygonarea); distances are planar in the Gauss–Krüger zone of the query shape.
public final class GeoWorker {
  let geos: GEOSContext
  let proj: PROJContext

  /// Loads GEOS and PROJ on first use in the process (E600 when they cannot be loaded) and makes the contexts.
  public init() throws(GeoError) {
    try GeoLibraries.loadCore()
    geos = try GEOSContext()
    proj = try PROJContext()
  }

  /// Checks `shape` (finite coordinates, closed rings of at least four positions, lines of at least two, positions
  /// inside the CRS's area of use), transforms it to lon/lat and builds and prepares its GEOS geometry. An invalid
  /// geometry (self-intersecting…) is not an error: see `invalidity(of:)`.
  public func prepare(_ shape: GeoShape) throws(GeoError) -> PreparedShape {
    try ShapeChecks.check(shape)
    var positions: [GeoPosition] = []
    positions.reserveCapacity(shape.positionCount)
    for polygon in shape.polygons {
      positions += polygon.exterior
      for hole in polygon.interiors { positions += hole }
    }
    for line in shape.lines { positions += line }
    let (x, y) = try lonLat(of: positions, crs: shape.crs)
    let geometry = try build(shape, x: x, y: y)
    let invalidity = try self.invalidity(of: geometry, crs: shape.crs)
    var working = geometry
    if invalidity != nil {
      guard let repaired = cgeo_GEOSMakeValid_r(geos.handle, geometry.pointer) else {
        throw .geometryFailed(geos.takeError())
      }
      working = GEOSGeometryRef(repaired, geos)
    }
    return try PreparedShape(shape: shape, geometry: geometry, working: working, invalidity: invalidity)
  }

  /// Why GEOS finds the shape invalid (its reason, and the location in the input CRS and in lon/lat), or nil.
  public func invalidity(of shape: PreparedShape) -> GeoInvalidity? { shape.invalidity }

  /// The geodesic area of the shape's polygons on the CGCS2000 ellipsoid, m² (an invalid shape: of GEOS's repair).
  public func geodesicArea(of shape: PreparedShape) -> Double {
    if let area = shape.area { return area }
    let area = geos.geodesicArea(of: shape.working.pointer)
    shape.area = area
    return area
  }

  /// An interval that holds the geodesic area of the shape's polygons (`geodesicArea(of:)`), m², without solving a
  /// geodesic problem per edge (`AuthalicArea`); the exact area when it is already measured; nil when the shape is
  /// outside the enclosure's domain (beyond 60° of latitude, an edge longer than 50 km). For a comparison that most
  /// shapes pass by far: measure exactly only when the interval does not decide it.
  public func geodesicAreaEnclosure(of shape: PreparedShape) -> ClosedRange<Double>? {
    if let area = shape.area { return area...area }
    guard let enclosure = AuthalicArea.enclosure(of: geos.polygons(in: shape.working.pointer)) else { return nil }
    return max(0, enclosure.area - enclosure.bound)...(enclosure.area + enclosure.bound)
  }

  /// Whether `outer` covers `inner` (no point of `inner` outside `outer`; touching the boundary is inside), and
  /// otherwise the geodesic area of the part of `inner` outside `outer`, m².
  public func covers(
    _ outer: PreparedShape, _ inner: PreparedShape
  ) throws(GeoError) -> (
    covered: Bool, outsideArea: Double
  ) {
    let covered = cgeo_GEOSPreparedCovers_r(geos.handle, outer.prepared, inner.working.pointer)
    if covered == 2 { throw .geometryFailed(geos.takeError()) }
    if covered == 1 { return (true, 0) }
    guard let outside = cgeo_GEOSDifference_r(geos.handle, inner.working.pointer, outer.working.pointer) else {
      throw .geometryFailed(geos.takeError())
    }
    defer { cgeo_GEOSGeom_destroy_r(geos.handle, outside) }
    return (false, geos.geodesicArea(of: outside))
  }

  /// The geodesic area of the intersection of two shapes, m²: 0 when they are disjoint or only touch.
  public func intersectionArea(_ a: PreparedShape, _ b: PreparedShape) throws(GeoError) -> Double {
    try intersectionArea(a, b.working.pointer)
  }

  /// The geodesic area of `a` ∩ `geometry` (lon/lat), m².
  func intersectionArea(_ a: PreparedShape, _ geometry: OpaquePointer) throws(GeoError) -> Double {
    let intersects = cgeo_GEOSPreparedIntersects_r(geos.handle, a.prepared, geometry)
    if intersects == 2 { throw .geometryFailed(geos.takeError()) }
    if intersects == 0 { return 0 }
    guard let common = cgeo_GEOSIntersection_r(geos.handle, a.working.pointer, geometry) else {
      throw .geometryFailed(geos.takeError())
    }
    defer { cgeo_GEOSGeom_destroy_r(geos.handle, common) }
    return geos.geodesicArea(of: common)
  }

  /// A point guaranteed to lie on the shape (GEOS's point on surface), in the input CRS and in lon/lat: where a
  /// finding about the shape points the reader.
  public func representativePoint(of shape: PreparedShape) -> GeoPoint {
    guard let point = cgeo_GEOSPointOnSurface_r(geos.handle, shape.working.pointer) else {
      return point(longitude: (shape.west + shape.east) / 2, latitude: (shape.south + shape.north) / 2, crs: shape.crs)
    }
    defer { cgeo_GEOSGeom_destroy_r(geos.handle, point) }
    var longitude = 0.0
    var latitude = 0.0
    _ = cgeo_GEOSGeomGetX_r(geos.handle, point, &longitude)
    _ = cgeo_GEOSGeomGetY_r(geos.handle, point, &latitude)
    return self.point(longitude: longitude, latitude: latitude, crs: shape.crs)
  }

  // MARK: - Building

  /// CGCS2000 longitudes and latitudes of `positions` (EPSG axis order of `crs`), checked against its area of use.
  func lonLat(of positions: [GeoPosition], crs: GeoCRS) throws(GeoError) -> (x: [Double], y: [Double]) {
    // GIS order for PROJ's normalised transformation: x = longitude or easting, y = latitude or northing.
    var x = positions.map(\.second)
    var y = positions.map(\.first)
    if crs != .cgcs2000 { proj.transform(try proj.toLonLat(from: crs.description), x: &x, y: &y) }
    let area = crs.areaOfUse
    for index in positions.indices {
      guard x[index] >= area.west, x[index] <= area.east, y[index] >= area.south, y[index] <= area.north else {
        throw .outsideAreaOfUse(positions[index], crs: crs)
      }
    }
    return (x, y)
  }

  /// The GEOS geometry of a checked shape whose positions, in order, are (x, y).
  private func build(_ shape: GeoShape, x: [Double], y: [Double]) throws(GeoError) -> GEOSGeometryRef {
    var offset = 0
    func take(_ count: Int) -> LonLatPath {
      defer { offset += count }
      return LonLatPath(x: Array(x[offset..<offset + count]), y: Array(y[offset..<offset + count]))
    }
    let polygons = shape.polygons.map { polygon in
      (exterior: take(polygon.exterior.count), holes: polygon.interiors.map { take($0.count) })
    }
    let lines = shape.lines.map { take($0.count) }
    return GEOSGeometryRef(try geos.makeShape(polygons: polygons, lines: lines), geos)
  }

  private func invalidity(of geometry: GEOSGeometryRef, crs: GeoCRS) throws(GeoError) -> GeoInvalidity? {
    guard let problem = try geos.invalidity(of: geometry.pointer) else { return nil }
    return GeoInvalidity(
      reason: problem.reason, location: point(longitude: problem.longitude, latitude: problem.latitude, crs: crs))
  }

  /// A lon/lat point with its position in `crs` (PROJ's inverse transformation).
  func point(longitude: Double, latitude: Double, crs: GeoCRS) -> GeoPoint {
    var x = [longitude]
    var y = [latitude]
    if crs != .cgcs2000, let transformation = try? proj.toLonLat(from: crs.description) {
      proj.transform(transformation, x: &x, y: &y, inverse: true)
    }
    return GeoPoint(position: GeoPosition(y[0], x[0]), crs: crs, longitude: longitude, latitude: latitude)
  }
}
