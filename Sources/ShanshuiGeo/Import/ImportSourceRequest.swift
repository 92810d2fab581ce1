/// What to read from a GIS file for `shanshui geometry import`.
public struct ImportSourceRequest: Sendable, Equatable {
  /// The file: a GeoPackage, Shapefile, GeoJSON file or a FileGDB directory (`.gdb`).
  public var path: String
  /// The layer to read; needed when the file holds several.
  public var layer: String?
  /// The attribute whose value is a unit's `@id`; nil for the project boundary (every feature goes into it).
  public var keyField: String?
  /// The CRS to write; nil keeps the file's CRS when shanshui supports it and otherwise writes EPSG:4490.
  public var targetCRS: GeoCRS?
  /// The encoding of a Shapefile's attribute table (`GBK`, `CP936`, `UTF-8`…), overriding its `.cpg`.
  public var encoding: String?
  /// At most this many positions in all features (E620 beyond): a submission holds at most 1,000,000 by default
  /// (`check --max-geometry-positions`), so a larger import could not be checked.
  public var maxPositions: Int

  public init(
    path: String, layer: String? = nil, keyField: String?, targetCRS: GeoCRS? = nil, encoding: String? = nil,
    maxPositions: Int = 1_000_000
  ) {
    self.maxPositions = maxPositions
    self.path = path
    self.layer = layer
    self.keyField = keyField
    self.targetCRS = targetCRS
    self.encoding = encoding
  }
}

/// One feature read for import: its FID, its key and its polygons in the CRS to write.
public struct ImportedFeature: Sendable, Equatable {
  /// The file's feature id.
  public var fid: Int64
  /// The key field's value (surrounding whitespace removed); nil when the field is null or no key was asked for.
  public var key: String?
  /// The polygons, positions in the target CRS's EPSG axis order (latitude first for EPSG:4490); nil when the
  /// feature has no geometry or an empty one (skipped, and reported).
  public var shape: GeoShape?

  public init(fid: Int64, key: String?, shape: GeoShape?) {
    self.fid = fid
    self.key = key
    self.shape = shape
  }
}

/// A layer read for import.
public struct ImportSource: Sendable, Equatable {
  /// The layer's name in the file.
  public var layerName: String
  /// The layer's CRS as the file declares it ("EPSG:4545", or its name when it has no EPSG code).
  public var sourceCRS: String
  /// The CRS the shapes are in, written as `srsName`.
  public var targetCRS: GeoCRS
  /// Whether PROJ transformed the coordinates (the source CRS is not the target).
  public var reprojected: Bool
  /// The features in file order.
  public var features: [ImportedFeature]
  /// FIDs of the features whose circular arcs were cut into straight pieces (4° each).
  public var linearizedFIDs: [Int64]

  public init(
    layerName: String, sourceCRS: String, targetCRS: GeoCRS, reprojected: Bool, features: [ImportedFeature],
    linearizedFIDs: [Int64] = []
  ) {
    self.layerName = layerName
    self.sourceCRS = sourceCRS
    self.targetCRS = targetCRS
    self.reprojected = reprojected
    self.features = features
    self.linearizedFIDs = linearizedFIDs
  }
}
