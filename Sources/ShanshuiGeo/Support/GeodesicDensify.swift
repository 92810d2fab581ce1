import CGeo

/// Edges as geodesics: every edge of a layer feature (at load) and of a query shape (before it is projected for a
/// distance) is cut into equal geodesic pieces of at most `maximumPiece` metres, so that what GEOS sees as a
/// straight segment (in lon/lat for predicates and clipping, in the Gauss–Krüger plane for distances) follows the
/// edge's geodesic within a few millimetres. Without it a 20 km edge is straight in the zone's plane when a feature is
/// measured whole and straight in lon/lat where it is clipped to a search window: metres apart (docs/spatial.md).
enum GeodesicDensify {
  /// The longest piece, metres. A lon/lat chord of 500 m leaves the geodesic by at most L² tan φ / (8R) ≈ 3.4 mm up
  /// to 35°N; a Gauss–Krüger chord of 500 m by less than 0.2 mm within 2° of the central meridian. (250 m would give
  /// 0.9 mm but cost 1.7 times the CPU time of loading a 200,000-polygon layer whose edges are all 40–1,200 m long,
  /// 500 m 1.2–1.4 times: the commit that introduced this states the measurement.)
  static let maximumPiece = 500.0

  /// `x` (longitudes) and `y` (latitudes) with the geodesic positions inserted between consecutive positions
  /// farther apart than `maximumPiece`; the given positions are kept, so rings stay closed.
  static func densify(x: inout [Double], y: inout [Double]) {
    guard x.count >= 2, needsPieces(x: x, y: y) else { return }
    var newX: [Double] = [x[0]]
    var newY: [Double] = [y[0]]
    newX.reserveCapacity(x.count * 2)
    newY.reserveCapacity(y.count * 2)
    var lats = [Double](repeating: 0, count: 64)
    var lons = [Double](repeating: 0, count: 64)
    for index in 1..<x.count {
      if upperLength(x[index - 1], y[index - 1], x[index], y[index]) > maximumPiece {
        var count = cgeo_geodesic_densify(
          y[index - 1], x[index - 1], y[index], x[index], maximumPiece, &lats, &lons, Int32(lats.count))
        if count < 0 {
          // A longer edge than the buffers hold: size them from the length bound and retry.
          let needed = Int(upperLength(x[index - 1], y[index - 1], x[index], y[index]) / maximumPiece) + 2
          lats = [Double](repeating: 0, count: needed)
          lons = [Double](repeating: 0, count: needed)
          count = cgeo_geodesic_densify(
            y[index - 1], x[index - 1], y[index], x[index], maximumPiece, &lats, &lons, Int32(lats.count))
        }
        for piece in 0..<Int(max(0, count)) {
          newX.append(lons[piece])
          newY.append(lats[piece])
        }
      }
      newX.append(x[index])
      newY.append(y[index])
    }
    x = newX
    y = newY
  }

  /// At most how many positions `densify` adds to this path (from the length bound; a few per cent more than it
  /// adds at these latitudes), so that callers can refuse before allocating them.
  static func addedPositionBound(x: [Double], y: [Double]) -> Int {
    guard x.count >= 2 else { return 0 }
    var total = 0.0
    for index in 1..<x.count {
      let length = upperLength(x[index - 1], y[index - 1], x[index], y[index])
      if length > maximumPiece { total += (length / maximumPiece).rounded(.up) }
    }
    return total < Double(Int.max / 2) ? Int(total) : Int.max / 2
  }

  /// Whether any edge may be longer than `maximumPiece` (most real data: none, and nothing is copied).
  private static func needsPieces(x: [Double], y: [Double]) -> Bool {
    for index in 1..<x.count where upperLength(x[index - 1], y[index - 1], x[index], y[index]) > maximumPiece {
      return true
    }
    return false
  }

  /// An upper bound of the geodesic length between two lon/lat positions, metres, without trigonometry: a degree of
  /// latitude is at most 111,695 m on the ellipsoid and a degree of longitude at most 111,320 m (the equator), so the
  /// lon/lat chord is no longer than this, and the geodesic is no longer than the chord.
  private static func upperLength(_ x1: Double, _ y1: Double, _ x2: Double, _ y2: Double) -> Double {
    let north = (y2 - y1) * 111_700
    let east = (x2 - x1) * 111_320
    return (north * north + east * east).squareRoot()
  }
}

extension GEOSContext {
  /// A copy of `geometry` (lon/lat) with its edges cut into geodesic pieces of at most
  /// `GeodesicDensify.maximumPiece` metres; nil when GEOS cannot build it.
  func densified(_ geometry: OpaquePointer) -> OpaquePointer? {
    mapped(geometry) { GeodesicDensify.densify(x: &$0, y: &$1) }
  }
}
