import CGeo

/// Dissolves the polygons of several features written into one `<geometry>` (the project boundary from several
/// features, or features sharing a key): GEOS's unary union, so that parts sharing an edge become one polygon and
/// overlaps are counted once, instead of a `gml:MultiSurface` whose parts touch along edges (invalid: SS-GEO-001).
/// A single feature is never dissolved: its coordinates are written as the file holds them.
public enum ImportDissolve {
  /// The union of `shape`'s polygons in its CRS (positions in their axis order: the union does not depend on which
  /// axis comes first), or nil when GEOS cannot compute it (an invalid part: the caller writes the parts as they are).
  public static func union(_ shape: GeoShape) -> GeoShape? {
    guard shape.polygons.count > 1 else { return shape }
    do { try GeoLibraries.loadCore() } catch { return nil }
    guard let context = try? GEOSContext() else { return nil }
    func path(_ positions: [GeoPosition]) -> LonLatPath {
      LonLatPath(x: positions.map(\.first), y: positions.map(\.second))
    }
    guard
      let parts = try? context.makeShape(
        polygons: shape.polygons.map { (path($0.exterior), $0.interiors.map(path)) }, lines: [])
    else { return nil }
    defer { cgeo_GEOSGeom_destroy_r(context.handle, parts) }
    guard let union = cgeo_GEOSUnaryUnion_r(context.handle, parts) else { return nil }
    defer { cgeo_GEOSGeom_destroy_r(context.handle, union) }
    func positions(_ path: LonLatPath) -> [GeoPosition] { zip(path.x, path.y).map { GeoPosition($0, $1) } }
    let polygons = context.polygons(in: union).map {
      GeoPolygon(exterior: positions($0.exterior), interiors: $0.holes.map(positions))
    }
    return polygons.isEmpty ? nil : GeoShape(crs: shape.crs, polygons: polygons)
  }
}
