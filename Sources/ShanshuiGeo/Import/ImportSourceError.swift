/// Why a GIS file cannot be imported into a submission (`shanshui geometry import`). Codes of docs/error-codes.md in
/// brackets; every one stops the import before anything is written.
public enum ImportSourceError: Error, Equatable, Sendable, CustomStringConvertible {
  /// GEOS, PROJ or GDAL could not be loaded [E600].
  case librariesUnavailable(library: String, detail: String)
  /// Missing, not a local regular file or `.gdb` directory, a virtual or network path, not a format shanshui reads,
  /// truncated or corrupt (GDAL's message), a Shapefile without its `.shx` or `.dbf` [E620].
  case unreadable(String)
  /// The file holds several layers and `--layer` was not given, or `--layer` names none of them; `available` lists
  /// the file's layers [E621].
  case layerChoice(requested: String?, available: [String])
  /// The key field is not among the layer's fields (listed) [E622].
  case fieldMissing(String, available: [String])
  /// No CRS in the file (a Shapefile without `.prj`), a CRS PROJ cannot transform, a `--crs` shanshui does not
  /// support, or coordinates that land outside China once transformed [E623].
  case crs(String)
  /// A feature that is not polygons (a point, a line, a curve), or a ring not closed, too short or with a coordinate
  /// that is not a finite number [E624].
  case featureRefused(fid: Int64, reason: String)
  /// The file has no feature at all [E620].
  case empty

  /// The code of docs/error-codes.md.
  public var errorCode: String {
    switch self {
    case .librariesUnavailable: return "E600"
    case .unreadable, .empty: return "E620"
    case .layerChoice: return "E621"
    case .fieldMissing: return "E622"
    case .crs: return "E623"
    case .featureRefused: return "E624"
    }
  }

  public var description: String {
    switch self {
    case .librariesUnavailable(let library, let detail):
      return GeoError.librariesUnavailable(library: library, detail: detail).description
    case .unreadable(let reason): return "cannot be read: \(reason)"
    case .layerChoice(let requested, let available):
      let list = available.joined(separator: ", ")
      if let requested { return "the file has no layer '\(requested)'; its layers: \(list)" }
      return "the file holds \(available.count) layers (\(list)); choose one with --layer"
    case .fieldMissing(let field, let available):
      return "the layer has no field '\(field)'; its fields: \(available.joined(separator: ", "))"
    case .crs(let reason): return "coordinate reference system: \(reason)"
    case .featureRefused(let fid, let reason): return "feature \(fid): \(reason)"
    case .empty: return "the layer has no features"
    }
  }
}
