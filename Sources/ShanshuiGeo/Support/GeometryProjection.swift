import CGeo

extension GEOSContext {
  /// A copy of `geometry` with every coordinate passed through `transform` (x and y arrays, in place): points,
  /// lines, rings, polygons and collections. Nil when GEOS cannot build the result or a coordinate becomes infinite.
  func mapped(_ geometry: OpaquePointer, _ transform: (inout [Double], inout [Double]) -> Void) -> OpaquePointer? {
    let type = Int(cgeo_GEOSGeomTypeId_r(handle, geometry))
    switch type {
    case Int(GEOS_POINT.rawValue), Int(GEOS_LINESTRING.rawValue), Int(GEOS_LINEARRING.rawValue):
      var path = self.path(of: geometry)
      if path.count == 0 { return cgeo_GEOSGeom_clone_r(handle, geometry) }
      transform(&path.x, &path.y)
      guard path.x.allSatisfy(\.isFinite), path.y.allSatisfy(\.isFinite) else { return nil }
      if type == Int(GEOS_POINT.rawValue) { return cgeo_GEOSGeom_createPointFromXY_r(handle, path.x[0], path.y[0]) }
      // A free-standing ring (GEOS results have none; rings come through their polygon) becomes a line: the same set.
      return try? makeLine(path)
    case Int(GEOS_POLYGON.rawValue):
      guard cgeo_GEOSisEmpty_r(handle, geometry) == 0 else { return cgeo_GEOSGeom_clone_r(handle, geometry) }
      let rings = polygons(in: geometry)
      guard let polygon = rings.first else { return nil }
      var exterior = polygon.exterior
      transform(&exterior.x, &exterior.y)
      let holes = polygon.holes.map { hole -> LonLatPath in
        var moved = hole
        transform(&moved.x, &moved.y)
        return moved
      }
      let all = [exterior] + holes
      guard all.allSatisfy({ $0.x.allSatisfy(\.isFinite) && $0.y.allSatisfy(\.isFinite) }) else { return nil }
      return try? makePolygon(exterior: exterior, holes: holes)
    default:
      let count = max(0, Int(cgeo_GEOSGetNumGeometries_r(handle, geometry)))
      var parts: [OpaquePointer] = []
      for index in 0..<count {
        guard let part = cgeo_GEOSGetGeometryN_r(handle, geometry, Int32(index)), let moved = mapped(part, transform)
        else {
          parts.forEach { cgeo_GEOSGeom_destroy_r(handle, $0) }
          return nil
        }
        parts.append(moved)
      }
      let collectionType: GEOSGeomTypes =
        switch type {
        case Int(GEOS_MULTIPOINT.rawValue): GEOS_MULTIPOINT
        case Int(GEOS_MULTILINESTRING.rawValue): GEOS_MULTILINESTRING
        case Int(GEOS_MULTIPOLYGON.rawValue): GEOS_MULTIPOLYGON
        default: GEOS_GEOMETRYCOLLECTION
        }
      do { return try makeCollection(collectionType, parts) } catch {
        parts.forEach { cgeo_GEOSGeom_destroy_r(handle, $0) }
        return nil
      }
    }
  }
}
