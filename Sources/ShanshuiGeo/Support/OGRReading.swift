import CGeo

/// What the layer reader (`GeoLayer.read`) and the import reader (`ImportSource.read`) read alike from OGR.
enum OGRReading {
  /// The report's name for a layer's CRS ("EPSG:4545", or its own name without an EPSG code) and PROJ's input (the
  /// EPSG code, or WKT).
  static func describe(_ reference: OGRSpatialReferenceH) -> (name: String, projSource: String) {
    let authority = cgeo_OSRGetAuthorityName(reference, nil).map { String(cString: $0) }
    let code = cgeo_OSRGetAuthorityCode(reference, nil).map { String(cString: $0) }
    if let authority, let code, authority.uppercased() == "EPSG" { return ("EPSG:\(code)", "EPSG:\(code)") }
    let name = cgeo_OSRGetName(reference).map { String(cString: $0) } ?? "unnamed CRS"
    var wkt: UnsafeMutablePointer<CChar>?
    _ = cgeo_OSRExportToWkt(reference, &wkt)
    defer { if let wkt { cgeo_VSIFree(wkt) } }
    return (name, wkt.map { String(cString: $0) } ?? "")
  }

  /// A simple geometry's (ring's or line's) positions, x and y as the file holds them, copied in one call; the
  /// first position that is not a finite number is returned apart, for the caller's message.
  static func points(of geometry: OGRGeometryH) -> (path: LonLatPath, nonFinite: (Double, Double)?) {
    let count = max(0, Int(cgeo_OGR_G_GetPointCount(geometry)))
    var x = [Double](repeating: 0, count: count)
    var y = [Double](repeating: 0, count: count)
    let stride = Int32(MemoryLayout<Double>.stride)
    _ = x.withUnsafeMutableBytes { xs in
      y.withUnsafeMutableBytes { ys in
        cgeo_OGR_G_GetPoints(geometry, xs.baseAddress, stride, ys.baseAddress, stride, nil, 0)
      }
    }
    let nonFinite = zip(x, y).first { !$0.0.isFinite || !$0.1.isFinite }
    return (LonLatPath(x: x, y: y), nonFinite)
  }
}
