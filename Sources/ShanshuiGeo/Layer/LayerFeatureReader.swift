import CGeo

/// Reads one OGR layer's features into GEOS geometries in CGCS2000 lon/lat (GeoLayer.read's loop).
struct LayerFeatureReader {
  let layer: OGRLayerH
  let limits: GeoLayerLimits
  let context: GEOSContext
  let proj: PROJContext
  /// The layer's CRS: how it is named in the report, and what PROJ is given (an EPSG code, or WKT).
  let crs: (name: String, projSource: String)
  let fieldNames: [String]
  private(set) var geometries: [OpaquePointer] = []
  private(set) var repaired = 0
  private(set) var skipped = 0
  private var positions = 0

  init(layer: OGRLayerH, limits: GeoLayerLimits) throws(GeoLayerError) {
    self.layer = layer
    self.limits = limits
    do {
      context = try GEOSContext()
      proj = try PROJContext()
    } catch { throw .unreadable(error.description) }
    guard let reference = cgeo_OGR_L_GetSpatialRef(layer) else {
      throw .crsUnknown("the layer declares no coordinate reference system")
    }
    crs = OGRReading.describe(reference)
    if let definition = cgeo_OGR_L_GetLayerDefn(layer) {
      fieldNames = (0..<max(0, Int(cgeo_OGR_FD_GetFieldCount(definition)))).compactMap { index in
        cgeo_OGR_FD_GetFieldDefn(definition, Int32(index)).flatMap { cgeo_OGR_Fld_GetNameRef($0) }
          .map { String(cString: $0) }
      }
    } else {
      fieldNames = []
    }
    let declared = Int(cgeo_OGR_L_GetFeatureCount(layer, 0))
    if declared > limits.maxFeatures {
      throw .tooLarge("\(declared) features, more than the limit of \(limits.maxFeatures) (--max-layer-features)")
    }
  }

  /// Hands the geometries over (to a LayerIndex, which destroys them).
  mutating func takeGeometries() -> [OpaquePointer] {
    defer { geometries = [] }
    return geometries
  }

  /// Reads every feature; throws on the first unusable one (its FID in the message).
  mutating func readAll(errors: GDALErrorCapture) throws(GeoLayerError) -> [GeoLayerFeature] {
    var features: [GeoLayerFeature] = []
    let transformation: OpaquePointer?
    do { transformation = crs.name == "EPSG:4490" ? nil : try proj.toLonLat(from: crs.projSource) } catch {
      throw .crsUnknown("\(crs.name) cannot be transformed to CGCS2000: \(error)")
    }
    do {
      cgeo_OGR_L_ResetReading(layer)
      while let feature = cgeo_OGR_L_GetNextFeature(layer) {
        defer { cgeo_OGR_F_Destroy(feature) }
        if features.count + skipped >= limits.maxFeatures {
          throw GeoLayerError.tooLarge("more than \(limits.maxFeatures) features (--max-layer-features)")
        }
        let fid = Int64(cgeo_OGR_F_GetFID(feature))
        guard let geometry = cgeo_OGR_F_GetGeometryRef(feature) else {
          skipped += 1
          continue
        }
        var parts = Parts()
        try collectLinear(geometry, into: &parts, fid: fid)
        if parts.polygons.isEmpty && parts.lines.isEmpty {
          skipped += 1
          continue
        }
        if let transformation { parts.transform { proj.transform(transformation, x: &$0, y: &$1) } }
        try parts.checkInChina(fid: fid, crs: crs.name)
        let positionCount = parts.positionCount
        // Edges as geodesics, once per feature: distances then do not depend on how a query clips the feature. The
        // positions this adds count against the limit before they are made.
        positions += parts.paths.reduce(0) { $0 + GeodesicDensify.addedPositionBound(x: $1.x, y: $1.y) }
        if positions > limits.maxPositions {
          throw GeoLayerError.tooLarge(
            "more than \(limits.maxPositions) positions (--max-layer-positions) once edges are cut into "
              + "\(Int(GeodesicDensify.maximumPiece)) m geodesic pieces, at feature \(fid)")
        }
        parts.transform { GeodesicDensify.densify(x: &$0, y: &$1) }
        var made = try context.makeShape(polygons: parts.polygons, lines: parts.lines)
        if try context.invalidity(of: made) != nil {
          guard let valid = cgeo_GEOSMakeValid_r(context.handle, made) else {
            cgeo_GEOSGeom_destroy_r(context.handle, made)
            throw GeoError.geometryFailed("feature \(fid): \(context.takeError())")
          }
          cgeo_GEOSGeom_destroy_r(context.handle, made)
          made = valid
          repaired += 1
        }
        geometries.append(made)
        features.append(
          GeoLayerFeature(
            fid: fid, attributes: attributes(of: feature), positionCount: positionCount,
            isLinear: parts.polygons.isEmpty))
      }
    } catch let error as GeoLayerError {
      geometries.forEach { cgeo_GEOSGeom_destroy_r(context.handle, $0) }
      geometries = []
      throw error
    } catch {
      geometries.forEach { cgeo_GEOSGeom_destroy_r(context.handle, $0) }
      geometries = []
      throw .unreadable(String(describing: error))
    }
    if errors.failures > 0 {
      geometries.forEach { cgeo_GEOSGeom_destroy_r(context.handle, $0) }
      geometries = []
      throw .unreadable(errors.reason(or: "GDAL reported an error while reading"))
    }
    return features
  }

  private func attributes(of feature: OGRFeatureH) -> [String: String] {
    var attributes: [String: String] = [:]
    for (index, name) in fieldNames.enumerated() where cgeo_OGR_F_IsFieldSetAndNotNull(feature, Int32(index)) != 0 {
      attributes[name] = cgeo_OGR_F_GetFieldAsString(feature, Int32(index)).map { String(cString: $0) } ?? ""
    }
    return attributes
  }

  /// Polygons and lines of an OGR geometry, in the layer's CRS (x = easting or longitude).
  struct Parts {
    var polygons: [(exterior: LonLatPath, holes: [LonLatPath])] = []
    var lines: [LonLatPath] = []

    var positionCount: Int {
      polygons.reduce(0) { $0 + $1.exterior.count + $1.holes.reduce(0) { $0 + $1.count } }
        + lines.reduce(0) { $0 + $1.count }
    }

    mutating func transform(_ body: (inout [Double], inout [Double]) -> Void) {
      func moved(_ path: LonLatPath) -> LonLatPath { path.moved(by: body) }
      polygons = polygons.map { (moved($0.exterior), $0.holes.map(moved)) }
      lines = lines.map(moved)
    }

    /// Every ring and line.
    var paths: [LonLatPath] { polygons.flatMap { [$0.exterior] + $0.holes } + lines }

    /// Transformed coordinates must land in EPSG:4490's area of use: otherwise the declared CRS is wrong.
    func checkInChina(fid: Int64, crs: String) throws(GeoLayerError) {
      let area = GeoCRS.cgcs2000.areaOfUse
      for path in paths {
        for (x, y) in zip(path.x, path.y)
        where !(x >= area.west && x <= area.east && y >= area.south && y <= area.north) {
          throw .crsUnknown(
            "feature \(fid) lies at \(x), \(y) (lon, lat) after transformation from \(crs), outside China: is the "
              + "declared coordinate reference system right?")
        }
      }
    }
  }

  /// `collect`, after cutting circular arcs (a FileGDB's or GeoPackage's curve polygons and curves) into straight
  /// pieces of 4° of arc (GDAL's default; a chord departs from its arc by at most 0.06 % of the radius).
  private mutating func collectLinear(
    _ geometry: OGRGeometryH, into parts: inout Parts, fid: Int64
  )
    throws(GeoLayerError)
  {
    guard cgeo_OGR_G_HasCurveGeometry(geometry, 1) != 0 else { return try collect(geometry, into: &parts, fid: fid) }
    guard let linear = cgeo_OGR_G_GetLinearGeometry(geometry, 4, nil) else {
      throw .unreadable("feature \(fid): its circular arcs could not be cut into straight pieces")
    }
    defer { cgeo_OGR_G_DestroyGeometry(linear) }
    try collect(linear, into: &parts, fid: fid)
  }

  /// Adds `geometry`'s polygons and lines to `parts`, counting positions against the limit before copying them.
  private mutating func collect(_ geometry: OGRGeometryH, into parts: inout Parts, fid: Int64) throws(GeoLayerError) {
    let raw = UInt32(cgeo_OGR_G_GetGeometryType(geometry).rawValue)
    let type = (raw & 0x7FFF_FFFF) % 1000  // drop the 2.5D flag and ISO Z/M/ZM offsets
    switch type {
    case 3:  // Polygon
      let ringCount = Int(cgeo_OGR_G_GetGeometryCount(geometry))
      guard ringCount > 0 else { return }
      var rings: [LonLatPath] = []
      for index in 0..<ringCount {
        guard let ring = cgeo_OGR_G_GetGeometryRef(geometry, Int32(index)) else { continue }
        let path = try points(of: ring, fid: fid)
        try checkRing(path, fid: fid)
        rings.append(path)
      }
      if let exterior = rings.first { parts.polygons.append((exterior, Array(rings.dropFirst()))) }
    case 2:  // LineString
      let path = try points(of: geometry, fid: fid)
      guard path.count > 0 else { return }
      if path.count < 2 { throw .unreadable("feature \(fid): a line with \(path.count) position") }
      parts.lines.append(path)
    case 5, 6, 7:  // MultiLineString, MultiPolygon, GeometryCollection
      for index in 0..<max(0, Int(cgeo_OGR_G_GetGeometryCount(geometry))) {
        if let part = cgeo_OGR_G_GetGeometryRef(geometry, Int32(index)) { try collect(part, into: &parts, fid: fid) }
      }
    default:
      throw .unreadable(
        "feature \(fid): geometry type \(type) is not a polygon or line (points are not supported)")
    }
  }

  private mutating func points(of geometry: OGRGeometryH, fid: Int64) throws(GeoLayerError) -> LonLatPath {
    let count = max(0, Int(cgeo_OGR_G_GetPointCount(geometry)))
    positions += count
    if positions > limits.maxPositions {
      throw .tooLarge("more than \(limits.maxPositions) positions (--max-layer-positions), at feature \(fid)")
    }
    let (path, nonFinite) = OGRReading.points(of: geometry)
    if let (a, b) = nonFinite {
      throw .unreadable("feature \(fid): a coordinate is not a finite number (\(a), \(b))")
    }
    return path
  }

  private func checkRing(_ ring: LonLatPath, fid: Int64) throws(GeoLayerError) {
    guard ring.count >= 4 else {
      throw .unreadable("feature \(fid): a ring with \(ring.count) positions (at least four, closed)")
    }
    if ring.x[0] != ring.x[ring.count - 1] || ring.y[0] != ring.y[ring.count - 1] {
      throw .unreadable("feature \(fid): a ring that is not closed, starting at \(ring.x[0]), \(ring.y[0])")
    }
  }

}
