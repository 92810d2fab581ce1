import CGeo

extension GeoLayer {
  /// Reads a reviewer layer with GDAL/OGR: a GeoPackage, Shapefile or GeoJSON file or a FileGDB directory holding one
  /// vector layer of polygons or lines (GDALOpenEx allows only those four drivers, read-only; the path is checked first, see
  /// LayerPath). The layer's CRS is read from the file (.prj, the GeoPackage's srs, GeoJSON's CRS84) and every
  /// feature transformed by PROJ to CGCS2000 lon/lat. Features without geometry are skipped and counted; invalid
  /// ones are repaired by MakeValid and counted. The STRtree is built and warmed up here, on the calling thread.
  public static func read(path: String, limits: GeoLayerLimits = .defaults) throws(GeoLayerError) -> GeoLayer {
    let canonical = try LayerPath.check(path)
    do { try GeoLibraries.loadGDAL() } catch {
      if case .librariesUnavailable(let library, let detail) = error {
        throw .librariesUnavailable(library: library, detail: detail)
      }
      throw .unreadable(error.description)
    }
    let errors = GDALErrorCapture()
    defer { errors.end() }
    let dataset = openVector(canonical)
    guard let dataset else {
      throw .unreadable(
        errors.reason(
          or: LayerPath.isFileGDB(canonical)
            ? "not a FileGDB GDAL can open" : "not a GeoPackage, Shapefile or GeoJSON file GDAL can open"))
    }
    defer { cgeo_GDALClose(dataset) }
    let layerCount = Int(cgeo_GDALDatasetGetLayerCount(dataset))
    guard layerCount == 1, let layer = cgeo_GDALDatasetGetLayer(dataset, 0) else {
      let names = (0..<layerCount).compactMap { index in
        cgeo_GDALDatasetGetLayer(dataset, Int32(index)).flatMap { cgeo_OGR_L_GetName($0) }.map { String(cString: $0) }
      }
      throw .unreadable(
        layerCount == 0
          ? errors.reason(or: "the file holds no vector layer")
          : "the file holds \(layerCount) layers (\(names.joined(separator: ", "))); a layer file must hold one "
            + "(export the role's layer: ogr2ogr -f GPKG ROLE.gpkg FILE LAYER)")
    }
    var reader = try LayerFeatureReader(layer: layer, limits: limits)
    let features = try reader.readAll(errors: errors)
    if features.isEmpty { throw .empty }
    let index: LayerIndex
    do { index = try LayerIndex(context: reader.context, geometries: reader.takeGeometries()) } catch {
      throw .unreadable(error.description)
    }
    return GeoLayer(
      features: features, sourceCRS: reader.crs.name, reprojected: reader.crs.name != "EPSG:4490",
      fieldNames: reader.fieldNames, repairedFeatureCount: reader.repaired, index: index,
      skippedFeatureCount: reader.skipped)
  }
}

/// Opens a local vector file read-only with GDAL, allowing only the drivers shanshui reads (GeoPackage, Shapefile,
/// GeoJSON, FileGDB) so that no other driver probes it; `options` are GDAL open options (`ENCODING=GBK`).
func openVector(_ path: String, options: [String] = []) -> GDALDatasetH? {
  withCStrings(["GPKG", "ESRI Shapefile", "GeoJSON", "OpenFileGDB"]) { drivers in
    withCStrings(options) { list in
      cgeo_GDALOpenEx(path, UInt32(GDAL_OF_VECTOR | GDAL_OF_READONLY), drivers, options.isEmpty ? nil : list, nil)
    }
  }
}

/// GDAL's errors on this thread from `init` to `end()` (a handler pushed on GDAL's thread-local stack). The record
/// lives in memory allocated here, since GDAL keeps its address until the handler is popped.
final class GDALErrorCapture {
  private let record: UnsafeMutablePointer<cgeo_gdal_errors>
  private var ended = false

  init() {
    record = .allocate(capacity: 1)
    record.initialize(to: cgeo_gdal_errors())
    cgeo_gdal_push_capture(record)
  }

  /// Pops the handler and frees the record; call once, on the same thread (`defer` right after `init`).
  func end() {
    guard !ended else { return }
    ended = true
    cgeo_gdal_pop_capture()
    record.deinitialize(count: 1)
    record.deallocate()
  }

  /// How many CE_Failure or CE_Fatal errors GDAL raised.
  var failures: Int { ended ? 0 : Int(record.pointee.failures) }

  /// `fallback`, followed by GDAL's first failure message (or its last warning) when there is one.
  func reason(or fallback: String) -> String {
    guard !ended else { return fallback }
    let message = withUnsafeBytes(of: &record.pointee.message) { bytes in
      String(decoding: bytes.prefix { $0 != 0 }, as: UTF8.self)
    }
    return message.isEmpty ? fallback : "\(fallback): \(message)"
  }
}

/// A null-terminated array of C strings for the duration of `body`.
func withCStrings<Result>(
  _ strings: [String], _ body: (UnsafePointer<UnsafePointer<CChar>?>) -> Result
)
  -> Result
{
  let copies = strings.map { string -> UnsafeMutablePointer<CChar> in
    let bytes = Array(string.utf8CString)
    let pointer = UnsafeMutablePointer<CChar>.allocate(capacity: bytes.count)
    pointer.initialize(from: bytes, count: bytes.count)
    return pointer
  }
  defer { copies.forEach { $0.deallocate() } }
  let array: [UnsafePointer<CChar>?] = copies.map { UnsafePointer($0) } + [nil]
  return array.withUnsafeBufferPointer { buffer in
    guard let base = buffer.baseAddress else { preconditionFailure("a non-empty array has storage") }
    return body(base)
  }
}
