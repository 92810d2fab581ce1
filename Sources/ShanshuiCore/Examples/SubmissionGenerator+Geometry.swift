import Foundation
import ShanshuiGeo

/// Geometry for generated version-2 submissions (issue 17): every unit a square of its declared area, laid out on a
/// grid with gaps (valid, disjoint, not touching), inside a rectangular project boundary, centred on the approximate
/// centre of the project's first division. Synthetic: the squares are not real land, and say nothing about what lies
/// there.
extension SubmissionGenerator {
  /// The CRS generated geometry is written in.
  public enum GeometryCRS: String, Sendable, CaseIterable {
    /// CGCS2000 geographic, EPSG:4490 (latitude, longitude).
    case geographic
    /// The CGCS2000 3° Gauss–Krüger zone of the centre, without the zone prefix (EPSG:4541–4546; northing, easting).
    case gaussKruger = "gauss-kruger"
    /// The same zone with the zone number prefixed to the easting (EPSG:4520–4525).
    case gaussKrugerPrefixed = "gauss-kruger-prefixed"
  }

  /// The side of the square the whole layout fits in, in metres (about a county's size).
  static let layoutExtent = 30_000.0
  /// The share of its grid cell a unit's square may span at most (the rest is gap).
  static let cellFill = 0.8

  /// The range of the area share `s` (a unit is 3s ha: sub-projects 2s and s ha) so that `units` squares fit the
  /// layout: the version-1 range 200…599 while it fits, smaller for many units.
  static func shareRange(units: Int) -> ClosedRange<Int> {
    let columns = Double(gridColumns(units))
    let side = layoutExtent / columns * cellFill
    let largest = max(1, min(599, Int(side * side / 10_000 / 3)))
    return min(200, largest)...largest
  }

  static func gridColumns(_ units: Int) -> Int { Int(Double(units).squareRoot().rounded(.up)) }

  /// `text` with a `<geometry>` added as the last child of `location` and of each unit (`unitHectares` in document
  /// order), and the GML namespace declared on the root.
  static func addingGeometry(_ text: String, unitHectares: [Int], crs choice: GeometryCRS) -> String {
    let division = locationDivision(text) ?? ""
    let centre = ApproximateCentres.centre(of: division)
    let layout = GeneratedLayout(hectares: unitHectares, centre: centre, crs: choice)
    var output = text.replacingOccurrences(
      of: "<submission xmlns=\"urn:shanshui:submission:1\"",
      with: "<submission xmlns=\"urn:shanshui:submission:1\" xmlns:gml=\"\(GMLNamespace.uri)\"")
    if let close = output.range(of: "</location>") {
      output.replaceSubrange(close, with: "  " + layout.gml(layout.boundary) + "\n  </location>")
    }
    var rest = Substring(output)
    var result = ""
    var squares = layout.units.makeIterator()
    while let close = rest.range(of: "</unit>") {
      result += rest[..<close.lowerBound]
      if let square = squares.next() { result += "  " + layout.gml(square) + "\n    " }
      result += "</unit>"
      rest = rest[close.upperBound...]
    }
    return result + rest
  }

  /// The first `location/division/@code`.
  static func locationDivision(_ text: String) -> String? {
    guard let location = text.range(of: "<location>"),
      let division = text.range(of: "<division ", range: location.upperBound..<text.endIndex),
      let end = text.range(of: ">", range: division.upperBound..<text.endIndex)
    else { return nil }
    return attribute("code", in: String(text[division.lowerBound..<end.upperBound]))
  }
}

/// The GML namespace, as written into generated and template submissions.
enum GMLNamespace {
  static let uri = "http://www.opengis.net/gml/3.2"
}

/// The generated squares and boundary, as rings in the chosen CRS.
struct GeneratedLayout {
  let crs: GeoCRS
  /// One closed ring per unit, in document order.
  var units: [[GeoPosition]] = []
  var boundary: [GeoPosition] = []

  init(hectares: [Int], centre: (latitude: Double, longitude: Double), crs choice: SubmissionGenerator.GeometryCRS) {
    let zone = GeoCRS.gaussKrugerZone(forLongitude: centre.longitude)
    switch choice {
    case .geographic: crs = .cgcs2000
    case .gaussKruger: crs = .gaussKruger(zone: zone, zonePrefix: false)
    case .gaussKrugerPrefixed: crs = .gaussKruger(zone: zone, zonePrefix: true)
    }
    let columns = SubmissionGenerator.gridColumns(hectares.count)
    let cell = SubmissionGenerator.layoutExtent / Double(columns)
    let origin = -Double(columns) * cell / 2
    let place = LocalPlacement(centre: centre, crs: crs)
    var largest = 0.0
    for (index, area) in hectares.enumerated() {
      let side = (Double(area) * 10_000).squareRoot()
      largest = max(largest, side)
      // Cell (row, column) from the south-west corner of the layout; the square centred in its cell.
      let east = origin + (Double(index % columns) + 0.5) * cell
      let north = origin + (Double(index / columns) + 0.5) * cell
      units.append(place.square(east: east, north: north, side: side))
    }
    boundary = place.enclosing(units, margin: (cell - largest) / 4)
  }

  /// `<geometry>` with a `gml:Polygon` of `ring`.
  func gml(_ ring: [GeoPosition]) -> String {
    let digits = crs == .cgcs2000 ? 7 : 2
    let list = ring.map { String(format: "%.\(digits)f %.\(digits)f", $0.first, $0.second) }.joined(separator: " ")
    return "<geometry><gml:Polygon srsName=\"\(SRSName.spellings(of: crs)[1])\"><gml:exterior><gml:LinearRing>"
      + "<gml:posList>\(list)</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></geometry>"
  }
}

/// Local east/north offsets in metres around a centre, written in a CRS: in a Gauss–Krüger zone by the projection of
/// the centre plus the offsets (the zone's own metres); in EPSG:4490 by the ellipsoid's radii of curvature at each
/// square's own latitude, so that every square spans its side in metres (its geodesic area is its declared area to
/// about 1e-6, against a Gauss–Krüger square's scale error of at most about 5e-4 at a zone's edge).
struct LocalPlacement {
  let centre: (latitude: Double, longitude: Double)
  let crs: GeoCRS
  private let projectedCentre: (northing: Double, easting: Double)

  init(centre: (latitude: Double, longitude: Double), crs: GeoCRS) {
    self.centre = centre
    self.crs = crs
    if case .gaussKruger(let zone, let prefixed) = crs {
      let projected = TransverseMercator.project(
        latitude: centre.latitude, longitude: centre.longitude, centralMeridian: Double(zone * 3))
      projectedCentre = (projected.northing, projected.easting + (prefixed ? Double(zone) * 1_000_000 : 0))
    } else {
      projectedCentre = (0, 0)
    }
  }

  /// A closed ring, counter-clockwise in east/north (south-west, south-east, north-east, north-west).
  func square(east: Double, north: Double, side: Double) -> [GeoPosition] {
    rectangle(west: east - side / 2, south: north - side / 2, east: east + side / 2, north: north + side / 2)
  }

  /// The rectangle (in the CRS's own coordinates: a meridian-and-parallel rectangle in EPSG:4490) around every
  /// position of `rings`, `margin` metres away from the outermost.
  func enclosing(_ rings: [[GeoPosition]], margin: Double) -> [GeoPosition] {
    let positions = rings.joined()
    guard let firstLow = positions.map(\.first).min(), let firstHigh = positions.map(\.first).max(),
      let secondLow = positions.map(\.second).min(), let secondHigh = positions.map(\.second).max()
    else { return [] }
    var (firstMargin, secondMargin) = (margin, margin)
    if crs == .cgcs2000 {
      firstMargin = Ellipsoid.degrees(northOf: firstHigh, metres: margin)
      // A degree of longitude is shortest in metres at the northern edge: the margin is at least `margin` there.
      secondMargin = Ellipsoid.degrees(eastAt: firstHigh + firstMargin, metres: margin)
    }
    let (south, north) = (firstLow - firstMargin, firstHigh + firstMargin)
    let (west, east) = (secondLow - secondMargin, secondHigh + secondMargin)
    return [
      GeoPosition(south, west), GeoPosition(south, east), GeoPosition(north, east), GeoPosition(north, west),
      GeoPosition(south, west),
    ]
  }

  func rectangle(west: Double, south: Double, east: Double, north: Double) -> [GeoPosition] {
    let corners = [(west, south), (east, south), (east, north), (west, north), (west, south)]
    guard crs == .cgcs2000 else {
      return corners.map { GeoPosition(projectedCentre.northing + $0.1, projectedCentre.easting + $0.0) }
    }
    // Latitudes from the centre by the meridian radius; longitudes by the parallel's radius at the rectangle's
    // middle latitude, so each rectangle is as wide in metres as asked.
    let middle = centre.latitude + Ellipsoid.degrees(northOf: centre.latitude, metres: (south + north) / 2)
    let perEast = { (metres: Double) in Ellipsoid.degrees(eastAt: middle, metres: metres) }
    let latitude = { (metres: Double) in
      middle + Ellipsoid.degrees(northOf: middle, metres: metres - (south + north) / 2)
    }
    return corners.map { GeoPosition(latitude($0.1), centre.longitude + perEast($0.0)) }
  }
}

/// CGCS2000's ellipsoid (a = 6378137 m, 1/f = 298.257222101) and its radii of curvature.
enum Ellipsoid {
  static let a = 6_378_137.0
  static let f = 1 / 298.257222101
  static let e2 = f * (2 - f)

  /// Degrees of latitude spanned by `metres` north of `latitude` (meridian radius of curvature).
  static func degrees(northOf latitude: Double, metres: Double) -> Double {
    let s = sin(latitude * .pi / 180)
    let rho = a * (1 - e2) / pow(1 - e2 * s * s, 1.5)
    return metres / rho * 180 / .pi
  }

  /// Degrees of longitude spanned by `metres` along the parallel at `latitude`.
  static func degrees(eastAt latitude: Double, metres: Double) -> Double {
    let phi = latitude * .pi / 180
    let n = a / (1 - e2 * sin(phi) * sin(phi)).squareRoot()
    return metres / (n * cos(phi)) * 180 / .pi
  }
}

/// The transverse Mercator projection on CGCS2000 (scale 1 on the central meridian, false easting 500 km, latitude
/// of origin 0), by the series of Snyder, Map Projections — A Working Manual (USGS PP 1395, 1987), eq. 8-9 to 8-11:
/// within 1.5° of the central meridian well under a centimetre off PROJ's exact `tmerc`, which is far below what the
/// generator needs (placing synthetic squares).
enum TransverseMercator {
  static func project(
    latitude: Double, longitude: Double, centralMeridian: Double
  ) -> (
    northing: Double, easting: Double
  ) {
    let a = Ellipsoid.a
    let e2 = Ellipsoid.e2
    let ep2 = e2 / (1 - e2)
    let phi = latitude * .pi / 180
    let lambda = (longitude - centralMeridian) * .pi / 180
    let n = a / (1 - e2 * sin(phi) * sin(phi)).squareRoot()
    let t = tan(phi) * tan(phi)
    let c = ep2 * cos(phi) * cos(phi)
    let aa = lambda * cos(phi)
    let e4 = e2 * e2
    let e6 = e4 * e2
    let m =
      a
      * ((1 - e2 / 4 - 3 * e4 / 64 - 5 * e6 / 256) * phi - (3 * e2 / 8 + 3 * e4 / 32 + 45 * e6 / 1024) * sin(2 * phi)
        + (15 * e4 / 256 + 45 * e6 / 1024) * sin(4 * phi) - (35 * e6 / 3072) * sin(6 * phi))
    let easting =
      n
      * (aa + (1 - t + c) * pow(aa, 3) / 6 + (5 - 18 * t + t * t + 72 * c - 58 * ep2) * pow(aa, 5) / 120)
    let northing =
      m + n * tan(phi)
      * (aa * aa / 2 + (5 - t + 9 * c + 4 * c * c) * pow(aa, 4) / 24
        + (61 - 58 * t + t * t + 600 * c - 330 * ep2) * pow(aa, 6) / 720)
    return (northing, easting + 500_000)
  }
}

/// Approximate centres (the seat of government, to about 0.01°) of some counties, for generated geometry only: a
/// place in the right county, never a claim about real land. Other codes fall back to their province's capital.
enum ApproximateCentres {
  static let counties: [String: (latitude: Double, longitude: Double)] = [
    "500101": (30.81, 108.41),  // 万州区
    "500102": (29.70, 107.39),  // 涪陵区
    "500103": (29.56, 106.57),  // 渝中区
    "500116": (29.29, 106.26),  // 江津区
    "500152": (30.19, 105.84),  // 潼南区
    "500230": (29.86, 107.73),  // 丰都县
    "500233": (30.30, 108.04),  // 忠县
    "500235": (30.93, 108.70),  // 云阳县
    "510100": (30.66, 104.07),  // 成都市
    "510502": (28.88, 105.44),  // 江阳区（泸州）
    "510522": (28.81, 105.83),  // 合江县
    "510903": (30.51, 105.57),  // 船山区（遂宁）
    "510904": (30.36, 105.46),  // 安居区（遂宁）
  ]

  static func centre(of code: String) -> (latitude: Double, longitude: Double) {
    if let known = counties[code] { return known }
    return code.hasPrefix("51") ? (30.66, 104.07) : (29.56, 106.57)
  }
}
