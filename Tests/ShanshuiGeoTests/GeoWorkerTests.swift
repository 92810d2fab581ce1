import Testing

@testable import ShanshuiGeo

@Suite struct GeoWorkerTests {
  let worker: GeoWorker

  init() throws { worker = try GeoWorker() }

  @Test func aGaussKrugerSquareOnTheCentralMeridianHasItsPlanarArea() throws {
    // On the central meridian the scale factor is 1 (k₀ = 1 for the CGCS2000 3° zones): a 1 km square's geodesic
    // area equals its planar 1,000,000 m² within the scale's variation over 1 km (< 1e-8) and the edge curvature.
    let square = Shapes.gaussKrugerSquare(zone: 35, northing: 3_380_000, easting: 499_500, side: 1000)
    let area = worker.geodesicArea(of: try worker.prepare(square))
    #expect(abs(area - 1_000_000) < 1, "\(area)")
  }

  @Test func theSameRectangleInDegreesAndInAZoneHasTheSameArea() throws {
    // 104.0–104.02°E, 30.5–30.51°N (成都 area) in EPSG:4490, and its corners transformed to zone 35 by PROJ.
    let degrees = try worker.prepare(Shapes.rectangle(west: 104, south: 30.5, east: 104.02, north: 30.51))
    let corners = [(104.0, 30.5), (104.02, 30.5), (104.02, 30.51), (104.0, 30.51)].map { lonLat in
      worker.point(longitude: lonLat.0, latitude: lonLat.1, crs: .gaussKruger(zone: 35, zonePrefix: true)).position
    }
    let zone = GeoShape(
      crs: .gaussKruger(zone: 35, zonePrefix: true),
      polygons: [GeoPolygon(exterior: corners + [corners[0]])])
    let a = worker.geodesicArea(of: degrees)
    let b = worker.geodesicArea(of: try worker.prepare(zone))
    #expect(a > 1_900_000 && a < 2_200_000)
    // Straight edges in degrees and in the zone differ by far less than a square metre over 2 km.
    #expect(abs(a - b) < 1, "\(a) vs \(b)")
  }

  @Test func holesAreSubtracted() throws {
    let outer = Shapes.ring([(104, 30), (104.02, 30), (104.02, 30.02), (104, 30.02)])
    let hole = Shapes.ring([(104.005, 30.005), (104.005, 30.015), (104.015, 30.015), (104.015, 30.005)])
    let withHole = try worker.prepare(
      GeoShape(crs: .cgcs2000, polygons: [GeoPolygon(exterior: outer, interiors: [hole])]))
    let full = try worker.prepare(GeoShape(crs: .cgcs2000, polygons: [GeoPolygon(exterior: outer)]))
    let holeOnly = try worker.prepare(GeoShape(crs: .cgcs2000, polygons: [GeoPolygon(exterior: hole)]))
    #expect(withHole.isValid)
    let expected = worker.geodesicArea(of: full) - worker.geodesicArea(of: holeOnly)
    #expect(abs(worker.geodesicArea(of: withHole) - expected) < 1e-6)
    #expect(worker.geodesicArea(of: holeOnly) > 0.2 * worker.geodesicArea(of: full))
  }

  @Test func aBowtieIsInvalidWithReasonAndLocation() throws {
    // The two diagonals cross at 104.01°E, 30.01°N.
    let bowtie = GeoShape(
      crs: .cgcs2000,
      polygons: [GeoPolygon(exterior: Shapes.ring([(104, 30), (104.02, 30.02), (104.02, 30), (104, 30.02)]))])
    let prepared = try worker.prepare(bowtie)
    let invalidity = try #require(worker.invalidity(of: prepared))
    #expect(invalidity.reason.contains("Self-intersection"), "\(invalidity.reason)")
    #expect(abs(invalidity.location.longitude - 104.01) < 1e-9)
    #expect(abs(invalidity.location.latitude - 30.01) < 1e-9)
    #expect(invalidity.location.position == GeoPosition(invalidity.location.latitude, invalidity.location.longitude))
    // Still measured, on GEOS's repair (two triangles): half the square's area.
    let square = try worker.prepare(Shapes.rectangle(west: 104, south: 30, east: 104.02, north: 30.02))
    #expect(abs(worker.geodesicArea(of: prepared) / worker.geodesicArea(of: square) - 0.5) < 1e-3)
  }

  @Test func aBowtieInAZoneIsLocatedInTheZone() throws {
    let corners = [
      GeoPosition(3_380_000, 500_000), GeoPosition(3_381_000, 501_000), GeoPosition(3_381_000, 500_000),
      GeoPosition(3_380_000, 501_000), GeoPosition(3_380_000, 500_000),
    ]
    let shape = GeoShape(crs: .gaussKruger(zone: 35, zonePrefix: false), polygons: [GeoPolygon(exterior: corners)])
    let invalidity = try #require(worker.invalidity(of: try worker.prepare(shape)))
    // The crossing in lon/lat maps back to the middle of the zone square (edges are straight in lon/lat there, so
    // within centimetres).
    #expect(abs(invalidity.location.position.first - 3_380_500) < 0.05, "\(invalidity.location.position)")
    #expect(abs(invalidity.location.position.second - 500_500) < 0.05, "\(invalidity.location.position)")
    #expect(abs(invalidity.location.longitude - 105) < 0.01)
  }

  @Test func validShapesHaveNoInvalidity() throws {
    #expect(
      worker.invalidity(of: try worker.prepare(Shapes.rectangle(west: 104, south: 30, east: 105, north: 31))) == nil)
  }

  @Test func coversAndTheAreaOutside() throws {
    let boundary = try worker.prepare(Shapes.rectangle(west: 104, south: 30, east: 104.1, north: 30.1))
    let inside = try worker.prepare(Shapes.rectangle(west: 104.01, south: 30.01, east: 104.05, north: 30.05))
    let onEdge = try worker.prepare(Shapes.rectangle(west: 104, south: 30, east: 104.05, north: 30.05))
    let straddling = try worker.prepare(Shapes.rectangle(west: 104.08, south: 30.01, east: 104.12, north: 30.05))
    let outsidePart = try worker.prepare(Shapes.rectangle(west: 104.1, south: 30.01, east: 104.12, north: 30.05))
    let away = try worker.prepare(Shapes.rectangle(west: 105, south: 30, east: 105.01, north: 30.01))
    #expect(try worker.covers(boundary, inside) == (true, 0))
    #expect(try worker.covers(boundary, onEdge) == (true, 0))
    let partly = try worker.covers(boundary, straddling)
    #expect(!partly.covered)
    #expect(abs(partly.outsideArea - worker.geodesicArea(of: outsidePart)) < 0.01, "\(partly.outsideArea)")
    let none = try worker.covers(boundary, away)
    #expect(!none.covered)
    #expect(abs(none.outsideArea - worker.geodesicArea(of: away)) < 1e-6)
  }

  @Test func intersectionAreaIsZeroWhenOnlyTouching() throws {
    let a = try worker.prepare(Shapes.rectangle(west: 104, south: 30, east: 104.02, north: 30.02))
    let touching = try worker.prepare(Shapes.rectangle(west: 104.02, south: 30, east: 104.04, north: 30.02))
    let corner = try worker.prepare(Shapes.rectangle(west: 104.02, south: 30.02, east: 104.04, north: 30.04))
    let half = try worker.prepare(Shapes.rectangle(west: 104.01, south: 30, east: 104.03, north: 30.02))
    let eastHalf = try worker.prepare(Shapes.rectangle(west: 104.01, south: 30, east: 104.02, north: 30.02))
    #expect(try worker.intersectionArea(a, touching) == 0)
    #expect(try worker.intersectionArea(a, corner) == 0)
    #expect(abs(try worker.intersectionArea(a, half) - worker.geodesicArea(of: eastHalf)) < 0.01)
    #expect(abs(try worker.intersectionArea(half, a) - worker.geodesicArea(of: eastHalf)) < 0.01)
  }

  @Test func representativePointLiesOnTheShape() throws {
    // An L shape: its bounding box's centre is outside it.
    let shape = GeoShape(
      crs: .cgcs2000,
      polygons: [
        GeoPolygon(
          exterior: Shapes.ring([
            (104, 30), (104.03, 30), (104.03, 30.01), (104.01, 30.01), (104.01, 30.03), (104, 30.03),
          ]))
      ])
    let prepared = try worker.prepare(shape)
    let point = worker.representativePoint(of: prepared)
    let dot = try worker.prepare(
      Shapes.rectangle(
        west: point.longitude - 1e-7, south: point.latitude - 1e-7, east: point.longitude + 1e-7,
        north: point.latitude + 1e-7))
    #expect(try worker.intersectionArea(prepared, dot) > 0)
    #expect(point.position == GeoPosition(point.latitude, point.longitude))
  }
}
