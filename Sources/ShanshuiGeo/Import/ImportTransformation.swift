import CGeo

/// The PROJ transformations an import needs: the file's CRS to the CRS written (when they differ) and to CGCS2000
/// lon/lat (to check that every position lands in the written CRS's area of use: a wrong `.prj` is caught there).
struct ImportTransformation {
  let proj: PROJContext
  /// Source → target, both in GIS order (x = easting or longitude); nil when the file is already in the target CRS.
  let toTarget: OpaquePointer?
  /// Source → CGCS2000 lon/lat; nil when the file is in EPSG:4490.
  let toLonLat: OpaquePointer?
  let target: GeoCRS
  let sourceName: String

  init(source: (name: String, projSource: String), target: GeoCRS) throws(ImportSourceError) {
    do { proj = try PROJContext() } catch { throw .crs(error.description) }
    self.target = target
    sourceName = source.name
    do {
      toLonLat = source.name == "EPSG:4490" ? nil : try proj.toLonLat(from: source.projSource)
    } catch {
      throw .crs("\(source.name) cannot be transformed to CGCS2000: \(error)")
    }
    if source.name == target.description {
      toTarget = nil
    } else {
      guard let raw = cgeo_proj_create_crs_to_crs(proj.context, source.projSource, target.description, nil) else {
        throw .crs("PROJ knows no transformation from \(source.name) to \(target)")
      }
      defer { _ = cgeo_proj_destroy(raw) }
      guard let normalised = cgeo_proj_normalize_for_visualization(proj.context, raw) else {
        throw .crs("PROJ could not normalise the axis order of \(source.name) → \(target)")
      }
      toTarget = normalised
    }
  }

  /// Checks that `polygons` (in the source CRS) land in the target's area of use, then moves them to the target.
  func apply(_ polygons: inout ImportPolygons, fid: Int64) throws(ImportSourceError) {
    let area = target.areaOfUse
    for ring in polygons.rings {
      var x = ring.x
      var y = ring.y
      if let toLonLat { proj.transform(toLonLat, x: &x, y: &y) }
      for (lon, lat) in zip(x, y)
      where !(lon >= area.west && lon <= area.east && lat >= area.south && lat <= area.north) {
        throw .crs(
          "feature \(fid) lies at \(lon), \(lat) (lon, lat) once transformed from \(sourceName), outside the area of "
            + "use of \(target)\(target == .cgcs2000 ? " (China): is the file's CRS right?" : ": choose the zone with --crs")"
        )
      }
    }
    guard let toTarget else { return }
    polygons.transform { proj.transform(toTarget, x: &$0, y: &$1) }
    for ring in polygons.rings {
      for (a, b) in zip(ring.x, ring.y) where !a.isFinite || !b.isFinite {
        throw .crs("PROJ could not transform feature \(fid) from \(sourceName) to \(target)")
      }
    }
  }

  /// Releases the source → target transformation (the lon/lat one belongs to the context's cache).
  func close() { if let toTarget { _ = cgeo_proj_destroy(toTarget) } }
}
