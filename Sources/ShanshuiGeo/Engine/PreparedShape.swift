import CGeo

/// A shape made ready for measuring by one GeoWorker: its positions transformed to CGCS2000 longitude, latitude, a
/// GEOS geometry of them, its validity, and a GEOS prepared geometry for fast predicates. Belongs to the worker that
/// made it (not Sendable): use it only with that worker.
public final class PreparedShape {
  /// The shape as given (input CRS).
  public let shape: GeoShape
  /// Why GEOS finds the geometry invalid, or nil.
  public let invalidity: GeoInvalidity?
  /// The geometry as given, in lon/lat.
  let geometry: GEOSGeometryRef
  /// What is measured: `geometry`, or GEOS's MakeValid repair of it when it is invalid (so that an invalid unit is
  /// still measured, and reported by `geometry-valid`).
  let working: GEOSGeometryRef
  /// The prepared form of `working`.
  let prepared: OpaquePointer
  /// `working` projected to Gauss–Krüger zones (by zone number), made when a distance is first measured.
  var planes: [Int: GEOSGeometryRef] = [:]
  /// The geodesic area of `working`, m², once measured: several rules ask for it (area-matches, then overlap and
  /// within for their shares), and Karney's area costs an inverse geodesic problem per edge.
  var area: Double?
  /// Bounding box of `working`, degrees.
  public let west: Double, south: Double, east: Double, north: Double

  init(
    shape: GeoShape, geometry: GEOSGeometryRef, working: GEOSGeometryRef, invalidity: GeoInvalidity?
  )
    throws(GeoError)
  {
    let handle = working.context.handle
    guard let prepared = cgeo_GEOSPrepare_r(handle, working.pointer) else {
      throw .geometryFailed(working.context.takeError())
    }
    self.shape = shape
    self.geometry = geometry
    self.working = working
    self.invalidity = invalidity
    self.prepared = prepared
    var bounds = [0.0, 0.0, 0.0, 0.0]
    _ = cgeo_GEOSGeom_getXMin_r(handle, working.pointer, &bounds[0])
    _ = cgeo_GEOSGeom_getYMin_r(handle, working.pointer, &bounds[1])
    _ = cgeo_GEOSGeom_getXMax_r(handle, working.pointer, &bounds[2])
    _ = cgeo_GEOSGeom_getYMax_r(handle, working.pointer, &bounds[3])
    (west, south, east, north) = (bounds[0], bounds[1], bounds[2], bounds[3])
  }

  deinit { cgeo_GEOSPreparedGeom_destroy_r(working.context.handle, prepared) }

  /// The input CRS.
  public var crs: GeoCRS { shape.crs }
  /// Whether GEOS finds the geometry valid.
  public var isValid: Bool { invalidity == nil }
  /// The longitude of the bounding box's centre: picks the Gauss–Krüger zone for distances.
  public var centreLongitude: Double { (west + east) / 2 }
}
