import CGeo

/// A layer's GEOS side: one valid geometry per feature in CGCS2000 lon/lat, and an STRtree over them, made in the
/// layer's own GEOS context. Built on one thread and then only read: `warmUp()` runs one query on the building
/// thread because GEOS 3.11 builds the STRtree on its first query (and caches envelopes lazily); after that,
/// concurrent queries from workers' contexts only read.
final class LayerIndex {
  let context: GEOSContext
  let geometries: [OpaquePointer]
  private let tree: OpaquePointer
  /// Bounds of all features, degrees.
  let west: Double, south: Double, east: Double, north: Double

  /// Takes ownership of `geometries` (made in `context`).
  init(context: GEOSContext, geometries: [OpaquePointer]) throws(GeoError) {
    guard let tree = cgeo_GEOSSTRtree_create_r(context.handle, 10) else {
      geometries.forEach { cgeo_GEOSGeom_destroy_r(context.handle, $0) }
      throw .geometryFailed(context.takeError())
    }
    self.context = context
    self.geometries = geometries
    self.tree = tree
    var bounds = (west: Double.infinity, south: Double.infinity, east: -Double.infinity, north: -Double.infinity)
    for (index, geometry) in geometries.enumerated() {
      // Items are index + 1: a null item pointer would be ambiguous.
      cgeo_GEOSSTRtree_insert_r(context.handle, tree, geometry, UnsafeMutableRawPointer(bitPattern: index + 1))
      var value = 0.0
      if cgeo_GEOSGeom_getXMin_r(context.handle, geometry, &value) != 0 { bounds.west = min(bounds.west, value) }
      if cgeo_GEOSGeom_getYMin_r(context.handle, geometry, &value) != 0 { bounds.south = min(bounds.south, value) }
      if cgeo_GEOSGeom_getXMax_r(context.handle, geometry, &value) != 0 { bounds.east = max(bounds.east, value) }
      if cgeo_GEOSGeom_getYMax_r(context.handle, geometry, &value) != 0 { bounds.north = max(bounds.north, value) }
    }
    (west, south, east, north) = bounds
    warmUp()
  }

  deinit {
    cgeo_GEOSSTRtree_destroy_r(context.handle, tree)
    geometries.forEach { cgeo_GEOSGeom_destroy_r(context.handle, $0) }
  }

  /// Builds the tree now, on this thread (GEOS 3.11 has no explicit build: the first query builds it).
  private func warmUp() {
    guard let first = geometries.first else { return }
    _ = candidates(intersecting: first, handle: context.handle)
  }

  /// Indexes of the features whose envelopes intersect `geometry`'s envelope, ascending. `handle` is the caller's
  /// context (the tree is only read).
  func candidates(intersecting geometry: OpaquePointer, handle: GEOSContextHandle_t) -> [Int] {
    var found: [Int] = []
    withUnsafeMutablePointer(to: &found) { pointer in
      cgeo_GEOSSTRtree_query_r(
        handle, tree, geometry,
        { item, userdata in
          guard let list = userdata?.assumingMemoryBound(to: [Int].self) else { return }
          list.pointee.append(Int(bitPattern: item) - 1)
        }, pointer)
    }
    return found.sorted()
  }
}
