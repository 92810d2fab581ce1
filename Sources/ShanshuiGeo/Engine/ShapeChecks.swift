/// The structural checks every shape passes before GEOS sees it (E601): finite coordinates, closed rings of at least
/// four positions, lines of at least two, at least one part.
enum ShapeChecks {
  static func check(_ shape: GeoShape) throws(GeoError) {
    if shape.polygons.isEmpty && shape.lines.isEmpty { throw .tooFewPositions(0) }
    for polygon in shape.polygons {
      for ring in [polygon.exterior] + polygon.interiors { try checkRing(ring) }
    }
    for line in shape.lines {
      try checkFinite(line)
      if line.count < 2 { throw .tooFewPositions(line.count) }
    }
  }

  private static func checkRing(_ ring: [GeoPosition]) throws(GeoError) {
    try checkFinite(ring)
    guard let first = ring.first, let last = ring.last, ring.count >= 4 else { throw .tooFewPositions(ring.count) }
    if first != last { throw .ringNotClosed(first) }
  }

  private static func checkFinite(_ positions: [GeoPosition]) throws(GeoError) {
    for position in positions where !position.first.isFinite || !position.second.isFinite {
      throw .nonFinite(position)
    }
  }
}
