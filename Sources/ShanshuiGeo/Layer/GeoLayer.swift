import CGeo

/// A reviewer layer (生态保护红线, 永久基本农田, river shorelines…): loaded once per run, immutable afterwards and
/// shared by every batch worker. Its features are held in CGCS2000 lon/lat (transformed by PROJ from the file's CRS,
/// "reprojected, and said so"), repaired by GEOS's MakeValid when invalid, and indexed by an STRtree that is built
/// and warmed up on the loading thread before the layer is shared. Workers query it through their own GeoWorker.
public final class GeoLayer: Sendable {
  /// The features, in file order; `LayerOverlap.featureIndex` and `LayerDistance.featureIndex` index this array.
  public let features: [GeoLayerFeature]
  /// The layer's CRS as the file declares it ("EPSG:4326", or its name when it has no EPSG code).
  public let sourceCRS: String
  /// Whether the features were transformed to CGCS2000 (their CRS was not EPSG:4490).
  public let reprojected: Bool
  /// The layer's attribute fields, in file order.
  public let fieldNames: [String]
  /// How many features GEOS found invalid and repaired (MakeValid) when the layer was loaded.
  public let repairedFeatureCount: Int
  /// How many features had no geometry and were left out (not in `features`).
  public let skippedFeatureCount: Int
  /// The GEOS geometries and their STRtree. `nonisolated(unsafe)`: LayerIndex is a class of C pointers that Swift
  /// cannot check; it is completely built and warmed up (one query, on the loading thread) in the initialiser and
  /// only read afterwards, which GEOS allows from several threads each with its own context handle
  /// (GeoLayerConcurrencyTests runs queries from 8 threads, also under ThreadSanitizer by scripts/sanitize).
  nonisolated(unsafe) let index: LayerIndex

  init(
    features: [GeoLayerFeature], sourceCRS: String, reprojected: Bool, fieldNames: [String],
    repairedFeatureCount: Int, index: LayerIndex, skippedFeatureCount: Int = 0
  ) {
    self.skippedFeatureCount = skippedFeatureCount
    self.features = features
    self.sourceCRS = sourceCRS
    self.reprojected = reprojected
    self.fieldNames = fieldNames
    self.repairedFeatureCount = repairedFeatureCount
    self.index = index
  }

  /// An in-memory layer (a rule example's `<layer>`, a test): each feature's `shape` is checked and transformed by
  /// `worker` like a submission's (E601/E604 errors), then copied into the layer's own GEOS context with its edges cut
  /// into geodesic pieces of at most 500 m, like a layer read from a file.
  public convenience init(features: [GeoLayerFeature], worker: GeoWorker) throws(GeoError) {
    let context = try GEOSContext()
    var geometries: [OpaquePointer] = []
    var repaired = 0
    var crs: GeoCRS?
    for feature in features {
      guard let shape = feature.shape else {
        geometries.forEach { cgeo_GEOSGeom_destroy_r(context.handle, $0) }
        throw .tooFewPositions(0)
      }
      crs = crs ?? shape.crs
      let prepared: PreparedShape
      do { prepared = try worker.prepare(shape) } catch {
        geometries.forEach { cgeo_GEOSGeom_destroy_r(context.handle, $0) }
        throw error
      }
      if !prepared.isValid { repaired += 1 }
      // Edges as geodesics, like a layer read from a file (GeodesicDensify).
      guard let copy = context.densified(prepared.working.pointer) else {
        geometries.forEach { cgeo_GEOSGeom_destroy_r(context.handle, $0) }
        throw .geometryFailed(context.takeError())
      }
      geometries.append(copy)
    }
    let fields = Set(features.flatMap(\.attributes.keys)).sorted()
    self.init(
      features: features, sourceCRS: (crs ?? .cgcs2000).description, reprojected: (crs ?? .cgcs2000) != .cgcs2000,
      fieldNames: fields, repairedFeatureCount: repaired,
      index: try LayerIndex(context: context, geometries: geometries))
  }

  /// Throws `fieldMissing` for the first of `fields` the layer lacks (a role's required fields, E615).
  public func requireFields(_ fields: [String]) throws(GeoLayerError) {
    for field in fields where !fieldNames.contains(field) { throw .fieldMissing(field) }
  }
}

/// A layer feature a shape overlaps.
public struct LayerOverlap: Hashable, Sendable {
  /// Index into `GeoLayer.features`.
  public var featureIndex: Int
  /// Geodesic area of the overlap, m² (> 0: touching is not overlapping).
  public var area: Double
  /// A point inside the overlap, in the shape's CRS and lon/lat.
  public var point: GeoPoint

  public init(featureIndex: Int, area: Double, point: GeoPoint) {
    self.featureIndex = featureIndex
    self.area = area
    self.point = point
  }
}

/// A distance between a shape and a layer feature.
public struct LayerDistance: Hashable, Sendable {
  /// Index into `GeoLayer.features`.
  public var featureIndex: Int
  /// Metres, measured in the CGCS2000 3° Gauss–Krüger zone of the shape's centre (docs/spatial.md: relative error
  /// below 3e-4 from the zone's scale factor).
  public var distance: Double
  /// The point of the shape the distance is measured from (input CRS and lon/lat).
  public var pointOnShape: GeoPoint
  /// The nearest point of the feature, in the shape's CRS and lon/lat.
  public var pointOnFeature: GeoPoint

  public init(featureIndex: Int, distance: Double, pointOnShape: GeoPoint, pointOnFeature: GeoPoint) {
    self.featureIndex = featureIndex
    self.distance = distance
    self.pointOnShape = pointOnShape
    self.pointOnFeature = pointOnFeature
  }
}
