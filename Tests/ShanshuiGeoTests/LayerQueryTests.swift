import Testing

@testable import ShanshuiGeo

/// Queries against a small in-memory layer (as a rule example builds one): filters, distances without a limit,
/// the farthest point, and the error codes.
@Suite struct LayerQueryTests {
  let worker: GeoWorker
  let layer: GeoLayer

  init() throws {
    worker = try GeoWorker()
    // A north–south shoreline along 104.0°E (mainstem), another 150 km north (other), and a red-line polygon.
    let near = GeoShape(crs: .cgcs2000, polygons: [], lines: [[GeoPosition(30.0, 104.0), GeoPosition(30.2, 104.0)]])
    let far = GeoShape(crs: .cgcs2000, polygons: [], lines: [[GeoPosition(31.5, 104.0), GeoPosition(31.6, 104.0)]])
    layer = try GeoLayer(
      features: [
        GeoLayerFeature(fid: 1, attributes: ["rank": "mainstem"], shape: near),
        GeoLayerFeature(fid: 2, attributes: ["rank": "other"], shape: far),
        GeoLayerFeature(
          fid: 3, attributes: ["rank": "none"],
          shape: Shapes.rectangle(west: 104.2, south: 30.0, east: 104.3, north: 30.1)),
      ], worker: worker)
  }

  @Test func filtersSelectFeatures() throws {
    // A unit 0.01° east of the near shoreline: ~960 m at 30.05°N.
    let unit = try worker.prepare(Shapes.rectangle(west: 104.01, south: 30.05, east: 104.02, north: 30.06))
    let any = try #require(try worker.nearest(to: unit, in: layer, where: nil, within: 5000))
    #expect(any.featureIndex == 0)
    #expect(abs(any.distance - 963) < 5, "\(any.distance)")
    // The meridian is a curve in the zone (central meridian 105°E): its chord's nearest point is ~4 cm off.
    #expect(abs(any.pointOnFeature.longitude - 104.0) < 1e-6)
    #expect(abs(any.pointOnShape.longitude - 104.01) < 1e-9)
    #expect(try worker.nearest(to: unit, in: layer, where: nil, within: 900) == nil)
    let others = LayerFilter.parse("rank=other")
    #expect(try worker.nearest(to: unit, in: layer, where: others, within: 5000) == nil)
    let unlimited = try #require(try worker.nearest(to: unit, in: layer, where: others, within: .infinity))
    #expect(unlimited.featureIndex == 1)
    #expect(unlimited.distance > 140_000 && unlimited.distance < 160_000, "\(unlimited.distance)")
    #expect(try worker.nearest(to: unit, in: layer, where: LayerFilter.parse("rank=absent"), within: .infinity) == nil)
  }

  @Test func overlapsOnlyCountPolygonsWithArea() throws {
    let crossing = try worker.prepare(Shapes.rectangle(west: 103.99, south: 30.05, east: 104.25, north: 30.06))
    let overlaps = try worker.overlaps(of: crossing, with: layer, where: nil)
    // It crosses the shoreline (a line: no area) and overlaps the red-line polygon.
    #expect(overlaps.map(\.featureIndex) == [2])
    #expect(try worker.nearest(to: crossing, in: layer, where: nil, within: 10)?.distance == 0)
  }

  @Test func theFarthestPointOfAUnitFromTheShoreline() throws {
    // 0.01° wide (~963 m), its west edge on the shoreline: the east edge is the farthest.
    let unit = try worker.prepare(Shapes.rectangle(west: 104.0, south: 30.05, east: 104.01, north: 30.06))
    let filter = LayerFilter.parse("rank=mainstem")
    let farthest = try #require(try worker.farthest(of: unit, from: layer, where: filter))
    let east = try #require(
      try worker.nearest(
        to: try worker.prepare(Shapes.rectangle(west: 104.01, south: 30.05, east: 104.011, north: 30.06)), in: layer,
        where: filter, within: 5000))
    #expect(farthest.featureIndex == 0)
    #expect(abs(farthest.distance - east.distance) < 1, "\(farthest.distance) vs \(east.distance)")
    #expect(abs(farthest.pointOnShape.longitude - 104.01) < 1e-6)
    #expect(try worker.farthest(of: unit, from: layer, where: LayerFilter.parse("rank=absent")) == nil)
  }

  @Test func filterSyntax() {
    #expect(LayerFilter.parse("rank=mainstem|important-tributary")?.values == ["mainstem", "important-tributary"])
    #expect(LayerFilter.parse(" rank = a ")?.field == "rank")
    #expect(LayerFilter.parse("rank") == nil)
    #expect(LayerFilter.parse("=a") == nil)
    #expect(LayerFilter.parse("rank=a||b") == nil)
  }

  @Test func errorCodes() {
    #expect(GeoError.librariesUnavailable(library: "libgdal.so.32", detail: "").errorCode == "E600")
    #expect(GeoError.ringNotClosed(GeoPosition(0, 0)).errorCode == "E601")
    #expect(GeoError.outsideAreaOfUse(GeoPosition(0, 0), crs: .cgcs2000).errorCode == "E604")
    #expect(GeoLayerError.unreadable("x").errorCode == "E610")
    #expect(GeoLayerError.crsUnknown("x").errorCode == "E611")
    #expect(GeoLayerError.empty.errorCode == "E613")
    #expect(GeoLayerError.tooLarge("x").errorCode == "E614")
    #expect(GeoLayerError.fieldMissing("rank").errorCode == "E615")
  }
}
