/// What a `--from` path must be before GDAL sees it: what `LayerPath` allows for a layer (a local regular file,
/// GeoPackage, Shapefile with its sidecars and `.prj`, or GeoJSON, or a local FileGDB directory whose name ends in
/// `.gdb`; never a `/vsi…` path, URL or connection string), with import's error codes.
enum ImportPath {
  /// The canonical path GDAL is given, and whether it is a FileGDB directory.
  static func check(_ path: String) throws(ImportSourceError) -> (path: String, isFileGDB: Bool) {
    do {
      return (try LayerPath.check(path), LayerPath.isFileGDB(path))
    } catch {
      switch error {
      case .crsUnknown(let reason): throw .crs(reason)
      case .unreadable(let reason): throw .unreadable(reason)
      default: throw .unreadable(error.description)
      }
    }
  }
}
