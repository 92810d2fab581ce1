import CGeo

/// Loading GEOS, PROJ and GDAL with dlopen, once per process (CGeo's pthread_once). Nothing is loaded until a
/// GeoWorker is made or a layer read: a run without geometry and without `--layer` never touches them.
enum GeoLibraries {
  /// Loads GEOS and PROJ, or throws E600's error naming the library that failed.
  static func loadCore() throws(GeoError) {
    var library: UnsafePointer<CChar>?
    var detail: UnsafePointer<CChar>?
    if cgeo_load_core(&library, &detail) == 0 { throw unavailable(library, detail) }
  }

  /// Loads GDAL (after GEOS and PROJ), or throws E600's error.
  static func loadGDAL() throws(GeoError) {
    try loadCore()
    var library: UnsafePointer<CChar>?
    var detail: UnsafePointer<CChar>?
    if cgeo_load_gdal(&library, &detail) == 0 { throw unavailable(library, detail) }
  }

  /// The first of `names` that dlopen loads, or dlopen's reason for the last one (tests of the E600 message).
  static func openFirst(_ names: [String]) -> Result<Void, GeoError> {
    var detail = [CChar](repeating: 0, count: 512)
    var pointers = names.map { strdupPointer($0) }
    defer { pointers.forEach { $0?.deallocate() } }
    let handle = pointers.withUnsafeMutableBufferPointer { buffer in
      buffer.withMemoryRebound(to: UnsafePointer<CChar>?.self) { rebound in
        cgeo_open_first(rebound.baseAddress, Int32(names.count), &detail, detail.count)
      }
    }
    if handle != nil { return .success(()) }
    return .failure(.librariesUnavailable(library: names.first ?? "", detail: string(detail)))
  }

  private static func unavailable(_ library: UnsafePointer<CChar>?, _ detail: UnsafePointer<CChar>?) -> GeoError {
    .librariesUnavailable(
      library: library.map { String(cString: $0) } ?? "", detail: detail.map { String(cString: $0) } ?? "")
  }

  private static func strdupPointer(_ text: String) -> UnsafeMutablePointer<CChar>? {
    let utf8 = Array(text.utf8CString)
    let pointer = UnsafeMutablePointer<CChar>.allocate(capacity: utf8.count)
    pointer.initialize(from: utf8, count: utf8.count)
    return pointer
  }

  private static func string(_ buffer: [CChar]) -> String {
    let bytes = buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }
    return String(decoding: bytes, as: UTF8.self)
  }
}
