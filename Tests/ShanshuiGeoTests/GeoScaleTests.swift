import Foundation
import Testing

@testable import ShanshuiGeo

/// Five million positions: prepared and measured in bounded time (no quadratic step), and refused early by a layer
/// limit.
@Suite struct GeoScaleTests {
  @Test func fiveMillionPositionsArePreparedAndMeasured() throws {
    let count = 5_000_000
    // A circle of radius ~1.1 km around 104.5°E, 30.5°N: valid, so GEOS's validity check runs in full.
    var ring = (0..<count).map { index -> GeoPosition in
      let angle = 2 * Double.pi * Double(index) / Double(count)
      return GeoPosition(30.5 + 0.01 * sin(angle), 104.5 + 0.01 * cos(angle))
    }
    ring.append(ring[0])
    let worker = try GeoWorker()
    let start = Date()
    let prepared = try worker.prepare(GeoShape(crs: .cgcs2000, polygons: [GeoPolygon(exterior: ring)]))
    let area = worker.geodesicArea(of: prepared)
    let seconds = Date().timeIntervalSince(start)
    print("geo scale: 5,000,000 positions prepared (validity included) and measured in \(seconds) s (debug build)")
    #expect(prepared.isValid)
    // An ellipse of semi-axes 0.01° of latitude and 0.01° of longitude: π·a·b in metres, within 1e-3.
    let a = 0.01 * 110_850.0
    let b = 0.01 * 111_320 * cos(30.5 * Double.pi / 180) * 1.0004
    #expect(abs(area / (Double.pi * a * b) - 1) < 3e-3, "\(area)")
    #expect(seconds < 120)
  }

  @Test func aLayerOverThePositionLimitStopsBeforeCopyingCoordinates() throws {
    let files = try LayerFiles()
    defer { files.remove() }
    let count = 300_000
    var text =
      #"{"type":"FeatureCollection","features":[{"type":"Feature","properties":{},"geometry":{"type":"LineString","coordinates":["#
    text += (0..<count).map { "[\(104 + Double($0) * 1e-6),30]" }.joined(separator: ",")
    text += "]}}]}"
    let path = try files.write("long.geojson", text)
    let start = Date()
    #expect(throws: GeoLayerError.self) {
      try GeoLayer.read(path: path, limits: GeoLayerLimits(maxFeatures: 10, maxPositions: 100_000))
    }
    let refused = Date().timeIntervalSince(start)
    let loaded = try GeoLayer.read(path: path)
    print("geo scale: a 300,000-position layer refused by a 100,000 limit in \(refused) s; loaded under the defaults")
    #expect(loaded.features.first?.positionCount == count)
  }
}
