/// One feature of a reviewer layer: its id, its attributes as text, and its geometry (given in memory for rule
/// examples and tests; read from the file and kept only in GEOS form for a `--layer` file).
public struct GeoLayerFeature: Hashable, Sendable {
  /// The feature id: the file's FID, or the position in a rule example.
  public var fid: Int64
  /// Attribute values as text (GDAL's string form); unset and null fields are absent.
  public var attributes: [String: String]
  /// The geometry as given, for in-memory layers; nil for features read from a file.
  public var shape: GeoShape?
  /// Number of positions in the feature's geometry.
  public var positionCount: Int
  /// Whether the feature is made of lines only (a shoreline), not polygons.
  public var isLinear: Bool

  /// An in-memory feature (a rule example's layer, a test).
  public init(fid: Int64, attributes: [String: String], shape: GeoShape) {
    self.fid = fid
    self.attributes = attributes
    self.shape = shape
    positionCount = shape.positionCount
    isLinear = shape.polygons.isEmpty
  }

  init(fid: Int64, attributes: [String: String], positionCount: Int, isLinear: Bool) {
    self.fid = fid
    self.attributes = attributes
    shape = nil
    self.positionCount = positionCount
    self.isLinear = isLinear
  }
}

/// Which features of a layer a rule considers: `field` has one of `values` (`rank=mainstem|important-tributary`).
public struct LayerFilter: Hashable, Sendable, CustomStringConvertible {
  public var field: String
  public var values: Set<String>

  public init(field: String, values: Set<String>) {
    self.field = field
    self.values = values
  }

  /// Reads `field=a|b|c`; nil when there is no `=`, no field or no value.
  public static func parse(_ text: String) -> LayerFilter? {
    guard let equals = text.firstIndex(of: "=") else { return nil }
    let field = String(text[..<equals]).trimmingSpaces()
    let values = text[text.index(after: equals)...].split(separator: "|", omittingEmptySubsequences: false).map {
      String($0).trimmingSpaces()
    }
    guard !field.isEmpty, !values.isEmpty, !values.contains(where: \.isEmpty) else { return nil }
    return LayerFilter(field: field, values: Set(values))
  }

  /// Whether a feature with these attributes is selected.
  public func matches(_ attributes: [String: String]) -> Bool {
    attributes[field].map { values.contains($0) } ?? false
  }

  public var description: String { "\(field)=\(values.sorted().joined(separator: "|"))" }
}

/// Limits on a layer read from a file (options with defaults, like the other input limits).
public struct GeoLayerLimits: Hashable, Sendable {
  /// At most this many features (E614 beyond).
  public var maxFeatures: Int
  /// At most this many positions over all features (E614 beyond); counted before coordinates are copied.
  public var maxPositions: Int

  /// Defaults: 1,000,000 features and 20,000,000 positions (a province's 生态保护红线 layer has a few hundred
  /// thousand features; 20 million positions take about 1 GB in GEOS).
  public static let defaults = GeoLayerLimits(maxFeatures: 1_000_000, maxPositions: 20_000_000)

  public init(maxFeatures: Int, maxPositions: Int) {
    self.maxFeatures = maxFeatures
    self.maxPositions = maxPositions
  }
}

/// Why a layer cannot be used. Codes of docs/error-codes.md in brackets.
public enum GeoLayerError: Error, Equatable, Sendable, CustomStringConvertible {
  /// GEOS, PROJ or GDAL could not be loaded [E600].
  case librariesUnavailable(library: String, detail: String)
  /// Missing, not a local regular file, a virtual or network path, not a GeoPackage, Shapefile, GeoJSON or FileGDB, truncated
  /// or corrupt, a Shapefile without its .shx or .dbf, several layers, an unusable geometry [E610].
  case unreadable(String)
  /// No CRS (a Shapefile without .prj), or one PROJ cannot transform to CGCS2000, or coordinates that land outside
  /// China when transformed [E611].
  case crsUnknown(String)
  /// No features [E613].
  case empty
  /// More features or positions than the limits allow [E614].
  case tooLarge(String)
  /// A field the layer's role requires is not in the layer [E615].
  case fieldMissing(String)

  /// The error code of docs/error-codes.md.
  public var errorCode: String {
    switch self {
    case .librariesUnavailable: return "E600"
    case .unreadable: return "E610"
    case .crsUnknown: return "E611"
    case .empty: return "E613"
    case .tooLarge: return "E614"
    case .fieldMissing: return "E615"
    }
  }

  public var description: String {
    switch self {
    case .librariesUnavailable(let library, let detail):
      return GeoError.librariesUnavailable(library: library, detail: detail).description
    case .unreadable(let reason): return "cannot be read: \(reason)"
    case .crsUnknown(let reason): return "coordinate reference system: \(reason)"
    case .empty: return "the layer has no features"
    case .tooLarge(let reason): return "too large: \(reason)"
    case .fieldMissing(let field): return "the layer has no field '\(field)'"
    }
  }
}

extension String {
  func trimmingSpaces() -> String {
    var view = Substring(self)
    while let first = view.first, first.isWhitespace { view.removeFirst() }
    while let last = view.last, last.isWhitespace { view.removeLast() }
    return String(view)
  }
}
