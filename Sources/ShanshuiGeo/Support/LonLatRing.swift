import CGeo

/// A ring or line in working coordinates: x = CGCS2000 longitude, y = latitude (degrees).
struct LonLatPath {
  var x: [Double]
  var y: [Double]

  var count: Int { x.count }
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
