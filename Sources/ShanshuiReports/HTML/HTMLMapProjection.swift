import Foundation
import ShanshuiCore

/// Lon/lat to the map's pixels: a local equirectangular projection at the window's middle latitude φ₀ (x = Δλ · N
/// cos φ₀, y = Δφ · M on the CGCS2000 ellipsoid, both in metres, then scaled to the map's width). Within a window of
/// half-height Δφ the east–west scale is off by at most tan φ · Δφ (docs/reports.md).
struct HTMLMapProjection {
  let sketch: SpatialSketch
  let width: Double
  let height: Double
  /// Metres per pixel (the same along both axes).
  let metresPerPixel: Double

  init(_ sketch: SpatialSketch, width: Double = 480) {
    self.sketch = sketch
    self.width = width
    metresPerPixel = (sketch.east - sketch.west) * sketch.metresPerDegreeLongitude / width
    height = ((sketch.north - sketch.south) * sketch.metresPerDegreeLatitude / metresPerPixel).rounded()
  }

  func x(_ longitude: Double) -> Double { (longitude - sketch.west) * sketch.metresPerDegreeLongitude / metresPerPixel }
  func y(_ latitude: Double) -> Double { (sketch.north - latitude) * sketch.metresPerDegreeLatitude / metresPerPixel }

  /// SVG path data of an outline: each ring closed (`Z`), lines open; fill with `fill-rule="evenodd"` for holes.
  func pathData(_ outline: SpatialSketch.Outline) -> String {
    var data = ""
    for polygon in outline.polygons {
      for ring in polygon { data += path(ring) + "Z" }
    }
    for line in outline.lines { data += path(line) }
    return data
  }

  private func path(_ path: SpatialSketch.Path) -> String {
    var data = ""
    for index in path.longitudes.indices {
      data +=
        (index == 0 ? "M" : "L") + Self.number(x(path.longitudes[index])) + " "
        + Self.number(y(path.latitudes[index]))
    }
    return data
  }

  /// A pixel coordinate to a tenth of a pixel, "-0" written "0": the same sketch always gives the same text.
  static func number(_ value: Double) -> String {
    let text = String(format: "%.1f", value)
    return text == "-0.0" ? "0.0" : text
  }
}
