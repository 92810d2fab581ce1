import CGeo

/// One PROJ context (network off, log silenced) and the transformations made in it, cached by source CRS. Not
/// shareable between threads: one per GeoWorker.
final class PROJContext {
  let context: OpaquePointer
  private var transformations: [String: OpaquePointer] = [:]

  init() throws(GeoError) {
    guard let context = cgeo_proj_context_new() else { throw .transformationFailed("PROJ could not make a context") }
    self.context = context
  }

  deinit {
    for transformation in transformations.values { _ = cgeo_proj_destroy(transformation) }
    _ = cgeo_proj_context_destroy(context)
  }

  /// The transformation from `source` (an EPSG code "EPSG:n", or WKT) to CGCS2000 longitude, latitude, normalised so
  /// that both ends are in GIS order: x = easting or longitude, y = northing or latitude.
  func toLonLat(from source: String) throws(GeoError) -> OpaquePointer {
    if let cached = transformations[source] { return cached }
    guard let raw = cgeo_proj_create_crs_to_crs(context, source, "EPSG:4490", nil) else {
      throw .transformationFailed(lastError(defaultMessage: "PROJ knows no transformation from \(source.prefix(80))"))
    }
    defer { _ = cgeo_proj_destroy(raw) }
    guard let normalised = cgeo_proj_normalize_for_visualization(context, raw) else {
      throw .transformationFailed(lastError(defaultMessage: "PROJ could not normalise the axis order"))
    }
    transformations[source] = normalised
    return normalised
  }

  /// Transforms the points in place (forward: source → lon/lat; inverse: lon/lat → source). Points PROJ cannot
  /// transform come back as infinity.
  func transform(_ transformation: OpaquePointer, x: inout [Double], y: inout [Double], inverse: Bool = false) {
    let count = x.count
    guard count > 0 else { return }
    let stride = MemoryLayout<Double>.stride
    _ = cgeo_proj_errno_reset(transformation)
    _ = x.withUnsafeMutableBufferPointer { xs in
      y.withUnsafeMutableBufferPointer { ys in
        cgeo_proj_trans_generic(
          transformation, inverse ? PJ_INV : PJ_FWD, xs.baseAddress, stride, count, ys.baseAddress, stride, count, nil,
          0, 0, nil, 0, 0)
      }
    }
  }

  private func lastError(defaultMessage: String) -> String {
    let code = cgeo_proj_context_errno(context)
    guard code != 0, let text = cgeo_proj_context_errno_string(context, code) else { return defaultMessage }
    return "\(defaultMessage): \(String(cString: text))"
  }
}
