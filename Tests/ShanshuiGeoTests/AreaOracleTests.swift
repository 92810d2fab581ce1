import Foundation
import Testing

@testable import ShanshuiGeo

/// Geodesic areas against geographiclib (an implementation separate from PROJ's) and against the planar area in the
/// Gauss–Krüger zone, on random polygons over Sichuan and Chongqing.
@Suite struct AreaOracleTests {
  /// A star-shaped polygon around (lon, lat): `count` ≥ 5 vertices, one in each of `count` equal sectors (so no gap
  /// exceeds 0.6π), at random radii 0.5–1 × R (metres, converted to degrees); every edge then stays ≥ 0.29 R from
  /// the centre, so the hole every third polygon gets (radii 0.1–0.25 R) lies inside: all are valid.
  static func randomPolygon(_ random: inout SeededGenerator) -> [[[Double]]] {
    let lon = Double.random(in: 97.6...110.1, using: &random)
    let lat = Double.random(in: 26.1...34.3, using: &random)
    let radii: [Double] = [30, 300, 3000, 15000]
    let radius: Double = radii.randomElement(using: &random) ?? 300
    let count = Int.random(in: 5...40, using: &random)
    let metresPerDegreeLat = 110_900.0
    let metresPerDegreeLon = 111_320.0 * cos(lat * .pi / 180)
    func ring(_ minimum: Double, _ maximum: Double, clockwise: Bool, _ random: inout SeededGenerator) -> [[Double]] {
      let sector = 2 * Double.pi / Double(count)
      var angles = (0..<count).map { Double($0) * sector + Double.random(in: 0..<sector, using: &random) }
      if clockwise { angles.reverse() }
      var points = angles.map { angle -> [Double] in
        let r: Double = radius * Double.random(in: minimum...maximum, using: &random)
        return [lon + r * cos(angle) / metresPerDegreeLon, lat + r * sin(angle) / metresPerDegreeLat]
      }
      points.append(points[0])
      return points
    }
    var rings = [ring(0.5, 1.0, clockwise: false, &random)]
    if Int.random(in: 0..<3, using: &random) == 0 { rings.append(ring(0.1, 0.25, clockwise: true, &random)) }
    return rings
  }

  @Test func geodesicAreasAgreeWithGeographiclibAndTheGaussKrugerPlane() throws {
    var random = SeededGenerator(seed: 17)
    let polygons = (0..<1200).map { _ in Self.randomPolygon(&random) }
    let answers = try #require(try Oracle.run("areas", input: ["polygons": polygons]) as? [[String: Any]])
    #expect(answers.count == polygons.count)
    let worker = try GeoWorker()
    var agreeGeodesic = 0
    var agreePlanar = 0
    var agreeUncorrected = 0
    var worstGeodesic = 0.0
    var worstPlanar = 0.0
    for (rings, answer) in zip(polygons, answers) {
      let positions = rings.map { ring in ring.map { GeoPosition($0[1], $0[0]) } }
      let shape = GeoShape(
        crs: .cgcs2000, polygons: [GeoPolygon(exterior: positions[0], interiors: Array(positions.dropFirst()))])
      let prepared = try worker.prepare(shape)
      #expect(prepared.isValid, "\(rings)")
      let area = worker.geodesicArea(of: prepared)
      let geodesic = try #require(answer["geodesic"] as? Double)
      let planar = try #require(answer["planar"] as? Double)
      let scale = try #require(answer["arealScale"] as? Double)
      let difference = abs(area - geodesic)
      worstGeodesic = max(worstGeodesic, difference / geodesic)
      if difference <= max(0.01, 1e-9 * geodesic) {
        agreeGeodesic += 1
      } else {
        Issue.record("\(rings): \(area) vs \(geodesic)")
      }
      let relative = abs(area - planar / scale) / area
      worstPlanar = max(worstPlanar, relative)
      if relative <= 1e-4 { agreePlanar += 1 } else { Issue.record("planar \(rings): \(area) vs \(planar / scale)") }
      if abs(area - planar) / area <= 1e-4 { agreeUncorrected += 1 }
    }
    print(
      "geo oracle areas: \(agreeGeodesic)/\(polygons.count) within max(0.01 m², 1e-9 × area) of geographiclib "
        + "(worst relative \(worstGeodesic)); \(agreePlanar)/\(polygons.count) within 1e-4 of the Gauss–Krüger planar "
        + "area divided by the zone's areal scale (worst \(worstPlanar)); uncorrected planar area within 1e-4: "
        + "\(agreeUncorrected)/\(polygons.count)")
    #expect(agreeGeodesic == polygons.count)
    #expect(agreePlanar == polygons.count)
  }
}
