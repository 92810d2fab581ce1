import ShanshuiGeo
import ShanshuiXML

/// A geometry read from a submission's `<geometry>` (or a rule example's layer feature).
public struct GMLGeometry: Sendable, Hashable {
  /// The shape in its declared CRS, positions in the CRS's EPSG axis order as written.
  public var shape: GeoShape
  /// The `srsName` as written.
  public var srsName: String
  /// The line of the element holding the GML (`<geometry>`), as every finding names it.
  public var line: Int

  public init(shape: GeoShape, srsName: String, line: Int) {
    self.shape = shape
    self.srsName = srsName
    self.line = line
  }
}
