import ShanshuiGeo

/// The maps of findings (`SpatialDetail.sketch`), made only when the run draws them (`LayerSet.drawsSketches`: an
/// HTML report was requested). Each is nil otherwise, or when GEOS cannot draw it: a map never changes a verdict.
extension SpatialSession {
  var drawsSketches: Bool { layers.drawsSketches }

  /// The shape, its overlap with the hit's feature (hatched) and the feature.
  func sketch(overlapOf shape: Shape, with hit: LayerHit, role: String) -> SpatialSketch? {
    guard drawsSketches, let layer = layers.loaded[role] else { return nil }
    return draw(.layerOverlap) { worker throws(GeoError) in
      try worker.sketchOverlap(of: prepared[shape.index], feature: hit.featureIndex, in: layer)
    }
  }

  /// Two units and their overlap.
  func sketch(overlapOf shape: Shape, and other: Shape) -> SpatialSketch? {
    guard drawsSketches else { return nil }
    return draw(.unitOverlap) { worker throws(GeoError) in
      try worker.sketchOverlap(of: prepared[shape.index], and: prepared[other.index])
    }
  }

  /// The unit, its part outside the boundary (hatched) and the boundary.
  func sketch(outsideOf shape: Shape, boundary: Shape) -> SpatialSketch? {
    guard drawsSketches else { return nil }
    return draw(.outsideBoundary) { worker throws(GeoError) in
      try worker.sketchOutside(of: prepared[shape.index], boundary: prepared[boundary.index])
    }
  }

  /// The shape, the hit's feature and the line between the two nearest (or farthest) points.
  func sketch(distanceOf shape: Shape, to hit: LayerHit, role: String) -> SpatialSketch? {
    guard drawsSketches, let layer = layers.loaded[role], let from = hit.point, let to = hit.featurePoint else {
      return nil
    }
    let ends = [from, to]
    var sketch = draw(.distance) { worker throws(GeoError) in
      try worker.sketchDistance(
        of: prepared[shape.index], feature: hit.featureIndex, in: layer, between: ends.map(Self.geoPoint))
    }
    sketch?.segment = ends
    return sketch
  }

  /// The shape as written, with `mark` (where it is invalid) in the window; `kind` says why it is drawn.
  func sketch(of shape: Shape, kind: SpatialSketch.Kind, marking mark: SpatialDetail.Point?) -> SpatialSketch? {
    guard drawsSketches else { return nil }
    return draw(kind) { worker throws(GeoError) in
      try worker.sketch(of: prepared[shape.index], marking: mark.map { [Self.geoPoint($0)] } ?? [])
    }
  }

  private func draw(
    _ kind: SpatialSketch.Kind, _ make: (GeoWorker) throws(GeoError) -> GeoSketch
  ) -> SpatialSketch? {
    guard sketchesDrawn < LayerSet.sketchesPerFile, let worker = try? worker(), let made = try? make(worker) else {
      return nil
    }
    sketchesDrawn += 1
    func outline(_ outline: GeoOutline) -> SpatialSketch.Outline {
      func path(_ path: GeoOutline.Path) -> SpatialSketch.Path {
        SpatialSketch.Path(longitudes: path.longitudes, latitudes: path.latitudes)
      }
      return SpatialSketch.Outline(polygons: outline.polygons.map { $0.map(path) }, lines: outline.lines.map(path))
    }
    return SpatialSketch(
      kind: kind, west: made.west, south: made.south, east: made.east, north: made.north,
      metresPerDegreeLongitude: made.metresPerDegreeLongitude, metresPerDegreeLatitude: made.metresPerDegreeLatitude,
      subject: outline(made.subject), conflict: outline(made.conflict), context: outline(made.context),
      corners: made.corners.map(Self.point))
  }

  /// A finding's point back as a GeoPoint (only its lon/lat is read: the window must hold it).
  private static func geoPoint(_ point: SpatialDetail.Point) -> GeoPoint {
    GeoPoint(
      position: GeoPosition(point.first, point.second),
      crs: GeoCRS(epsg: Int(point.crs.dropFirst("EPSG:".count)) ?? 4490) ?? .cgcs2000,
      longitude: point.longitude, latitude: point.latitude)
  }
}
