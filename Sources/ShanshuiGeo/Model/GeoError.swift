/// Why a geometry cannot be measured. Each case maps to an error code of docs/error-codes.md (E600, E601, E604).
public enum GeoError: Error, Equatable, Sendable, CustomStringConvertible {
  /// GEOS, PROJ or GDAL could not be loaded (E600): `library` is the soname tried, `detail` the loader's reason.
  case librariesUnavailable(library: String, detail: String)
  /// A coordinate is NaN or infinite (E601).
  case nonFinite(GeoPosition)
  /// A position lies outside the CRS's area of use, e.g. latitude and longitude swapped (E604).
  case outsideAreaOfUse(GeoPosition, crs: GeoCRS)
  /// A ring whose last position is not its first (E601); the position is the ring's first.
  case ringNotClosed(GeoPosition)
  /// A ring with fewer than four positions, a line with fewer than two, or a shape with none (E601).
  case tooFewPositions(Int)
  /// PROJ could not transform the coordinates (E604 when it says so for a position; otherwise E601).
  case transformationFailed(String)
  /// GEOS could not build or combine the geometries (its message).
  case geometryFailed(String)

  /// The error code of docs/error-codes.md: E600 (libraries), E604 (area of use, a position PROJ cannot
  /// transform), E601 (everything else about the geometry's structure).
  public var errorCode: String {
    switch self {
    case .librariesUnavailable: return "E600"
    case .outsideAreaOfUse, .transformationFailed: return "E604"
    case .nonFinite, .ringNotClosed, .tooFewPositions, .geometryFailed: return "E601"
    }
  }

  /// The Debian package that ships `library` (named in the E600 message).
  public static func debianPackage(for library: String) -> String {
    // A soname (libgeos_c.so.1) or an override (SHANSHUI_GEOS_LIBRARY=/path): either names the library's kind.
    let name = library.lowercased()
    if name.contains("geos") { return "libgeos-c1v5" }
    if name.contains("proj") { return "libproj25" }
    if name.contains("gdal") { return "libgdal32" }
    return library
  }

  public var description: String {
    switch self {
    case .librariesUnavailable(let library, let detail):
      return "\(library) could not be loaded (\(detail)); install the package \(Self.debianPackage(for: library))"
    case .nonFinite(let position):
      return "coordinate is not a finite number: \(position.first) \(position.second)"
    case .outsideAreaOfUse(let position, let crs):
      return
        "position \(position.first) \(position.second) lies outside the area of use of \(crs) (axis order: \(crs.axisOrder))"
    case .ringNotClosed(let position):
      return
        "ring starting at \(position.first) \(position.second) is not closed (its last position must equal its first)"
    case .tooFewPositions(let count):
      return "\(count) positions: a ring needs at least four (closed) and a line at least two"
    case .transformationFailed(let reason):
      return "coordinate transformation failed: \(reason)"
    case .geometryFailed(let reason):
      return "geometry operation failed: \(reason)"
    }
  }
}
