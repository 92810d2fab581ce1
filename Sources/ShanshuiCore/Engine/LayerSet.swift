import ShanshuiGeo

/// The reviewer layers of a run (`check --layer ROLE=PATH`, configuration `layers:`, or a rule example's inline
/// layers): loaded once before the batch, immutable, shared by every worker.
public struct LayerSet: Sendable {
  /// Which file served a role, as the report states it.
  public struct Source: Sendable, Codable, Hashable {
    public var role: String
    public var path: String
    /// The layer's own CRS as read from the file (`EPSG:4545`).
    public var sourceCRS: String
    /// Whether its features were transformed to CGCS2000 to be compared ("reprojected from EPSG:x").
    public var reprojected: Bool
    public var features: Int

    public init(role: String, path: String, sourceCRS: String, reprojected: Bool, features: Int) {
      self.role = role
      self.path = path
      self.sourceCRS = sourceCRS
      self.reprojected = reprojected
      self.features = features
    }
  }

  /// The roles given and usable, with their files.
  public var sources: [String: Source] = [:]
  /// The usable layers by role: built and warmed up before the batch, shared by every worker.
  public var loaded: [String: GeoLayer] = [:]
  /// The roles given whose file could not be used (E610–E615, reported once for the run): rules reading them are
  /// not checked.
  public var unusable: [String: Diagnostic] = [:]
  /// Set when GEOS, PROJ or GDAL could not be loaded (E600).
  public var librariesUnavailable: LocalizedText?
  /// Whether findings carry a map (`SpatialDetail.sketch`): set when a report that draws maps (HTML) is requested,
  /// so that other runs compute nothing for them.
  public var drawsSketches = false
  /// At most this many maps are drawn per file (in the order the findings are made): a batch with thousands of
  /// overlaps would otherwise write thousands of maps into one HTML page. Per file, so that which findings get a map
  /// does not depend on how the batch's workers are scheduled.
  public static let sketchesPerFile = 100

  public init() {}

  /// No layer given.
  public static let none = LayerSet()

  /// Adds a usable layer for `role`, read from `path`.
  public mutating func add(_ layer: GeoLayer, role: String, path: String) {
    loaded[role] = layer
    sources[role] = Source(
      role: role, path: path, sourceCRS: layer.sourceCRS, reprojected: layer.reprojected,
      features: layer.features.count)
  }

  /// The roles given, usable or not, sorted.
  public var givenRoles: [String] { Set(sources.keys).union(unusable.keys).sorted() }

  /// Whether any layer was given, usable or not (`--layer` or configuration `layers:`).
  public var givesAny: Bool { !sources.isEmpty || !unusable.isEmpty }

  /// Whether the role was given, usable or not.
  public func gives(_ role: String) -> Bool { sources[role] != nil || unusable[role] != nil }
}
