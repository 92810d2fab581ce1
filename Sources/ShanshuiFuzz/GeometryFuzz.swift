import ShanshuiGeo

/// The `geometry` fuzz target (`SHANSHUI_FUZZ_TARGET=geometry`): bytes become a shape as the GML reader would hand it
/// to ShanshuiGeo, in EPSG:4490 or a Gauss–Krüger zone. First byte: the CRS (even: 4490; odd: zone 32–37, with or
/// without prefix) and whether coordinates are raw doubles (NaN, infinities, huge values reach the checks) or small
/// steps around a point inside the CRS's area of use (so that GEOS sees valid and self-intersecting rings alike). Then
/// rings: a length byte and that many positions. Crashes when
/// - a prepared shape's geodesic area is negative or not finite;
/// - a shape does not cover itself, or its overlap with itself differs from its area by more than 1e-6 relative;
/// - an in-memory layer holding the shape is not at distance 0 from it, or the shape overlaps it by a different area.
/// Refusals (GeoError) are expected; nothing else may fail.
enum GeometryFuzz {
  /// One worker for the run: libFuzzer calls the target on one thread, one input at a time (a GeoWorker is not
  /// Sendable: it must not be shared between threads, and here it is not).
  nonisolated(unsafe) static let worker = try? GeoWorker()

  static func run(_ input: [UInt8]) {
    guard let worker, let shape = shape(from: input) else { return }
    guard let prepared = try? worker.prepare(shape) else { return }
    _ = worker.invalidity(of: prepared)
    _ = worker.representativePoint(of: prepared)
    let area = worker.geodesicArea(of: prepared)
    if !area.isFinite || area < 0 { fatalError("geodesic area \(area) of \(shape)") }
    guard let covers = try? worker.covers(prepared, prepared),
      let overlap = try? worker.intersectionArea(prepared, prepared)
    else { return }
    if !covers.covered { fatalError("a shape does not cover itself: \(shape)") }
    if abs(overlap - area) > 1e-6 * max(area, 1) { fatalError("self-overlap \(overlap) ≠ area \(area): \(shape)") }
    guard let layer = try? GeoLayer(features: [GeoLayerFeature(fid: 1, attributes: [:], shape: shape)], worker: worker)
    else { fatalError("a shape that prepares is refused as a layer feature: \(shape)") }
    if let nearest = try? worker.nearest(to: prepared, in: layer, where: nil, within: 1), nearest.distance != 0 {
      fatalError("a shape is \(nearest.distance) m from itself: \(shape)")
    }
    if area > 1, let overlaps = try? worker.overlaps(of: prepared, with: layer, where: nil),
      abs((overlaps.first?.area ?? 0) - area) > 1e-6 * area
    {
      fatalError("a shape overlaps itself as a layer by \(overlaps.first?.area ?? 0) m², not \(area): \(shape)")
    }
  }

  static func shape(from input: [UInt8]) -> GeoShape? {
    guard let first = input.first else { return nil }
    var bytes = input.dropFirst()[...]
    let crs: GeoCRS =
      first & 1 == 0 ? .cgcs2000 : .gaussKruger(zone: 32 + Int(first >> 2) % 6, zonePrefix: first & 2 != 0)
    let raw = first & 0x80 != 0
    // Inside the area of use: 30°N, the zone's central meridian (or 104°E).
    let origin =
      crs.centralMeridian.map { meridian in
        (
          first: 3_320_000.0,
          second:
            (crs == .gaussKruger(zone: 32 + Int(first >> 2) % 6, zonePrefix: true)
            ? Double(Int(meridian / 3)) * 1_000_000 : 0) + 500_000
        )
      } ?? (first: 30.0, second: 104.0)
    let step = crs == .cgcs2000 ? 1e-4 : 10.0
    func take(_ count: Int) -> [UInt8]? {
      guard bytes.count >= count else { return nil }
      defer { bytes = bytes.dropFirst(count) }
      return Array(bytes.prefix(count))
    }
    func number(_ base: Double) -> Double? {
      if raw {
        guard let eight = take(8) else { return nil }
        return Double(bitPattern: eight.reduce(0) { $0 << 8 | UInt64($1) })
      }
      guard let one = take(1) else { return nil }
      return base + Double(Int(Int8(bitPattern: one[0]))) * step
    }
    var rings: [[GeoPosition]] = []
    while rings.count < 4, let length = take(1) {
      var ring: [GeoPosition] = []
      for _ in 0..<min(Int(length[0]), 64) {
        guard let a = number(origin.first), let b = number(origin.second) else { break }
        ring.append(GeoPosition(a, b))
      }
      // Close most rings (the checks refuse the others, which is also worth reaching).
      if let start = ring.first, length[0] & 0x40 == 0 { ring.append(start) }
      rings.append(ring)
    }
    guard let exterior = rings.first else { return nil }
    return GeoShape(crs: crs, polygons: [GeoPolygon(exterior: exterior, interiors: Array(rings.dropFirst()))])
  }
}
