import CGeo

extension ImportSource {
  /// Reads the features of one layer of a GIS file for import, with GDAL/OGR: a GeoPackage, Shapefile (its `.prj`
  /// read, its `.cpg` or `request.encoding` deciding how the attribute table is decoded), GeoJSON file or FileGDB
  /// directory (the OpenFileGDB driver), read-only, only those four drivers, the path checked first (ImportPath).
  /// GDAL's errors are captured, not printed. Each feature's polygons come back in the CRS to write: the file's own
  /// when shanshui supports it and no other is asked, else reprojected by PROJ (to `request.targetCRS`, or
  /// EPSG:4490).
  public static func read(_ request: ImportSourceRequest) throws(ImportSourceError) -> ImportSource {
    let (path, isFileGDB) = try ImportPath.check(request.path)
    do { try GeoLibraries.loadGDAL() } catch {
      if case .librariesUnavailable(let library, let detail) = error {
        throw .librariesUnavailable(library: library, detail: detail)
      }
      throw .unreadable(error.description)
    }
    let errors = GDALErrorCapture()
    defer { errors.end() }
    let isShapefile = path.lowercased().hasSuffix(".shp")
    let openOptions = isShapefile ? request.encoding.map { ["ENCODING=\($0)"] } ?? [] : []
    let dataset = openVector(path, options: openOptions)
    guard let dataset else {
      throw .unreadable(
        errors.reason(
          or: isFileGDB
            ? "not a FileGDB GDAL can open" : "not a GeoPackage, Shapefile or GeoJSON file GDAL can open"))
    }
    defer { cgeo_GDALClose(dataset) }
    let layer = try chooseLayer(in: dataset, requested: request.layer, errors: errors)
    let layerName = cgeo_OGR_L_GetName(layer).map { String(cString: $0) } ?? ""
    guard let reference = cgeo_OGR_L_GetSpatialRef(layer) else {
      throw .crs("the layer declares no coordinate reference system")
    }
    let source = OGRReading.describe(reference)
    let target = request.targetCRS ?? epsgCode(source.name).flatMap(GeoCRS.init(epsg:)) ?? .cgcs2000
    let transformation = try ImportTransformation(source: source, target: target)
    defer { transformation.close() }
    let fields = fieldNames(of: layer)
    var keyIndex: Int32?
    if let key = request.keyField {
      guard let index = fields.firstIndex(of: key) else { throw .fieldMissing(key, available: fields) }
      keyIndex = Int32(index)
    }
    var features: [ImportedFeature] = []
    var linearized: [Int64] = []
    var positions = 0
    cgeo_OGR_L_ResetReading(layer)
    while let feature = cgeo_OGR_L_GetNextFeature(layer) {
      defer { cgeo_OGR_F_Destroy(feature) }
      let fid = Int64(cgeo_OGR_F_GetFID(feature))
      // Empty features cost no position: count them too, so that a hostile file cannot grow the list unbounded.
      if features.count >= request.maxPositions {
        throw .unreadable("more than \(request.maxPositions) features: a submission holds at most that many positions")
      }
      let key = keyIndex.flatMap { index -> String? in
        guard cgeo_OGR_F_IsFieldSetAndNotNull(feature, index) != 0 else { return nil }
        return cgeo_OGR_F_GetFieldAsString(feature, index).map { String(cString: $0).trimmingSpaces() }
      }
      var shape: GeoShape?
      if let geometry = cgeo_OGR_F_GetGeometryRef(feature) {
        var polygons = try ImportPolygons(geometry, fid: fid)
        if polygons.linearized { linearized.append(fid) }
        positions += polygons.rings.reduce(0) { $0 + $1.count }
        if positions > request.maxPositions {
          throw .unreadable(
            "more than \(request.maxPositions) positions at feature \(fid): a submission holds at most that many "
              + "(check --max-geometry-positions); simplify the layer first")
        }
        if !polygons.polygons.isEmpty {
          try transformation.apply(&polygons, fid: fid)
          shape = polygons.shape(in: target)
        }
      }
      features.append(ImportedFeature(fid: fid, key: key, shape: shape))
    }
    if errors.failures > 0 { throw .unreadable(errors.reason(or: "GDAL reported an error while reading")) }
    if features.isEmpty { throw .empty }
    return ImportSource(
      layerName: layerName, sourceCRS: source.name, targetCRS: target, reprojected: transformation.toTarget != nil,
      features: features, linearizedFIDs: linearized)
  }

  /// The layer named `requested`, or the only one; otherwise E621 listing them.
  private static func chooseLayer(
    in dataset: GDALDatasetH, requested: String?, errors: GDALErrorCapture
  )
    throws(ImportSourceError) -> OGRLayerH
  {
    let count = Int(cgeo_GDALDatasetGetLayerCount(dataset))
    let layers = (0..<count).compactMap { cgeo_GDALDatasetGetLayer(dataset, Int32($0)) }
    let names = layers.map { cgeo_OGR_L_GetName($0).map { String(cString: $0) } ?? "" }
    if layers.isEmpty { throw .unreadable(errors.reason(or: "the file holds no vector layer")) }
    if let requested {
      guard let index = names.firstIndex(of: requested) else {
        throw .layerChoice(requested: requested, available: names)
      }
      return layers[index]
    }
    guard layers.count == 1, let only = layers.first else { throw .layerChoice(requested: nil, available: names) }
    return only
  }

  private static func fieldNames(of layer: OGRLayerH) -> [String] {
    guard let definition = cgeo_OGR_L_GetLayerDefn(layer) else { return [] }
    return (0..<max(0, Int(cgeo_OGR_FD_GetFieldCount(definition)))).map { index in
      cgeo_OGR_FD_GetFieldDefn(definition, Int32(index)).flatMap { cgeo_OGR_Fld_GetNameRef($0) }
        .map { String(cString: $0) } ?? ""
    }
  }

  private static func epsgCode(_ name: String) -> Int? {
    name.hasPrefix("EPSG:") ? Int(name.dropFirst(5)) : nil
  }
}
