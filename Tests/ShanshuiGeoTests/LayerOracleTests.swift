import Foundation
import Testing

@testable import ShanshuiGeo

/// Overlaps, touching, covering and distances against Shapely 2.0 (GEOS 3.11 in its wheel) with geographiclib areas,
/// on generated units and a generated layer of polygons and shoreline-like lines around 重庆 (106.5°E, 29.5°N).
@Suite struct LayerOracleTests {
  struct Scene {
    var units: [[[[Double]]]] = []
    var features: [[String: Any]] = []
  }

  static func star(_ lon: Double, _ lat: Double, radius: Double, _ random: inout SeededGenerator) -> [[Double]] {
    let count = Int.random(in: 5...16, using: &random)
    let sector = 2 * Double.pi / Double(count)
    var points = (0..<count).map { index -> [Double] in
      let angle = Double(index) * sector + Double.random(in: 0..<sector, using: &random)
      let r = radius * Double.random(in: 0.5...1, using: &random)
      return [lon + r * cos(angle) / (111_320 * cos(lat * .pi / 180)), lat + r * sin(angle) / 110_900]
    }
    points.append(points[0])
    return points
  }

  static func rectangle(_ west: Double, _ south: Double, _ east: Double, _ north: Double) -> [[Double]] {
    [[west, south], [east, south], [east, north], [west, north], [west, south]]
  }

  /// 150 units (star polygons 100–800 m, and 20 rectangles sharing an edge or a corner exactly with rectangular
  /// features), 60 polygon features (300–2000 m) with 10 rectangles, and 25 polylines 1–6 km long.
  static func scene() -> Scene {
    var random = SeededGenerator(seed: 1717)
    var scene = Scene()
    func point() -> (Double, Double) {
      (Double.random(in: 106.3...106.7, using: &random), Double.random(in: 29.35...29.65, using: &random))
    }
    for _ in 0..<50 {
      let (lon, lat) = point()
      scene.features.append([
        "polygon": [star(lon, lat, radius: Double.random(in: 300...2000, using: &random), &random)]
      ])
    }
    for index in 0..<10 {
      let (lon, lat) = point()
      let (width, height) = (
        Double.random(in: 0.005...0.02, using: &random), Double.random(in: 0.005...0.02, using: &random)
      )
      scene.features.append(["polygon": [rectangle(lon, lat, lon + width, lat + height)]])
      // A unit sharing the feature's east edge (index even) or only its north-east corner (odd).
      let unit =
        index.isMultiple(of: 2)
        ? rectangle(lon + width, lat, lon + width + 0.004, lat + height / 2)
        : rectangle(lon + width, lat + height, lon + width + 0.004, lat + height + 0.003)
      scene.units.append([unit])
      // And one overlapping it.
      scene.units.append([rectangle(lon + width / 2, lat - 0.002, lon + width + 0.003, lat + 0.003)])
    }
    for _ in 0..<25 {
      var (lon, lat) = point()
      var line = [[lon, lat]]
      for _ in 0..<Int.random(in: 2...12, using: &random) {
        lon += Double.random(in: -0.006...0.006, using: &random)
        lat += Double.random(in: -0.006...0.006, using: &random)
        line.append([lon, lat])
      }
      scene.features.append(["line": line])
    }
    for _ in 0..<130 {
      let (lon, lat) = point()
      scene.units.append([star(lon, lat, radius: Double.random(in: 100...800, using: &random), &random)])
    }
    return scene
  }

  static func shape(_ rings: [[[Double]]]) -> GeoShape {
    let positions = rings.map { ring in ring.map { GeoPosition($0[1], $0[0]) } }
    return GeoShape(
      crs: .cgcs2000, polygons: [GeoPolygon(exterior: positions[0], interiors: Array(positions.dropFirst()))])
  }

  static func layer(_ scene: Scene, worker: GeoWorker) throws -> GeoLayer {
    let features = scene.features.enumerated().map { index, feature -> GeoLayerFeature in
      let kind = feature["line"] != nil ? "line" : "polygon"
      let shape: GeoShape
      if let line = feature["line"] as? [[Double]] {
        shape = GeoShape(crs: .cgcs2000, polygons: [], lines: [line.map { GeoPosition($0[1], $0[0]) }])
      } else {
        shape = Self.shape(feature["polygon"] as? [[[Double]]] ?? [])
      }
      return GeoLayerFeature(fid: Int64(index), attributes: ["kind": kind], shape: shape)
    }
    return try GeoLayer(features: features, worker: worker)
  }

  @Test func overlapsTouchingCoveringAndNearestAgreeWithShapely() throws {
    let scene = Self.scene()
    let within = 3000.0
    let oracle = try #require(
      try Oracle.run(
        "layers",
        input: [
          // Edges as geodesics: the oracle cuts them into the same pieces (GeodesicDensify) with geographiclib.
          "units": scene.units, "features": scene.features, "within": within,
          "densify": GeodesicDensify.maximumPiece,
        ])
        as? [String: Any])
    let answers = try #require(oracle["units"] as? [[String: Any]])
    let worker = try GeoWorker()
    let layer = try Self.layer(scene, worker: worker)
    let units = try scene.units.map { try worker.prepare(Self.shape($0)) }
    var pairs = 0
    var samePredicate = 0
    var areasWithin = 0
    var overlapCount = 0
    var touchingCount = 0
    var nearestAgree = 0
    var worstDistance = 0.0
    var measured: [(LayerDistance, Double)] = []
    for (unitIndex, (unit, answer)) in zip(units, answers).enumerated() {
      let overlaps = try worker.overlaps(of: unit, with: layer, where: nil)
      let expected = try #require(answer["overlaps"] as? [[Double]])
      let touches = Set(try #require(answer["touches"] as? [Int]))
      touchingCount += touches.count
      // Predicate per (unit, feature) pair: "overlaps with a positive area" in shanshui and in Shapely.
      let mine = Set(overlaps.map(\.featureIndex))
      let theirs = Set(expected.map { Int($0[0]) })
      for feature in layer.features.indices {
        pairs += 1
        if mine.contains(feature) == theirs.contains(feature) {
          samePredicate += 1
        } else {
          Issue.record(
            "unit \(unitIndex) feature \(feature): shanshui \(mine.contains(feature)), Shapely \(theirs.contains(feature))"
          )
        }
      }
      #expect(mine.isDisjoint(with: touches), "touching counted as overlapping: unit \(unitIndex)")
      for overlap in overlaps {
        overlapCount += 1
        guard let reference = expected.first(where: { Int($0[0]) == overlap.featureIndex })?[1] else { continue }
        if abs(overlap.area - reference) <= max(0.01, 1e-9 * reference) {
          areasWithin += 1
        } else {
          Issue.record("unit \(unitIndex) feature \(overlap.featureIndex): \(overlap.area) m² vs \(reference)")
        }
      }
      let nearest = try worker.nearest(to: unit, in: layer, where: nil, within: within)
      if let reference = answer["nearest"] as? [Double] {
        let found = try #require(nearest, "unit \(unitIndex): no feature within \(within) m; Shapely \(reference)")
        if found.distance > 1 { measured.append((found, 0)) }
        let difference = abs(found.distance - reference[1])
        worstDistance = max(worstDistance, difference)
        if difference <= 1e-6 * max(1, reference[1]) {
          nearestAgree += 1
        } else {
          Issue.record("unit \(unitIndex): nearest \(found.featureIndex) at \(found.distance) m vs \(reference)")
        }
      } else {
        #expect(nearest == nil, "unit \(unitIndex): \(String(describing: nearest)); Shapely found none")
        if nearest == nil { nearestAgree += 1 }
      }
    }
    // The Gauss–Krüger distance against the geodesic distance between the same two points: the zone's scale factor
    // k ≈ 1 + (Δλ cos φ)²/2 · (1 + e′² cos² φ) at 1.5° from the central meridian is at most 2.8e-4 over Sichuan and
    // Chongqing (φ ≥ 26°); this scene (29.35–29.65°N, up to 1.5° from 105°E or 108°E) reaches about 2.6e-4.
    let pointPairs = measured.map { distance, _ in
      [
        distance.pointOnShape.longitude, distance.pointOnShape.latitude, distance.pointOnFeature.longitude,
        distance.pointOnFeature.latitude,
      ]
    }
    let geodesic = try #require(try Oracle.run("distances", input: ["pairs": pointPairs]) as? [Double])
    var worstRelative = 0.0
    var withinBound = 0
    for ((distance, _), reference) in zip(measured, geodesic) {
      let relative = abs(distance.distance - reference) / reference
      worstRelative = max(worstRelative, relative)
      if relative <= 3e-4 {
        withinBound += 1
      } else {
        Issue.record("\(distance.distance) m vs geodesic \(reference) m")
      }
    }
    print(
      "geo oracle distances: \(withinBound)/\(measured.count) Gauss–Krüger distances within 3e-4 of geographiclib's "
        + "geodesic distance between the same points (worst \(worstRelative))")
    #expect(withinBound == measured.count)
    #expect(measured.count >= 50)

    // Unit against unit: covers, and the overlap area.
    let covers = Set(try #require(oracle["covers"] as? [[Int]]).map { [$0[0], $0[1]] })
    var coverPairs = 0
    var coverAgree = 0
    for i in units.indices {
      for j in units.indices where i != j {
        coverPairs += 1
        let covered = try worker.covers(units[i], units[j]).covered
        if covered == covers.contains([i, j]) { coverAgree += 1 } else { Issue.record("covers \(i) \(j): \(covered)") }
      }
    }
    var unitAreas = 0
    let unitOverlaps = try #require(oracle["unitOverlaps"] as? [[Double]])
    for entry in unitOverlaps {
      let area = try worker.intersectionArea(units[Int(entry[0])], units[Int(entry[1])])
      if abs(area - entry[2]) <= max(0.01, 1e-9 * entry[2]) {
        unitAreas += 1
      } else {
        Issue.record("\(entry): \(area)")
      }
    }
    print(
      "geo oracle layers: overlap predicate identical to Shapely on \(samePredicate)/\(pairs) unit–feature pairs "
        + "(\(overlapCount) overlaps, \(touchingCount) touching pairs not counted); overlap areas within "
        + "max(0.01 m², 1e-9) of Shapely+geographiclib: \(areasWithin)/\(overlapCount); nearest feature within "
        + "\(Int(within)) m agrees (1e-6 relative) for \(nearestAgree)/\(units.count) units (worst difference "
        + "\(worstDistance) m); covers identical on \(coverAgree)/\(coverPairs) unit pairs; unit–unit overlap "
        + "areas \(unitAreas)/\(unitOverlaps.count)")
    #expect(samePredicate == pairs)
    #expect(areasWithin == overlapCount)
    #expect(nearestAgree == units.count)
    #expect(coverAgree == coverPairs)
    #expect(unitAreas == unitOverlaps.count)
    #expect(touchingCount >= 10, "the scene must exercise touching")
    #expect(overlapCount >= 20)
  }

  @Test func farthestPointsAgreeWithDenseSamplingWithinTheStatedBound() throws {
    let scene = Self.scene()
    let lines = scene.features.filter { $0["line"] != nil }
    let units = Array(scene.units.suffix(25))
    let answers = try #require(
      try Oracle.run("farthest", input: ["units": units, "features": lines, "step": 5.0]) as? [Double])
    let worker = try GeoWorker()
    let layer = try Self.layer(Scene(units: [], features: lines), worker: worker)
    var within = 0
    for (rings, reference) in zip(units, answers) {
      let unit = try worker.prepare(Self.shape(rings))
      let found = try #require(try worker.farthest(of: unit, from: layer, where: nil))
      // shanshui samples every diagonal/50 (>= 1 m), Shapely every 5 m: both are low by at most their step × √2 / 2.
      let diagonal = try #require(try Oracle.diagonal(of: rings))
      let bound = max(1, diagonal / 50) * 2.squareRoot() / 2 + 5 * 2.squareRoot() / 2
      if abs(found.distance - reference) <= bound {
        within += 1
      } else {
        Issue.record("\(found.distance) vs \(reference) (bound \(bound))")
      }
      // The nearest-feature distance from that point is the reported distance.
      #expect(found.distance >= (try worker.nearest(to: unit, in: layer, where: nil, within: .infinity)?.distance ?? 0))
    }
    print("geo oracle farthest: \(within)/\(units.count) within the sampling bound of Shapely's dense sampling")
    #expect(within == units.count)
  }
}

extension Oracle {
  /// The planar bounding-box diagonal of lon/lat rings, metres (approximate: for the sampling bound).
  static func diagonal(of rings: [[[Double]]]) throws -> Double? {
    let points = rings.flatMap { $0 }
    guard let lat = points.first?[1] else { return nil }
    let xs = points.map { $0[0] * 111_320 * cos(lat * .pi / 180) }
    let ys = points.map { $0[1] * 110_900 }
    guard let x0 = xs.min(), let x1 = xs.max(), let y0 = ys.min(), let y1 = ys.max() else { return nil }
    return ((x1 - x0) * (x1 - x0) + (y1 - y0) * (y1 - y0)).squareRoot()
  }
}
