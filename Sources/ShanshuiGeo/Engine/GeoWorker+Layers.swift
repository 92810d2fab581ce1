import CGeo

extension GeoWorker {
  /// The features of `layer` (those `filter` selects) that `shape` overlaps with a positive geodesic area, in
  /// feature order, each with the area and a point inside the overlap. Touching is not overlapping; line features
  /// never overlap.
  public func overlaps(
    of shape: PreparedShape, with layer: GeoLayer, where filter: LayerFilter?
  ) throws(GeoError)
    -> [LayerOverlap]
  {
    var found: [LayerOverlap] = []
    for index in layer.index.candidates(intersecting: shape.working.pointer, handle: geos.handle)
    where filter?.matches(layer.features[index].attributes) ?? true {
      let feature = layer.index.geometries[index]
      let intersects = cgeo_GEOSPreparedIntersects_r(geos.handle, shape.prepared, feature)
      if intersects == 2 { throw .geometryFailed(geos.takeError()) }
      guard intersects == 1 else { continue }
      guard let common = cgeo_GEOSIntersection_r(geos.handle, shape.working.pointer, feature) else {
        throw .geometryFailed(geos.takeError())
      }
      defer { cgeo_GEOSGeom_destroy_r(geos.handle, common) }
      let area = geos.geodesicArea(of: common)
      guard area > 0 else { continue }
      found.append(LayerOverlap(featureIndex: index, area: area, point: pointOnSurface(common, crs: shape.crs)))
    }
    return found
  }

  /// The nearest feature of `layer` (among those `filter` selects) within `within` metres of `shape` (pass
  /// `.infinity` for no limit), with both nearest points; nil when there is none. 0 when they touch or overlap.
  /// Distances are planar in the CGCS2000 3° Gauss–Krüger zone of the shape's centre (both geometries projected
  /// there by PROJ): relative error below 3e-4 from the zone's scale factor (docs/spatial.md).
  public func nearest(
    to shape: PreparedShape, in layer: GeoLayer, where filter: LayerFilter?, within: Double
  )
    throws(GeoError) -> LayerDistance?
  {
    guard within.isFinite else {
      // Widening searches: a province's layer is not projected whole when a feature lies near.
      for radius in [1_000.0, 10_000, 100_000] {
        if let found = try nearestInWindow(to: shape, in: layer, where: filter, within: radius) { return found }
      }
      return try nearestInWindow(to: shape, in: layer, where: filter, within: within)
    }
    return try nearestInWindow(to: shape, in: layer, where: filter, within: within)
  }

  private func nearestInWindow(
    to shape: PreparedShape, in layer: GeoLayer, where filter: LayerFilter?, within: Double
  ) throws(GeoError) -> LayerDistance? {
    let zone = ZonePlane(longitude: shape.centreLongitude)
    let window = searchWindow(around: shape, metres: within, layer: layer)
    let shapePlane = try projected(shape, zone)
    var best: (index: Int, distance: Double, plane: GEOSGeometryRef)?
    for (index, plane) in try candidatesInPlane(layer, window: window, zone: zone, filter: filter) {
      var distance = Double.infinity
      guard cgeo_GEOSDistance_r(geos.handle, shapePlane.pointer, plane.pointer, &distance) == 1 else {
        throw .geometryFailed(geos.takeError())
      }
      if distance <= within, distance < (best?.distance ?? .infinity) { best = (index, distance, plane) }
    }
    guard let best else { return nil }
    guard let points = cgeo_GEOSNearestPoints_r(geos.handle, shapePlane.pointer, best.plane.pointer) else {
      throw .geometryFailed(geos.takeError())
    }
    defer { cgeo_GEOSCoordSeq_destroy_r(geos.handle, points) }
    var from = (0.0, 0.0)
    var to = (0.0, 0.0)
    _ = cgeo_GEOSCoordSeq_getXY_r(geos.handle, points, 0, &from.0, &from.1)
    _ = cgeo_GEOSCoordSeq_getXY_r(geos.handle, points, 1, &to.0, &to.1)
    return LayerDistance(
      featureIndex: best.index, distance: best.distance,
      pointOnShape: try planePoint(from, zone, crs: shape.crs), pointOnFeature: try planePoint(to, zone, crs: shape.crs)
    )
  }

  /// The point of `shape` farthest from the features `filter` selects, with its distance to the nearest of them
  /// and that feature's nearest point: "the works lie within X m of the bank" holds when this distance is at most X.
  /// Sampled in the Gauss–Krüger zone of the shape's centre: the boundary densified every `step` metres and an
  /// interior grid of the same spacing, where `step` is 1/50 of the shape's bounding-box diagonal (at least 1 m);
  /// distance to a set changes by at most the distance moved, so the result is low by at most step × √2 / 2.
  /// Nil when no feature is selected.
  public func farthest(
    of shape: PreparedShape, from layer: GeoLayer, where filter: LayerFilter?
  ) throws(GeoError)
    -> LayerDistance?
  {
    guard let nearest = try nearest(to: shape, in: layer, where: filter, within: .infinity) else { return nil }
    let zone = ZonePlane(longitude: shape.centreLongitude)
    let shapePlane = try projected(shape, zone)
    var bounds = [0.0, 0.0, 0.0, 0.0]
    _ = cgeo_GEOSGeom_getXMin_r(geos.handle, shapePlane.pointer, &bounds[0])
    _ = cgeo_GEOSGeom_getYMin_r(geos.handle, shapePlane.pointer, &bounds[1])
    _ = cgeo_GEOSGeom_getXMax_r(geos.handle, shapePlane.pointer, &bounds[2])
    _ = cgeo_GEOSGeom_getYMax_r(geos.handle, shapePlane.pointer, &bounds[3])
    let diagonal =
      ((bounds[2] - bounds[0]) * (bounds[2] - bounds[0]) + (bounds[3] - bounds[1]) * (bounds[3] - bounds[1]))
      .squareRoot()
    // Every point of the shape is within nearest + diagonal of the nearest feature: no farther feature matters.
    let window = searchWindow(around: shape, metres: nearest.distance + diagonal, layer: layer)
    let candidates = try candidatesInPlane(layer, window: window, zone: zone, filter: filter)
    let step = max(1, diagonal / 50)
    var best = (distance: -1.0, x: 0.0, y: 0.0, index: nearest.featureIndex)
    for (x, y) in samples(of: shapePlane, step: step, bounds: bounds) {
      guard let point = cgeo_GEOSGeom_createPointFromXY_r(geos.handle, x, y) else { continue }
      defer { cgeo_GEOSGeom_destroy_r(geos.handle, point) }
      var closest = (distance: Double.infinity, index: -1)
      for (index, plane) in candidates {
        var distance = Double.infinity
        guard cgeo_GEOSDistance_r(geos.handle, point, plane.pointer, &distance) == 1 else {
          throw .geometryFailed(geos.takeError())
        }
        if distance < closest.distance { closest = (distance, index) }
      }
      if closest.distance > best.distance { best = (closest.distance, x, y, closest.index) }
    }
    guard best.distance >= 0, let plane = candidates.first(where: { $0.index == best.index })?.plane,
      let point = cgeo_GEOSGeom_createPointFromXY_r(geos.handle, best.x, best.y)
    else { return nearest }
    defer { cgeo_GEOSGeom_destroy_r(geos.handle, point) }
    guard let points = cgeo_GEOSNearestPoints_r(geos.handle, point, plane.pointer) else {
      throw .geometryFailed(geos.takeError())
    }
    defer { cgeo_GEOSCoordSeq_destroy_r(geos.handle, points) }
    var to = (0.0, 0.0)
    _ = cgeo_GEOSCoordSeq_getXY_r(geos.handle, points, 1, &to.0, &to.1)
    return LayerDistance(
      featureIndex: best.index, distance: best.distance,
      pointOnShape: try planePoint((best.x, best.y), zone, crs: shape.crs),
      pointOnFeature: try planePoint(to, zone, crs: shape.crs))
  }

  // MARK: - Helpers

  /// GEOS's point on surface of a lon/lat geometry, as a GeoPoint in `crs`.
  func pointOnSurface(_ geometry: OpaquePointer, crs: GeoCRS) -> GeoPoint {
    var longitude = Double.nan
    var latitude = Double.nan
    if let point = cgeo_GEOSPointOnSurface_r(geos.handle, geometry) {
      _ = cgeo_GEOSGeomGetX_r(geos.handle, point, &longitude)
      _ = cgeo_GEOSGeomGetY_r(geos.handle, point, &latitude)
      cgeo_GEOSGeom_destroy_r(geos.handle, point)
    }
    return self.point(longitude: longitude, latitude: latitude, crs: crs)
  }

  /// A lon/lat rectangle containing every point within `metres` of the shape (conservative: 1° of latitude is
  /// more than 110,000 m, 1° of longitude more than 111,000 × cos φ m at the window's most poleward latitude), or the
  /// layer's whole extent when `metres` is not finite.
  private func searchWindow(
    around shape: PreparedShape, metres: Double, layer: GeoLayer
  ) -> (
    west: Double, south: Double, east: Double, north: Double
  ) {
    guard metres.isFinite else {
      // A margin, because GEOS's rectangle clip drops a line lying exactly on the rectangle's edge.
      let margin = 0.01
      return (
        min(layer.index.west, shape.west) - margin, min(layer.index.south, shape.south) - margin,
        max(layer.index.east, shape.east) + margin, max(layer.index.north, shape.north) + margin
      )
    }
    let dLat = metres / 110_000 + 1e-7
    let poleward = min(89, max(abs(shape.south - dLat), abs(shape.north + dLat)))
    let dLon = metres / (111_000 * cos(poleward * .pi / 180)) + 1e-7
    return (shape.west - dLon, shape.south - dLat, shape.east + dLon, shape.north + dLat)
  }

  /// The selected features whose envelopes meet `window`, clipped to it (a clip keeps every point within the window,
  /// so distances up to the window's margin are unchanged) and projected to `zone`.
  private func candidatesInPlane(
    _ layer: GeoLayer, window: (west: Double, south: Double, east: Double, north: Double), zone: ZonePlane,
    filter: LayerFilter?
  ) throws(GeoError) -> [(index: Int, plane: GEOSGeometryRef)] {
    let rectangle = try geos.makePolygon(
      exterior: LonLatPath(
        x: [window.west, window.east, window.east, window.west, window.west],
        y: [window.south, window.south, window.north, window.north, window.south]), holes: [])
    defer { cgeo_GEOSGeom_destroy_r(geos.handle, rectangle) }
    let transformation = try proj.toLonLat(from: zone.epsg)
    var result: [(index: Int, plane: GEOSGeometryRef)] = []
    for index in layer.index.candidates(intersecting: rectangle, handle: geos.handle)
    where filter?.matches(layer.features[index].attributes) ?? true {
      guard
        let clipped = cgeo_GEOSClipByRect_r(
          geos.handle, layer.index.geometries[index], window.west, window.south, window.east, window.north)
      else { throw .geometryFailed(geos.takeError()) }
      defer { cgeo_GEOSGeom_destroy_r(geos.handle, clipped) }
      if cgeo_GEOSisEmpty_r(geos.handle, clipped) == 1 { continue }
      guard let plane = geos.mapped(clipped, { proj.transform(transformation, x: &$0, y: &$1, inverse: true) }) else {
        throw .transformationFailed("a layer feature could not be projected to \(zone.epsg)")
      }
      result.append((index, GEOSGeometryRef(plane, geos)))
    }
    return result
  }

  /// The shape's working geometry in `zone` (edges cut into geodesic pieces of at most 500 m first), cached on the
  /// shape.
  private func projected(_ shape: PreparedShape, _ zone: ZonePlane) throws(GeoError) -> GEOSGeometryRef {
    if let cached = shape.planes[zone.zone] { return cached }
    let transformation = try proj.toLonLat(from: zone.epsg)
    // Edges as geodesics (GeodesicDensify), like the layer's: then straight in the plane within a few millimetres.
    // At most 2 million added positions (1,000,000 km of edges), so that a hostile shape cannot exhaust memory.
    var budget = 2_000_000
    guard
      let plane = geos.mapped(
        shape.working.pointer,
        {
          budget -= GeodesicDensify.addedPositionBound(x: $0, y: $1)
          if budget >= 0 { GeodesicDensify.densify(x: &$0, y: &$1) }
          proj.transform(transformation, x: &$0, y: &$1, inverse: true)
        })
    else { throw .transformationFailed("the shape could not be projected to \(zone.epsg)") }
    if budget < 0 {
      cgeo_GEOSGeom_destroy_r(geos.handle, plane)
      throw .geometryFailed("the shape's edges are too long to measure a distance (over 1,000,000 km)")
    }
    let reference = GEOSGeometryRef(plane, geos)
    shape.planes[zone.zone] = reference
    return reference
  }

  /// A zone-plane point (easting, northing) as a GeoPoint in `crs`.
  private func planePoint(_ point: (Double, Double), _ zone: ZonePlane, crs: GeoCRS) throws(GeoError) -> GeoPoint {
    var x = [point.0]
    var y = [point.1]
    proj.transform(try proj.toLonLat(from: zone.epsg), x: &x, y: &y)
    return self.point(longitude: x[0], latitude: y[0], crs: crs)
  }

  /// Points of a planar geometry: its boundary densified every `step` and a grid of spacing `step` inside it.
  private func samples(of plane: GEOSGeometryRef, step: Double, bounds: [Double]) -> [(Double, Double)] {
    var points: [(Double, Double)] = []
    if let dense = cgeo_GEOSDensify_r(geos.handle, plane.pointer, step) {
      defer { cgeo_GEOSGeom_destroy_r(geos.handle, dense) }
      for polygon in geos.polygons(in: dense) {
        for ring in [polygon.exterior] + polygon.holes { points += zip(ring.x, ring.y).map { ($0, $1) } }
      }
      for line in geos.lines(in: dense) { points += zip(line.x, line.y).map { ($0, $1) } }
    }
    guard let prepared = cgeo_GEOSPrepare_r(geos.handle, plane.pointer) else { return points }
    defer { cgeo_GEOSPreparedGeom_destroy_r(geos.handle, prepared) }
    var y = bounds[1] + step / 2
    while y < bounds[3] {
      var x = bounds[0] + step / 2
      while x < bounds[2] {
        if let point = cgeo_GEOSGeom_createPointFromXY_r(geos.handle, x, y) {
          if cgeo_GEOSPreparedIntersects_r(geos.handle, prepared, point) == 1 { points.append((x, y)) }
          cgeo_GEOSGeom_destroy_r(geos.handle, point)
        }
        x += step
      }
      y += step
    }
    return points
  }
}

/// The CGCS2000 3° Gauss–Krüger zone (without the zone prefix) whose central meridian is nearest a longitude.
struct ZonePlane {
  let zone: Int
  /// "EPSG:4534" (zone 25, CM 75°E) … "EPSG:4554" (zone 45, CM 135°E).
  var epsg: String { "EPSG:\(4534 + zone - 25)" }

  init(longitude: Double) { zone = min(45, max(25, GeoCRS.gaussKrugerZone(forLongitude: longitude))) }
}
