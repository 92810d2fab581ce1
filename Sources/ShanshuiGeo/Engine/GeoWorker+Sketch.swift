import CGeo

/// Maps of findings (the HTML report's): what each draws, computed by GEOS in longitude, latitude. Made only when a
/// report draws maps, after the verdict: a sketch never changes what was measured.
extension GeoWorker {
  /// The map's size in pixels; the window is widened to its aspect ratio.
  public static let sketchSize = (width: 480.0, height: 320.0)
  /// The most vertices an outline keeps: a 200,000-vertex layer polygon becomes a few hundred after the clip and the
  /// one-pixel simplification, and never more than this (the tolerance doubles until it fits).
  public static let sketchVertexCap = 1_200

  /// The shape, its overlap with a layer feature (hatched) and the feature clipped to the window.
  public func sketchOverlap(
    of shape: PreparedShape, feature index: Int, in layer: GeoLayer
  ) throws(GeoError) -> GeoSketch {
    let feature = layer.index.geometries[index]
    // The overlap lies inside the shape: the feature clipped to the shape's envelope (a margin around it) gives the
    // same intersection, at the cost of the few vertices near the shape (a 200,000-vertex feature: 1.2 s → ms).
    let margin = max(shape.east - shape.west, shape.north - shape.south) * 0.01 + 1e-6
    let near = try owned(
      cgeo_GEOSClipByRect_r(
        geos.handle, feature, shape.west - margin, shape.south - margin, shape.east + margin, shape.north + margin))
    let common = try owned(cgeo_GEOSIntersection_r(geos.handle, shape.working.pointer, near.pointer))
    return try sketch(
      subject: shape.working.pointer, conflict: common.pointer, context: feature,
      focus: [shape.working.pointer, common.pointer], points: [], crs: shape.crs)
  }

  /// Two shapes of the submission and their overlap (hatched); the window holds both.
  public func sketchOverlap(of shape: PreparedShape, and other: PreparedShape) throws(GeoError) -> GeoSketch {
    let common = try owned(cgeo_GEOSIntersection_r(geos.handle, shape.working.pointer, other.working.pointer))
    return try sketch(
      subject: shape.working.pointer, conflict: common.pointer, context: other.working.pointer,
      focus: [shape.working.pointer, other.working.pointer], points: [], crs: shape.crs)
  }

  /// The shape, its part outside `boundary` (hatched) and the boundary clipped to the window.
  public func sketchOutside(of shape: PreparedShape, boundary: PreparedShape) throws(GeoError) -> GeoSketch {
    let outside = try owned(cgeo_GEOSDifference_r(geos.handle, shape.working.pointer, boundary.working.pointer))
    return try sketch(
      subject: shape.working.pointer, conflict: outside.pointer, context: boundary.working.pointer,
      focus: [shape.working.pointer], points: [], crs: shape.crs)
  }

  /// The shape and a layer feature clipped to a window that holds the shape and both ends of the measured distance.
  public func sketchDistance(
    of shape: PreparedShape, feature index: Int, in layer: GeoLayer, between ends: [GeoPoint]
  ) throws(GeoError) -> GeoSketch {
    try sketch(
      subject: shape.working.pointer, conflict: nil, context: layer.index.geometries[index],
      focus: [shape.working.pointer], points: ends.map { ($0.longitude, $0.latitude) }, crs: shape.crs)
  }

  /// The shape as written (an invalid one unrepaired), with `points` (where GEOS found it invalid) in the window.
  public func sketch(of shape: PreparedShape, marking points: [GeoPoint] = []) throws(GeoError) -> GeoSketch {
    try sketch(
      subject: shape.geometry.pointer, conflict: nil, context: nil, focus: [shape.geometry.pointer],
      points: points.map { ($0.longitude, $0.latitude) }, crs: shape.crs)
  }

  // MARK: - Making a sketch

  private func owned(_ pointer: OpaquePointer?) throws(GeoError) -> GEOSGeometryRef {
    guard let pointer else { throw .geometryFailed(geos.takeError()) }
    return GEOSGeometryRef(pointer, geos)
  }

  private func sketch(
    subject: OpaquePointer, conflict: OpaquePointer?, context: OpaquePointer?, focus: [OpaquePointer],
    points: [(Double, Double)], crs: GeoCRS
  ) throws(GeoError) -> GeoSketch {
    var window = SketchWindow(focus: focus.compactMap(envelope), points: points)
    guard window.isFinite else { throw .geometryFailed("the map's window is empty") }
    window.fit(width: Self.sketchSize.width, height: Self.sketchSize.height)
    let pixel = window.metresPerPixel(width: Self.sketchSize.width) / window.metresPerDegreeLatitude
    // Clipped a little beyond the window, so that the clip's own edges fall outside the drawing.
    let margin = (window.north - window.south) * 0.05
    let clip = (window.west - margin, window.south - margin, window.east + margin, window.north + margin)
    var tolerance = pixel
    func draw(_ geometry: OpaquePointer?) -> GeoOutline {
      guard let geometry else { return .empty }
      let (outline, used) = self.outline(geometry, clip: clip, tolerance: pixel)
      tolerance = max(tolerance, used)
      return outline
    }
    let subjectOutline = draw(subject)
    let conflictOutline = draw(conflict)
    let contextOutline = draw(context)
    let corners = [(window.west, window.south), (window.east, window.south), (window.west, window.north)].map {
      point(longitude: $0.0, latitude: $0.1, crs: crs)
    }
    return GeoSketch(
      west: window.west, south: window.south, east: window.east, north: window.north,
      metresPerDegreeLongitude: window.metresPerDegreeLongitude,
      metresPerDegreeLatitude: window.metresPerDegreeLatitude, subject: subjectOutline, conflict: conflictOutline,
      context: contextOutline, corners: corners, tolerance: tolerance)
  }

  private func envelope(_ geometry: OpaquePointer) -> (Double, Double, Double, Double)? {
    guard cgeo_GEOSisEmpty_r(geos.handle, geometry) == 0 else { return nil }
    var bounds = [0.0, 0.0, 0.0, 0.0]
    _ = cgeo_GEOSGeom_getXMin_r(geos.handle, geometry, &bounds[0])
    _ = cgeo_GEOSGeom_getYMin_r(geos.handle, geometry, &bounds[1])
    _ = cgeo_GEOSGeom_getXMax_r(geos.handle, geometry, &bounds[2])
    _ = cgeo_GEOSGeom_getYMax_r(geos.handle, geometry, &bounds[3])
    return (bounds[0], bounds[1], bounds[2], bounds[3])
  }

  /// `geometry` clipped to `clip` and simplified (GEOS's topology-preserving simplification, so no ring vanishes) with
  /// `tolerance` degrees, doubled until at most `sketchVertexCap` vertices remain; with the tolerance used. Where GEOS
  /// cannot clip or simplify (an invalid shape as written), the vertices are thinned evenly instead.
  private func outline(
    _ geometry: OpaquePointer, clip: (Double, Double, Double, Double), tolerance: Double
  ) -> (GeoOutline, Double) {
    guard let clipped = cgeo_GEOSClipByRect_r(geos.handle, geometry, clip.0, clip.1, clip.2, clip.3) else {
      _ = geos.takeError()
      return (Self.thinned(paths(of: geometry)), tolerance)
    }
    defer { cgeo_GEOSGeom_destroy_r(geos.handle, clipped) }
    var source = clipped
    var rebuilt: OpaquePointer?
    defer { if let rebuilt { cgeo_GEOSGeom_destroy_r(geos.handle, rebuilt) } }
    // Far more vertices than a map can show (a layer digitised every metre, or with teeth): first, in one pass each,
    // drop every vertex within a pixel of the last one kept, then keep every k-th vertex down to 4 × the cap (still
    // about a vertex per pixel of outline), so that GEOS's simplification, superlinear in the vertices, never sees
    // more (a 200,000-vertex polygon with teeth took 40 s in a debug build without).
    let raw = paths(of: clipped)
    if raw.vertexCount > 4 * Self.sketchVertexCap {
      let filtered = Self.thinned(Self.radiallyFiltered(raw, tolerance: tolerance), to: 4 * Self.sketchVertexCap)
      guard let geometry = try? build(filtered) else { return (Self.thinned(filtered), tolerance) }
      rebuilt = geometry
      source = geometry
    }
    var tolerance = tolerance
    var previous = Int.max
    // Up to 2¹² pixels: past that a shape that still has too many vertices is not simplifiable (topology kept).
    for _ in 0..<12 {
      guard let simple = cgeo_GEOSTopologyPreserveSimplify_r(geos.handle, source, tolerance) else {
        _ = geos.takeError()
        break
      }
      let result = paths(of: simple)
      cgeo_GEOSGeom_destroy_r(geos.handle, simple)
      if result.vertexCount <= Self.sketchVertexCap { return (result, tolerance) }
      // Stuck (the topology forbids removing more): thin evenly instead.
      if result.vertexCount >= previous { return (Self.thinned(result), tolerance) }
      previous = result.vertexCount
      tolerance *= 2
    }
    return (Self.thinned(paths(of: source)), tolerance)
  }

  /// Each path without the vertices that lie within `tolerance` (degrees, in both coordinates) of the last vertex
  /// kept; the first and last vertices stay, so rings stay closed. Rings left with fewer than four vertices and lines
  /// with fewer than two are dropped (smaller than a pixel).
  static func radiallyFiltered(_ outline: GeoOutline, tolerance: Double) -> GeoOutline {
    func filter(_ path: GeoOutline.Path, minimum: Int) -> GeoOutline.Path? {
      guard let lastIndex = path.longitudes.indices.last else { return nil }
      var kept = GeoOutline.Path(longitudes: [path.longitudes[0]], latitudes: [path.latitudes[0]])
      for index in 1..<lastIndex {
        let dx = path.longitudes[index] - (kept.longitudes.last ?? 0)
        let dy = path.latitudes[index] - (kept.latitudes.last ?? 0)
        if abs(dx) > tolerance || abs(dy) > tolerance {
          kept.longitudes.append(path.longitudes[index])
          kept.latitudes.append(path.latitudes[index])
        }
      }
      kept.longitudes.append(path.longitudes[lastIndex])
      kept.latitudes.append(path.latitudes[lastIndex])
      return kept.longitudes.count >= minimum ? kept : nil
    }
    return GeoOutline(
      polygons: outline.polygons.compactMap { rings in
        guard let exterior = rings.first.flatMap({ filter($0, minimum: 4) }) else { return nil }
        return [exterior] + rings.dropFirst().compactMap { filter($0, minimum: 4) }
      }, lines: outline.lines.compactMap { filter($0, minimum: 2) })
  }

  /// A GEOS geometry of an outline (a collection of its polygons and lines), in this worker's context.
  private func build(_ outline: GeoOutline) throws(GeoError) -> OpaquePointer {
    func path(_ path: GeoOutline.Path) -> LonLatPath { LonLatPath(x: path.longitudes, y: path.latitudes) }
    var parts: [OpaquePointer] = []
    do {
      for rings in outline.polygons {
        parts.append(try geos.makePolygon(exterior: path(rings[0]), holes: rings.dropFirst().map(path)))
      }
      for line in outline.lines { parts.append(try geos.makeLine(path(line))) }
      return try geos.makeCollection(GEOS_GEOMETRYCOLLECTION, parts)
    } catch {
      parts.forEach { cgeo_GEOSGeom_destroy_r(geos.handle, $0) }
      throw error
    }
  }

  private func paths(of geometry: OpaquePointer) -> GeoOutline {
    func path(_ path: LonLatPath) -> GeoOutline.Path { GeoOutline.Path(longitudes: path.x, latitudes: path.y) }
    let polygons = geos.polygons(in: geometry).filter { $0.exterior.count >= 4 }.map { polygon in
      [path(polygon.exterior)] + polygon.holes.filter { $0.count >= 4 }.map(path)
    }
    let lines = geos.lines(in: geometry).filter { $0.count >= 2 }.map(path)
    return GeoOutline(polygons: polygons, lines: lines)
  }

  /// Every k-th vertex of each path (first and last kept), so that the whole stays under `limit` (rings keep at least
  /// four vertices, or are dropped).
  static func thinned(_ outline: GeoOutline, to limit: Int = sketchVertexCap) -> GeoOutline {
    let count = outline.vertexCount
    guard count > limit else { return outline }
    // Each path keeps its last vertex beyond the stride: allow for one per path.
    let paths = outline.polygons.reduce(0) { $0 + $1.count } + outline.lines.count
    let step = max(2, (count + max(1, limit - paths) - 1) / max(1, limit - paths))
    func thin(_ path: GeoOutline.Path, minimum: Int) -> GeoOutline.Path? {
      let last = path.longitudes.count - 1
      var kept = Array(stride(from: 0, to: last, by: step))
      kept.append(last)
      guard kept.count >= minimum else { return nil }
      return GeoOutline.Path(longitudes: kept.map { path.longitudes[$0] }, latitudes: kept.map { path.latitudes[$0] })
    }
    var result = GeoOutline(
      polygons: outline.polygons.compactMap { rings in
        guard let exterior = thin(rings[0], minimum: 4) else { return nil }
        return [exterior] + rings.dropFirst().compactMap { thin($0, minimum: 4) }
      }, lines: outline.lines.compactMap { thin($0, minimum: 2) })
    // Thousands of small parts: the last ones go, so that the limit holds whatever the shape.
    while result.vertexCount > limit {
      if !result.lines.isEmpty { result.lines.removeLast() } else { result.polygons.removeLast() }
    }
    return result
  }
}

/// A map's window: the envelope of what it is about, widened by a margin and to the map's aspect ratio in metres
/// (local equirectangular: x = Δλ · N cos φ₀, y = Δφ · M on the CGCS2000 ellipsoid, φ₀ the window's middle latitude).
struct SketchWindow {
  var west = Double.infinity
  var south = Double.infinity
  var east = -Double.infinity
  var north = -Double.infinity

  init(focus: [(Double, Double, Double, Double)], points: [(Double, Double)]) {
    for box in focus {
      west = min(west, box.0)
      south = min(south, box.1)
      east = max(east, box.2)
      north = max(north, box.3)
    }
    for point in points where point.0.isFinite && point.1.isFinite {
      west = min(west, point.0)
      south = min(south, point.1)
      east = max(east, point.0)
      north = max(north, point.1)
    }
  }

  var isFinite: Bool { west.isFinite && south.isFinite && east.isFinite && north.isFinite }

  /// CGCS2000 ellipsoid.
  private static let a = 6_378_137.0
  private static let flattening = 1 / 298.257222101
  private static let eccentricitySquared = flattening * (2 - flattening)

  var metresPerDegreeLatitude: Double {
    let sine = sin(middleLatitude * .pi / 180)
    let w = 1 - Self.eccentricitySquared * sine * sine
    return Self.a * (1 - Self.eccentricitySquared) / (w * w.squareRoot()) * .pi / 180
  }

  var metresPerDegreeLongitude: Double {
    let latitude = middleLatitude * .pi / 180
    let sine = sin(latitude)
    return Self.a / (1 - Self.eccentricitySquared * sine * sine).squareRoot() * cos(latitude) * .pi / 180
  }

  private var middleLatitude: Double { (south + north) / 2 }

  func metresPerPixel(width: Double) -> Double { (east - west) * metresPerDegreeLongitude / width }

  /// Adds a margin of 12 % on each side (at least 50 m), then widens the shorter side to `width`:`height`.
  mutating func fit(width: Double, height: Double) {
    let kx = metresPerDegreeLongitude
    let ky = metresPerDegreeLatitude
    let centre = ((west + east) / 2, (south + north) / 2)
    var spanX = max((east - west) * kx * 1.24, 100)
    var spanY = max((north - south) * ky * 1.24, 100)
    if spanX / spanY < width / height { spanX = spanY * width / height } else { spanY = spanX * height / width }
    west = centre.0 - spanX / kx / 2
    east = centre.0 + spanX / kx / 2
    south = centre.1 - spanY / ky / 2
    north = centre.1 + spanY / ky / 2
  }
}
