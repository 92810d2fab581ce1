import CGeo

/// A cheap enclosure of the geodesic area: the area of a polygon whose edges are straight in the cylindrical
/// equal-area map of the CGCS2000 ellipsoid (x = λ, y = q(φ), area = a²/2 · dx dy: exact for any region), with a bound
/// on how far the geodesic polygon's area (PROJ's `geod_polygonarea`, Karney) can be from it. Costs a sine and a
/// logarithm per position where Karney's area solves an inverse geodesic problem per edge (about 20 times more), so a
/// rule that only compares an area against a tolerance can decide most shapes without the exact area.
///
/// The bound: a straight line of that map, taken back to the ellipsoid, has geodesic curvature at most about
/// 2 tan φ / R, so it leaves the geodesic between the same two positions by a sagitta of at most κ L² / 8 and encloses
/// with it an area of at most about κ L³ / 12 ≤ tan φ · L³ / (6 R) per edge of length L. The bound used is
/// 2 (1 + tan φ) L³ / R per edge (at least 12 times that, L the length's upper bound from degrees, R the smallest
/// radius of curvature of the ellipsoid, φ the largest latitude of the shape), plus 10⁻⁸ of the area for rounding;
/// `AuthalicAreaTests` measures it against Karney's area (the worst ratio of the error to the bound is printed).
/// No enclosure (nil) beyond 60° of latitude or for an edge longer than 50 km: there the caller measures exactly.
enum AuthalicArea {
  static let semiMajorAxis = 6_378_137.0
  static let flattening = 1 / 298.257222101
  static let eccentricitySquared = flattening * (2 - flattening)
  static let eccentricity = eccentricitySquared.squareRoot()
  /// The smallest radius of curvature on the ellipsoid: the meridian's at the equator, a (1 − e²).
  static let smallestRadius = semiMajorAxis * (1 - eccentricitySquared)

  /// The authalic function q(φ) (Snyder's, eq. 3-12), of sin φ.
  @inline(__always) static func q(sinLatitude s: Double) -> Double {
    let es = eccentricity * s
    return (1 - eccentricitySquared) * (s / (1 - es * es) + log((1 + es) / (1 - es)) / (2 * eccentricity))
  }

  /// The area of `polygons` (exterior minus holes, edges straight in the equal-area map), m², and the bound on its
  /// distance from the geodesic area; nil when the shape is outside the bound's domain.
  static func enclosure(
    of polygons: [(exterior: LonLatPath, holes: [LonLatPath])]
  ) -> (area: Double, bound: Double)? {
    var area = 0.0
    var bound = 0.0
    for polygon in polygons {
      guard let exterior = ring(polygon.exterior) else { return nil }
      area += exterior.area
      bound += exterior.bound
      for hole in polygon.holes {
        guard let inner = ring(hole) else { return nil }
        area -= inner.area
        bound += inner.bound
      }
    }
    return (area, bound + 1e-8 * abs(area) + 1e-6)
  }

  /// The unsigned area of one ring and its bound.
  private static func ring(_ path: LonLatPath) -> (area: Double, bound: Double)? {
    let count = path.count
    guard count >= 3 else { return (0, 0) }
    guard abs(path.y[0]) <= 60 else { return nil }
    let degree = Double.pi / 180
    var twice = 0.0
    var cubes = 0.0
    var steepest = 0.0
    let x0 = path.x[0] * degree
    let q0 = q(sinLatitude: sin(path.y[0] * degree))
    var previousX = 0.0
    var previousY = 0.0
    var previousLon = path.x[0]
    var previousLat = path.y[0]
    for index in 1..<count {
      let lon = path.x[index]
      let lat = path.y[index]
      guard abs(lat) <= 60 else { return nil }
      steepest = max(steepest, abs(lat))
      // Upper bound of the edge's length: a degree of latitude is at most 111,700 m, of longitude 111,320 m.
      let north = (lat - previousLat) * 111_700
      let east = (lon - previousLon) * 111_320
      let length = (north * north + east * east).squareRoot()
      guard length <= 50_000 else { return nil }
      cubes += length * length * length
      let x = lon * degree - x0
      let y = q(sinLatitude: sin(lat * degree)) - q0
      twice += previousX * y - x * previousY
      (previousX, previousY, previousLon, previousLat) = (x, y, lon, lat)
    }
    steepest = max(steepest, abs(path.y[0]))
    let area = abs(twice) / 2 * semiMajorAxis * semiMajorAxis / 2
    let slope = tan(steepest * degree)
    return (area, 2 * (1 + slope) * cubes / smallestRadius)
  }
}
