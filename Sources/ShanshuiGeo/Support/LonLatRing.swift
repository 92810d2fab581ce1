import CGeo

/// A ring or line in working coordinates: x = CGCS2000 longitude, y = latitude (degrees).
struct LonLatPath {
  var x: [Double]
  var y: [Double]

  var count: Int { x.count }

  /// A copy with every position moved by `body` (a PROJ transformation, a densification).
  func moved(by body: (inout [Double], inout [Double]) -> Void) -> LonLatPath {
    var copy = self
    body(&copy.x, &copy.y)
    return copy
  }
}

extension GEOSContext {
  /// A coordinate sequence holding `path` (owned by the caller until a geometry takes it).
  private func sequence(_ path: LonLatPath) throws(GeoError) -> OpaquePointer {
    let made = path.x.withUnsafeBufferPointer { x in
      path.y.withUnsafeBufferPointer { y in
        cgeo_GEOSCoordSeq_copyFromArrays_r(handle, x.baseAddress, y.baseAddress, nil, nil, UInt32(path.count))
      }
    }
    guard let made else { throw .geometryFailed(takeError()) }
    return made
  }

  /// A polygon from its exterior ring and holes (closed paths of at least four positions).
  func makePolygon(exterior: LonLatPath, holes: [LonLatPath]) throws(GeoError) -> OpaquePointer {
    guard let shell = cgeo_GEOSGeom_createLinearRing_r(handle, try sequence(exterior)) else {
      throw .geometryFailed(takeError())
    }
    var rings: [OpaquePointer?] = []
    for hole in holes {
      guard let ring = cgeo_GEOSGeom_createLinearRing_r(handle, try sequence(hole)) else {
        rings.forEach { cgeo_GEOSGeom_destroy_r(handle, $0) }
        cgeo_GEOSGeom_destroy_r(handle, shell)
        throw .geometryFailed(takeError())
      }
      rings.append(ring)
    }
    let polygon = rings.withUnsafeMutableBufferPointer {
      cgeo_GEOSGeom_createPolygon_r(handle, shell, $0.baseAddress, UInt32(holes.count))
    }
    guard let polygon else { throw .geometryFailed(takeError()) }
    return polygon
  }

  /// A line string of at least two positions.
  func makeLine(_ path: LonLatPath) throws(GeoError) -> OpaquePointer {
    guard let line = cgeo_GEOSGeom_createLineString_r(handle, try sequence(path)) else {
      throw .geometryFailed(takeError())
    }
    return line
  }

  /// A collection of `type` owning `parts`.
  func makeCollection(_ type: GEOSGeomTypes, _ parts: [OpaquePointer]) throws(GeoError) -> OpaquePointer {
    var members: [OpaquePointer?] = parts
    let made = members.withUnsafeMutableBufferPointer {
      cgeo_GEOSGeom_createCollection_r(handle, Int32(type.rawValue), $0.baseAddress, UInt32(parts.count))
    }
    guard let made else { throw .geometryFailed(takeError()) }
    return made
  }

  /// One geometry of polygons and lines: a Polygon or LineString when there is one part, a MultiPolygon or
  /// MultiLineString, or a GeometryCollection of both.
  func makeShape(
    polygons: [(exterior: LonLatPath, holes: [LonLatPath])], lines: [LonLatPath]
  ) throws(GeoError)
    -> OpaquePointer
  {
    var polygonParts: [OpaquePointer] = []
    var lineParts: [OpaquePointer] = []
    // Parts not yet owned by a collection are destroyed if a later step fails.
    defer { (polygonParts + lineParts).forEach { cgeo_GEOSGeom_destroy_r(handle, $0) } }
    for polygon in polygons { polygonParts.append(try makePolygon(exterior: polygon.exterior, holes: polygon.holes)) }
    for line in lines { lineParts.append(try makeLine(line)) }
    if polygonParts.isEmpty && lineParts.isEmpty { throw .tooFewPositions(0) }
    if polygonParts.count == 1 && lineParts.isEmpty { return polygonParts.removeLast() }
    if lineParts.count == 1 && polygonParts.isEmpty { return lineParts.removeLast() }
    var members: [OpaquePointer] = []
    if !polygonParts.isEmpty {
      let parts = polygonParts
      polygonParts = []
      members.append(try makeCollection(GEOS_MULTIPOLYGON, parts))
    }
    if !lineParts.isEmpty {
      let parts = lineParts
      lineParts = []
      do { members.append(try makeCollection(GEOS_MULTILINESTRING, parts)) } catch {
        members.forEach { cgeo_GEOSGeom_destroy_r(handle, $0) }
        throw error
      }
    }
    if members.count == 1 { return members[0] }
    return try makeCollection(GEOS_GEOMETRYCOLLECTION, members)
  }

  /// GEOS's reason and location (lon/lat) when `geometry` is invalid, or nil.
  func invalidity(of geometry: OpaquePointer) throws(GeoError) -> (reason: String, longitude: Double, latitude: Double)?
  {
    var reason: UnsafeMutablePointer<CChar>?
    var location: OpaquePointer?
    let valid = cgeo_GEOSisValidDetail_r(handle, geometry, 0, &reason, &location)
    defer {
      if let reason { cgeo_GEOSFree_r(handle, reason) }
      if let location { cgeo_GEOSGeom_destroy_r(handle, location) }
    }
    if valid == 1 { return nil }
    if valid != 0 { throw .geometryFailed(takeError()) }
    var longitude = Double.nan
    var latitude = Double.nan
    if let location {
      _ = cgeo_GEOSGeomGetX_r(handle, location, &longitude)
      _ = cgeo_GEOSGeomGetY_r(handle, location, &latitude)
    }
    return (reason.map { String(cString: $0) } ?? "invalid", longitude, latitude)
  }

  /// The coordinates of a point, line or ring geometry.
  func path(of geometry: OpaquePointer) -> LonLatPath {
    guard let sequence = cgeo_GEOSGeom_getCoordSeq_r(handle, geometry) else { return LonLatPath(x: [], y: []) }
    var size: UInt32 = 0
    guard cgeo_GEOSCoordSeq_getSize_r(handle, sequence, &size) != 0, size > 0 else {
      return LonLatPath(x: [], y: [])
    }
    var x = [Double](repeating: 0, count: Int(size))
    var y = [Double](repeating: 0, count: Int(size))
    _ = cgeo_GEOSCoordSeq_copyToArrays_r(handle, sequence, &x, &y, nil, nil)
    return LonLatPath(x: x, y: y)
  }

  /// Every polygon in `geometry` (a polygon, multipolygon or collection; lines and points are skipped) as its
  /// exterior ring and holes.
  func polygons(in geometry: OpaquePointer) -> [(exterior: LonLatPath, holes: [LonLatPath])] {
    let type = cgeo_GEOSGeomTypeId_r(handle, geometry)
    if type == Int32(GEOS_POLYGON.rawValue) {
      guard cgeo_GEOSisEmpty_r(handle, geometry) == 0, let shell = cgeo_GEOSGetExteriorRing_r(handle, geometry) else {
        return []
      }
      let holeCount = max(0, Int(cgeo_GEOSGetNumInteriorRings_r(handle, geometry)))
      let holes = (0..<holeCount).compactMap { index in
        cgeo_GEOSGetInteriorRingN_r(handle, geometry, Int32(index)).map { path(of: $0) }
      }
      return [(path(of: shell), holes)]
    }
    if type == Int32(GEOS_MULTIPOLYGON.rawValue) || type == Int32(GEOS_GEOMETRYCOLLECTION.rawValue) {
      let count = max(0, Int(cgeo_GEOSGetNumGeometries_r(handle, geometry)))
      return (0..<count).flatMap { index in
        cgeo_GEOSGetGeometryN_r(handle, geometry, Int32(index)).map { polygons(in: $0) } ?? []
      }
    }
    return []
  }

  /// Every line string in `geometry` (a line, multiline or collection; polygons and points are skipped).
  func lines(in geometry: OpaquePointer) -> [LonLatPath] {
    let type = cgeo_GEOSGeomTypeId_r(handle, geometry)
    if type == Int32(GEOS_LINESTRING.rawValue) || type == Int32(GEOS_LINEARRING.rawValue) {
      return [path(of: geometry)]
    }
    if type == Int32(GEOS_MULTILINESTRING.rawValue) || type == Int32(GEOS_GEOMETRYCOLLECTION.rawValue) {
      let count = max(0, Int(cgeo_GEOSGetNumGeometries_r(handle, geometry)))
      return (0..<count).flatMap { index in
        cgeo_GEOSGetGeometryN_r(handle, geometry, Int32(index)).map { lines(in: $0) } ?? []
      }
    }
    return []
  }

  /// The geodesic area of `geometry`'s polygons on the CGCS2000 ellipsoid, m² (holes subtracted; lines count 0).
  func geodesicArea(of geometry: OpaquePointer) -> Double {
    polygons(in: geometry).reduce(0) { total, polygon in
      polygon.holes.reduce(total + GeodesicArea.ring(polygon.exterior)) { $0 - GeodesicArea.ring($1) }
    }
  }
}

/// Geodesic areas by PROJ's geod_polygonarea (Karney's algorithm; edges are geodesics).
enum GeodesicArea {
  /// The unsigned area of a ring, m².
  static func ring(_ path: LonLatPath) -> Double {
    guard path.count >= 3 else { return 0 }
    var latitudes = path.y
    var longitudes = path.x
    return abs(cgeo_geodesic_ring_area(&latitudes, &longitudes, Int32(path.count)))
  }
}
