/// A coordinate reference system shanshui accepts for submission geometry and reviewer layers: CGCS2000 geographic
/// (EPSG:4490) and its 3° Gauss–Krüger zones over Sichuan and Chongqing (97.3°E–110.2°E: zones 32–37, central
/// meridians 96°E–111°E), each with and without the zone number prefixed to the easting.
///
/// Coordinates are always in the axis order the EPSG registry defines: latitude then longitude for EPSG:4490,
/// northing (X) then easting (Y) for the Gauss–Krüger zones.
public enum GeoCRS: Hashable, Sendable, CustomStringConvertible {
  /// EPSG:4490, China Geodetic Coordinate System 2000: latitude, longitude in degrees.
  case cgcs2000
  /// CGCS2000 / 3-degree Gauss–Kruger: `zone` 32–37 (central meridian 3 × zone °E). With `zonePrefix` the easting
  /// carries the zone number (EPSG:4520–4525, "zone 32"…"zone 37"); without it the false easting is 500 km
  /// (EPSG:4541–4546, "CM 96E"…"CM 111E").
  case gaussKruger(zone: Int, zonePrefix: Bool)

  /// The zones that cover the two provinces.
  public static let supportedZones = 32...37

  /// The EPSG code.
  public var epsg: Int {
    switch self {
    case .cgcs2000: return 4490
    case .gaussKruger(let zone, let prefixed): return (prefixed ? 4513 : 4534) + zone - 25
    }
  }

  /// The CRS with this EPSG code, if shanshui supports it.
  public init?(epsg: Int) {
    if epsg == 4490 {
      self = .cgcs2000
      return
    }
    for (base, prefixed) in [(4513, true), (4534, false)] {
      let zone = epsg - base + 25
      if Self.supportedZones.contains(zone) {
        self = .gaussKruger(zone: zone, zonePrefix: prefixed)
        return
      }
    }
    return nil
  }

  /// Central meridian in degrees east (nil for geographic coordinates).
  public var centralMeridian: Double? {
    if case .gaussKruger(let zone, _) = self { return Double(zone * 3) }
    return nil
  }

  /// The zone whose central meridian is nearest `longitude` (3° zones: zone n covers 3n − 1.5 … 3n + 1.5 °E).
  public static func gaussKrugerZone(forLongitude longitude: Double) -> Int {
    Int((longitude / 3).rounded())
  }

  public var description: String { "EPSG:\(epsg)" }

  /// Every supported CRS, for documentation and tests.
  public static var all: [GeoCRS] {
    [.cgcs2000]
      + supportedZones.flatMap { zone in [true, false].map { GeoCRS.gaussKruger(zone: zone, zonePrefix: $0) } }
  }
}

extension GeoCRS {
  /// The axes in the order positions are written.
  public var axisOrder: String {
    switch self {
    case .cgcs2000: return "latitude, longitude"
    case .gaussKruger: return "northing (X), easting (Y)"
    }
  }

  /// Where positions in this CRS are accepted, in CGCS2000 longitude and latitude: EPSG:4490's area of use (China,
  /// 73.62–134.77°E, 16.7–53.56°N), narrowed for a Gauss–Krüger zone to its 3° band widened by 1.5° on each side
  /// (a project straddling a zone boundary is often drawn in one zone; at 3° from the central meridian the scale
  /// error is still below 1.2e-3, which GeoWorker's distances avoid by choosing the zone themselves).
  public var areaOfUse: (west: Double, south: Double, east: Double, north: Double) {
    let china = (west: 73.62, south: 16.7, east: 134.77, north: 53.56)
    guard let meridian = centralMeridian else { return china }
    return (max(china.west, meridian - 3), china.south, min(china.east, meridian + 3), china.north)
  }
}
