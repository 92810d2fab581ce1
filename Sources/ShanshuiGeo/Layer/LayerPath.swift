#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What a `--layer` path must be before GDAL sees it (docs/security.md): a local regular file with a supported
/// extension or a local FileGDB directory (`.gdb`), never a GDAL virtual path (`/vsicurl/`, `/vsizip/`…), a URL or
/// a driver connection string; a Shapefile with its .shx and .dbf beside it (and a .prj, or its CRS is unknown).
enum LayerPath {
  /// The supported extensions, lower case.
  static let extensions = ["gpkg", "shp", "geojson", "json"]

  /// The canonical path GDAL is given.
  static func check(_ path: String) throws(GeoLayerError) -> String {
    let lower = path.lowercased()
    if path.isEmpty { throw .unreadable("empty path") }
    if lower.contains("/vsi") || lower.hasPrefix("vsi") || lower.contains("://") {
      throw .unreadable("\(path) is a virtual or network path; give a local file")
    }
    guard let resolved = realpath(path, nil) else { throw .unreadable("\(path): no such file") }
    let canonical = String(cString: resolved)
    free(resolved)
    var status = stat()
    if isFileGDB(path) {
      guard stat(canonical, &status) == 0, (status.st_mode & S_IFMT) == S_IFDIR, isFileGDB(canonical) else {
        throw .unreadable("\(path) is not a FileGDB directory")
      }
      return canonical
    }
    guard stat(canonical, &status) == 0, (status.st_mode & S_IFMT) == S_IFREG else {
      throw .unreadable("\(path) is not a regular file")
    }
    // The canonical path is absolute: it cannot be a connection string ("GPKG:…") or inline GeoJSON text.
    if canonical.lowercased().hasPrefix("/vsi") { throw .unreadable("\(path) resolves to a virtual path") }
    let fileExtension = canonical.split(separator: "/").last.flatMap { name in
      name.contains(".") ? name.split(separator: ".").last.map { String($0).lowercased() } : nil
    }
    guard let fileExtension, extensions.contains(fileExtension) else {
      throw .unreadable(
        "\(path) is not a GeoPackage (.gpkg), Shapefile (.shp), GeoJSON (.geojson, .json) file or FileGDB directory "
          + "(.gdb)")
    }
    if fileExtension == "shp" {
      for sidecar in ["shx", "dbf"] where sibling(of: canonical, sidecar) == nil {
        throw .unreadable("\(path) is a Shapefile without its .\(sidecar)")
      }
      if sibling(of: canonical, "prj") == nil {
        throw .crsUnknown("\(path) is a Shapefile without its .prj: its coordinate reference system is unknown")
      }
    }
    return canonical
  }

  /// Whether `path` names a FileGDB (a directory ending in `.gdb`, with or without a final slash).
  static func isFileGDB(_ path: String) -> Bool {
    let lower = path.lowercased()
    return (lower.hasSuffix("/") ? String(lower.dropLast()) : lower).hasSuffix(".gdb")
  }

  /// The file beside `path` with `sidecar` extension (lower or upper case), if it exists.
  private static func sibling(of path: String, _ sidecar: String) -> String? {
    guard let dot = path.lastIndex(of: ".") else { return nil }
    let stem = path[..<dot]
    for candidate in ["\(stem).\(sidecar)", "\(stem).\(sidecar.uppercased())"] {
      var status = stat()
      if stat(candidate, &status) == 0, (status.st_mode & S_IFMT) == S_IFREG { return candidate }
    }
    return nil
  }
}
