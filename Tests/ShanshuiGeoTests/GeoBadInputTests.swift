import Testing

@testable import ShanshuiGeo

@Suite struct GeoBadInputTests {
  let worker: GeoWorker

  init() throws { worker = try GeoWorker() }

  private func polygon(_ ring: [GeoPosition], crs: GeoCRS = .cgcs2000) -> GeoShape {
    GeoShape(crs: crs, polygons: [GeoPolygon(exterior: ring)])
  }

  @Test(arguments: [Double.nan, .infinity, -.infinity])
  func nonFiniteCoordinatesAreRefused(_ value: Double) {
    let ring = [GeoPosition(30, 104), GeoPosition(30, value), GeoPosition(30.1, 104.1), GeoPosition(30, 104)]
    #expect(throws: GeoError.self) { try worker.prepare(polygon(ring)) }
    do {
      _ = try worker.prepare(polygon(ring))
    } catch {
      guard case .nonFinite(let position) = error else {
        Issue.record("\(error)")
        return
      }
      #expect(position.first == 30)
    }
  }

  @Test func anUnclosedRingIsRefused() {
    let ring = [GeoPosition(30, 104), GeoPosition(30, 104.1), GeoPosition(30.1, 104.1), GeoPosition(30.1, 104)]
    #expect(throws: GeoError.ringNotClosed(GeoPosition(30, 104))) { try worker.prepare(polygon(ring)) }
  }

  @Test func tooFewPositionsAreRefused() {
    let ring = [GeoPosition(30, 104), GeoPosition(30, 104.1), GeoPosition(30, 104)]
    #expect(throws: GeoError.tooFewPositions(3)) { try worker.prepare(polygon(ring)) }
    #expect(throws: GeoError.tooFewPositions(0)) { try worker.prepare(GeoShape(crs: .cgcs2000, polygons: [])) }
    #expect(throws: GeoError.tooFewPositions(1)) {
      try worker.prepare(GeoShape(crs: .cgcs2000, polygons: [], lines: [[GeoPosition(30, 104)]]))
    }
  }

  @Test func swappedAxesAreOutsideTheAreaOfUse() {
    // Longitude written first in EPSG:4490 (latitude first): "latitude" 104° does not exist.
    let ring = [GeoPosition(104, 30), GeoPosition(104.1, 30), GeoPosition(104.1, 30.1), GeoPosition(104, 30)]
    #expect(throws: GeoError.outsideAreaOfUse(GeoPosition(104, 30), crs: .cgcs2000)) {
      try worker.prepare(polygon(ring))
    }
  }

  @Test func swappedGaussKrugerAxesAreOutsideTheAreaOfUse() {
    // Easting written first: northing 500 km and easting 3,380 km are far outside zone 35.
    let crs = GeoCRS.gaussKruger(zone: 35, zonePrefix: false)
    let ring = [
      GeoPosition(500_000, 3_380_000), GeoPosition(501_000, 3_380_000), GeoPosition(501_000, 3_381_000),
      GeoPosition(500_000, 3_380_000),
    ]
    #expect(throws: GeoError.outsideAreaOfUse(GeoPosition(500_000, 3_380_000), crs: crs)) {
      try worker.prepare(polygon(ring, crs: crs))
    }
  }

  @Test func aPrefixedZoneWithoutItsPrefixIsOutsideTheAreaOfUse() {
    // EPSG:4523 (zone 35, easting 35 500 000 at the central meridian) given an unprefixed easting of 500 000.
    let crs = GeoCRS.gaussKruger(zone: 35, zonePrefix: true)
    let ring = [
      GeoPosition(3_380_000, 500_000), GeoPosition(3_380_000, 501_000), GeoPosition(3_381_000, 501_000),
      GeoPosition(3_380_000, 500_000),
    ]
    #expect(throws: GeoError.outsideAreaOfUse(GeoPosition(3_380_000, 500_000), crs: crs)) {
      try worker.prepare(polygon(ring, crs: crs))
    }
  }

  @Test func theLibrariesUnavailableErrorNamesTheLibraryAndThePackage() {
    let result = GeoLibraries.openFirst(["libgeos_c.so.0-not-installed"])
    guard case .failure(let error) = result, case .librariesUnavailable(let library, let detail) = error else {
      Issue.record("a missing library loaded: \(result)")
      return
    }
    #expect(library == "libgeos_c.so.0-not-installed")
    #expect(detail.contains("libgeos_c.so.0-not-installed"), "\(detail)")
    #expect(error.description.contains("libgeos-c1v5"))
    #expect(GeoError.debianPackage(for: "libproj.so.25") == "libproj25")
    #expect(GeoError.debianPackage(for: "libgdal.so.32") == "libgdal32")
    #expect(GeoLibraries.openFirst(["libgeos_c.so.0-not-installed", "libgeos_c.so.1"]).isSuccess)
  }
}

extension Result {
  fileprivate var isSuccess: Bool {
    if case .success = self { return true }
    return false
  }
}
