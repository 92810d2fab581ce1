import CGeo

/// One GEOS context handle (its error messages kept, not printed). Every geometry made in it keeps it alive, since
/// destroying a geometry needs a handle.
final class GEOSContext {
  let box: OpaquePointer
  let handle: GEOSContextHandle_t

  init() throws(GeoError) {
    guard let box = cgeo_geos_context_create(), let handle = cgeo_geos_handle(box) else {
      throw .geometryFailed("GEOS could not make a context")
    }
    self.box = box
    self.handle = handle
  }

  deinit { cgeo_geos_context_destroy(box) }

  /// The last error GEOS reported, cleared.
  func takeError() -> String {
    let message = cgeo_geos_last_error(box).map { String(cString: $0) } ?? ""
    cgeo_geos_clear_error(box)
    return message.isEmpty ? "GEOS reported no reason" : message
  }
}

/// A GEOS geometry owned by Swift: destroyed with its context's handle when the last reference goes.
final class GEOSGeometryRef {
  let pointer: OpaquePointer
  let context: GEOSContext

  init(_ pointer: OpaquePointer, _ context: GEOSContext) {
    self.pointer = pointer
    self.context = context
  }

  deinit { cgeo_GEOSGeom_destroy_r(context.handle, pointer) }
}
