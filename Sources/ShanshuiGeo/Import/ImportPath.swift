#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What a `--from` path must be before GDAL sees it: what `LayerPath` allows for a layer (a local regular file,
/// GeoPackage, Shapefile with its sidecars and `.prj`, or GeoJSON; never a `/vsi…` path, URL or connection string),
/// or a local FileGDB directory whose name ends in `.gdb`.
enum ImportPath {
  /// The canonical path GDAL is given, and whether it is a FileGDB directory.
  static func check(_ path: String) throws(ImportSourceError) -> (path: String, isFileGDB: Bool) {
    let lower = path.lowercased()
    let trimmed = lower.hasSuffix("/") ? String(lower.dropLast()) : lower
    if trimmed.hasSuffix(".gdb") {
      if lower.contains("/vsi") || lower.hasPrefix("vsi") || lower.contains("://") {
        throw .unreadable("\(path) is a virtual or network path; give a local file")
      }
      guard let resolved = realpath(path, nil) else { throw .unreadable("\(path): no such directory") }
      let canonical = String(cString: resolved)
      free(resolved)
      var status = stat()
      guard stat(canonical, &status) == 0, (status.st_mode & S_IFMT) == S_IFDIR,
        canonical.lowercased().hasSuffix(".gdb"), !canonical.lowercased().hasPrefix("/vsi")
      else { throw .unreadable("\(path) is not a FileGDB directory") }
      return (canonical, true)
    }
    do {
      return (try LayerPath.check(path), false)
    } catch {
      switch error {
      case .crsUnknown(let reason): throw .crs(reason)
      case .unreadable(let reason):
        if reason.hasSuffix("(.geojson, .json) file") {
          throw .unreadable(
            "\(path) is not a GeoPackage (.gpkg), Shapefile (.shp), GeoJSON (.geojson, .json) file or FileGDB "
              + "directory (.gdb)")
        }
        throw .unreadable(reason)
      default: throw .unreadable(error.description)
      }
    }
  }
}
