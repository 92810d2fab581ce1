import Foundation
import Testing

@testable import ShanshuiGeo

/// Edges are geodesics (GeodesicDensify): a distance to a layer with one vertex every ~25 km does not depend on
/// whether the feature is clipped to the search window, and agrees with geographiclib's distance to the geodesic
/// edges (scripts/geo-oracle-geodesic-edges.py) within docs/spatial.md's bound. Before, the clipped feature's edge was
/// straight in lon/lat and the whole feature's straight in the Gauss–Krüger plane: metres apart.
@Suite struct GeodesicEdgeTests {
  /// A synthetic shoreline in zone 36 (central meridian 108°E), 1.0–1.5° east of it: 25 km edges, one vertex each.
  static let river = [(108.95, 30.80), (109.20, 30.86), (109.45, 30.80)]
  /// A triangle pointing south, its apex `metres` north of (lon, lat): the apex is its point nearest anything south.
  static func triangle(apexNorthOf lon: Double, _ lat: Double, metres: Double) -> (GeoShape, apex: (Double, Double)) {
    let apex = (lon, lat + metres / 110_900)
    return (
      GeoShape(
        crs: .cgcs2000,
        polygons: [
          GeoPolygon(
            exterior: Shapes.ring([apex, (lon + 0.002, apex.1 + 0.003), (lon - 0.002, apex.1 + 0.003)]))
        ]),
      apex
    )
  }

  /// Relative bound of docs/spatial.md: the zone's scale factor at 1.5° from the central meridian (26°N), plus the
  /// absolute bound of 500 m geodesic pieces (a lon/lat chord leaves its geodesic by at most 3.4 mm).
  static func bound(_ metres: Double) -> Double { 2.8e-4 * metres + 0.004 }

  @Test func clippedAndWholeAgreeWithTheGeodesicOracle() throws {
    let worker = try GeoWorker()
    // Layer: the river (long edges) and a small polygon north of the strip unit's 24 km north edge.
    let (facility, facilityApex) = Self.triangle(apexNorthOf: 109.075, 30.83, metres: 450)
    let (target, targetApex) = Self.triangle(apexNorthOf: 109.075, 30.70, metres: 450)
    let layer = try GeoLayer(
      features: [
        GeoLayerFeature(
          fid: 1, attributes: ["rank": "mainstem"],
          shape: GeoShape(crs: .cgcs2000, polygons: [], lines: [Self.river.map { GeoPosition($0.1, $0.0) }])),
        GeoLayerFeature(fid: 2, attributes: ["rank": "target"], shape: target),
      ], worker: worker)
    let strip = try worker.prepare(Shapes.rectangle(west: 108.95, south: 30.69, east: 109.20, north: 30.70))
    let footprint = try worker.prepare(facility)
    let river = LayerFilter.parse("rank=mainstem")
    let targets = LayerFilter.parse("rank=target")
    // Within 1 km: the river is clipped to the search window; within 200 km it is measured whole.
    let clipped = try #require(try worker.nearest(to: footprint, in: layer, where: river, within: 1_000))
    let whole = try #require(try worker.nearest(to: footprint, in: layer, where: river, within: 200_000))
    let strips = try #require(try worker.nearest(to: strip, in: layer, where: targets, within: 1_000))
    let oracle = try #require(
      try Oracle.run(
        script: "scripts/geo-oracle-geodesic-edges.py",
        input: [
          "points": [[facilityApex.0, facilityApex.1], [targetApex.0, targetApex.1]],
          "lines": [Self.river.map { [$0.0, $0.1] }, [[108.95, 30.70], [109.20, 30.70]]],
        ]) as? [[String: Double]])
    let riverOracle = try #require(oracle[0]["geodesic"])
    let riverChord = try #require(oracle[0]["chord"])
    let stripOracle = try #require(oracle[1]["geodesic"])
    print(
      "geodesic edges: river clipped \(clipped.distance) m, whole \(whole.distance) m, geographiclib "
        + "\(riverOracle) m (lon/lat chord \(riverChord) m); strip edge \(strips.distance) m, geographiclib "
        + "\(stripOracle) m")
    #expect(clipped.featureIndex == 0 && whole.featureIndex == 0 && strips.featureIndex == 1)
    #expect(abs(clipped.distance - whole.distance) < 0.004, "\(clipped.distance) vs \(whole.distance)")
    // The layer is one where the edge model matters: straight lon/lat edges would be metres off.
    #expect(abs(riverChord - riverOracle) > 3, "\(riverChord) vs \(riverOracle)")
    for (measured, truth) in [
      (clipped.distance, riverOracle), (whole.distance, riverOracle), (strips.distance, stripOracle),
    ] {
      // Gauss–Krüger distances are long by the scale factor, never short by more than the pieces' bound.
      #expect(measured - truth > -0.004 && measured - truth < Self.bound(truth), "\(measured) vs \(truth)")
    }
    // The nearest points are the apexes (1e-8° is about a millimetre).
    #expect(abs(clipped.pointOnShape.longitude - facilityApex.0) < 1e-8)
    #expect(abs(strips.pointOnFeature.latitude - targetApex.1) < 1e-8)
  }

  @Test func densifiedPiecesFollowTheGeodesic() throws {
    _ = try GeoWorker()  // loads PROJ (geod_inverse, geod_direct)
    var x = [108.95, 109.20, 109.20]
    var y = [30.80, 30.86, 30.861]
    GeodesicDensify.densify(x: &x, y: &y)
    // 24.8 km in 50 equal pieces of at most 500 m (49 new positions), then a 111 m edge left as it is.
    #expect(x.count == 3 + 49, "\(x.count)")
    #expect(x.first == 108.95 && x[x.count - 2] == 109.20 && y.last == 30.861)
    let pairs: [[Double]] = (1..<x.count).map { (index: Int) -> [Double] in
      [x[index - 1], y[index - 1], x[index], y[index]]
    }
    let lengths = try #require(try Oracle.run("distances", input: ["pairs": pairs]) as? [Double])
    #expect(lengths.dropLast().allSatisfy { $0 <= GeodesicDensify.maximumPiece + 1e-6 })
    #expect(lengths.dropLast().allSatisfy { abs($0 - lengths[0]) < 1e-6 }, "equal pieces")
  }

  @Test func piecesCountAgainstTheLayerPositionLimit() throws {
    let files = try LayerFiles()
    defer { files.remove() }
    // One line of two positions, 48 km long: 96 pieces of at most 500 m once cut.
    let path = try files.write(
      "synthetic-long-edge.geojson",
      LayerFiles.geoJSON([
        (#"{"rank":"mainstem"}"#, #"{"type":"LineString","coordinates":[[108.95,30.8],[109.45,30.8]]}"#)
      ]))
    do {
      _ = try GeoLayer.read(path: path, limits: GeoLayerLimits(maxFeatures: 10, maxPositions: 50))
      Issue.record("a 48 km edge cut into 500 m pieces read under a limit of 50 positions")
    } catch {
      guard case .tooLarge(let reason) = error else { throw error }
      #expect(reason.contains("50") && reason.contains("geodesic pieces"), "\(reason)")
    }
    let layer = try GeoLayer.read(path: path, limits: GeoLayerLimits(maxFeatures: 10, maxPositions: 200))
    // The feature reports the file's positions; the pieces are the model's.
    #expect(layer.features.map(\.positionCount) == [2])
  }
}
