import Foundation
import Testing

@testable import ShanshuiGeo

/// Reading GIS layers for `shanshui geometry import` (Tests/Fixtures/import, made by scripts/make-import-sources.py
/// from the synthetic 万州 fixture's units): every format, layer choice, GBK attribute tables, CRSs kept or reprojected
/// (pyproj as the oracle), EPSG axis order, multi-part features, holes, and each bad input with its code.
@Suite struct ImportSourceTests {
  static func path(_ name: String) -> String {
    Oracle.repository.appendingPathComponent("Tests/Fixtures/import/\(name)").path
  }

  /// WZ-1's first position in the fixture's GML (latitude, longitude); the GIS files hold it as (108.270886, 30.655089).
  static let firstOfWZ1 = GeoPosition(30.655089, 108.270886)

  static func read(
    _ name: String, layer: String? = nil, key: String? = "unit_id", crs: GeoCRS? = nil, encoding: String? = nil
  )
    throws(ImportSourceError) -> ImportSource
  {
    try ImportSource.read(
      ImportSourceRequest(path: path(name), layer: layer, keyField: key, targetCRS: crs, encoding: encoding))
  }

  static func error(_ body: () throws(ImportSourceError) -> ImportSource) -> ImportSourceError? {
    do {
      _ = try body()
      return nil
    } catch {
      return error
    }
  }

  /// The largest distance (per axis) from a vertex of one shape to the nearest vertex of the other, both ways: a
  /// Shapefile or FileGDB stores rings clockwise and may start them elsewhere, so positions are compared as sets.
  static func maxDifference(_ a: GeoShape, _ b: GeoShape) -> Double {
    let left = a.polygons.flatMap { [$0.exterior] + $0.interiors }.flatMap { $0 }
    let right = b.polygons.flatMap { [$0.exterior] + $0.interiors }.flatMap { $0 }
    guard left.count == right.count else { return .infinity }
    func nearest(_ p: GeoPosition, _ set: [GeoPosition]) -> Double {
      set.map { max(abs(p.first - $0.first), abs(p.second - $0.second)) }.min() ?? .infinity
    }
    return max(left.map { nearest($0, right) }.max() ?? 0, right.map { nearest($0, left) }.max() ?? 0)
  }

  @Test func geoJSONGeoPackageAndFileGDBGiveTheSameUnitsInEPSGAxisOrder() throws {
    let geojson = try Self.read("wanzhou-units.geojson")
    #expect(geojson.sourceCRS == "EPSG:4490" && geojson.targetCRS == .cgcs2000 && !geojson.reprojected)
    #expect(geojson.features.map(\.key) == ["WZ-1", "WZ-2", "WZ-3", "WZ-4", "WZ-5", "WZ-6"])
    // The file holds lon/lat; the shape is written latitude first (EPSG:4490's axis order).
    #expect(geojson.features[0].shape?.polygons[0].exterior[0] == Self.firstOfWZ1)
    let gpkg = try Self.read("wanzhou.gpkg", layer: "units")
    #expect(
      gpkg.layerName == "units"
        && gpkg.features
          == geojson.features.enumerated().map { index, feature in
            ImportedFeature(fid: Int64(index + 1), key: feature.key, shape: feature.shape)
          }
    )
    let gdb = try Self.read("wanzhou.gdb", layer: "units")
    #expect(gdb.sourceCRS == "EPSG:4490" && gdb.features.map(\.key) == geojson.features.map(\.key))
    for (fromGDB, fromJSON) in zip(gdb.features, geojson.features) {
      // A FileGDB stores coordinates on its grid (GDAL's default resolution 1e-9°): equal within it.
      let (a, b) = (try #require(fromGDB.shape), try #require(fromJSON.shape))
      #expect(a.polygons.count == 1 && Self.maxDifference(a, b) < 1e-8)
    }
    let boundary = try Self.read("wanzhou.gdb", layer: "boundary", key: nil)
    #expect(boundary.features.count == 1 && boundary.features[0].key == nil)
  }

  @Test func aGaussKrugerShapefileIsKeptInItsZoneNorthingFirst() throws {
    let zone = try Self.read("wanzhou-units-4545.shp")
    #expect(zone.sourceCRS == "EPSG:4545" && zone.targetCRS == .gaussKruger(zone: 36, zonePrefix: false))
    #expect(!zone.reprojected)
    let first = try #require(zone.features[0].shape?.polygons[0].exterior[0])
    // Northing about 3,392 km, easting about 526 km (CM 108°E, false easting 500 km, no zone prefix).
    #expect(first.first > 3_390_000 && first.first < 3_400_000, "\(first)")
    #expect(first.second > 520_000 && first.second < 530_000, "\(first)")
  }

  @Test func reprojectionAgreesWithPyproj() throws {
    let kept = try Self.read("wanzhou-units-4545.shp")
    let reprojected = try Self.read("wanzhou-units-4545.shp", crs: .cgcs2000)
    #expect(reprojected.reprojected && reprojected.targetCRS == .cgcs2000 && reprojected.sourceCRS == "EPSG:4545")
    let original = try Self.read("wanzhou-units.geojson")
    var compared = 0
    for ((zone, degrees), fixture) in zip(zip(kept.features, reprojected.features), original.features) {
      let source = try #require(zone.shape).polygons[0].exterior
      let ours = try #require(degrees.shape).polygons[0].exterior
      let oracle = try #require(
        try Oracle.run(
          script: "scripts/import-oracle.py",
          input: ["from": "EPSG:4545", "to": "EPSG:4490", "positions": source.map { [$0.second, $0.first] }])
          as? [[Double]])
      for (position, expected) in zip(ours, oracle) {
        // pyproj's (lon, lat) against ours (lat, lon): within 1e-9° (0.1 mm).
        #expect(abs(position.first - expected[1]) < 1e-9 && abs(position.second - expected[0]) < 1e-9)
        compared += 1
      }
      // And back where the fixture had them, within ogr2ogr's forward and PROJ's inverse rounding (1e-8° ≈ 1 mm).
      #expect(Self.maxDifference(try #require(degrees.shape), try #require(fixture.shape)) < 1e-8)
    }
    #expect(compared == 30)
    // Into a prefixed zone (EPSG:4524 = zone 36 with its prefix): the easting carries 36 in front.
    let prefixed = try Self.read("wanzhou-units.geojson", crs: .gaussKruger(zone: 36, zonePrefix: true))
    let easting = try #require(prefixed.features[0].shape?.polygons[0].exterior[0].second)
    #expect(easting > 36_520_000 && easting < 36_530_000, "\(easting)")
  }

  @Test func aGBKShapefileIsDecodedByItsCPGOrByEncoding() throws {
    let names = try Self.read("wanzhou-units.geojson", key: "name").features.map(\.key)
    #expect(names.first == "长江右岸消落带及岸坡植被恢复单元")
    // Field names and values in GBK, .cpg "GBK": decoded.
    #expect(try Self.read("wanzhou-units-gbk.shp", key: "单元编号").features.map(\.key).first == "WZ-1")
    #expect(try Self.read("wanzhou-units-gbk.shp", key: "单元名称").features.map(\.key) == names)
    // Without .cpg GDAL reads the table as ISO-8859-1: the field is not found (E622, the garbled names listed) …
    let missing = Self.error { () throws(ImportSourceError) in try Self.read("wanzhou-units-gbk-nocpg.shp", key: "单元编号")
    }
    guard case .fieldMissing(let field, let available) = missing else {
      Issue.record("expected E622, got \(String(describing: missing))")
      return
    }
    #expect(field == "单元编号" && available.count == 2 && !available.contains("单元编号"))
    #expect(missing?.errorCode == "E622")
    // … and --encoding GBK decodes it.
    let decoded = try Self.read("wanzhou-units-gbk-nocpg.shp", key: "单元名称", encoding: "GBK")
    #expect(decoded.features.map(\.key) == names)
  }

  @Test func multiPartFeaturesHolesAndEmptyGeometries() throws {
    let shapes = try Self.read("shapes.geojson")
    #expect(shapes.features.count == 7)
    #expect(shapes.features[0].shape?.polygons.count == 2)
    #expect(shapes.features[1].shape?.polygons.count == 1 && shapes.features[1].shape?.polygons[0].interiors.count == 1)
    #expect(shapes.features[5].key == "WZ-4" && shapes.features[5].shape == nil)
    #expect(shapes.features[6].key == nil && shapes.features[6].shape != nil)
  }

  /// ArcGIS writes rounded boundaries as circular arcs (a FileGDB's curve polygons): they are cut into 4° pieces, every
  /// vertex on the arc, and the feature is listed as linearized. The FileGDB is made here by `ogr2ogr` (gdal-bin) from
  /// a half disc: an arc of radius 0.01° about (108.3, 30.65) from west to east through north, closed by its diameter.
  @Test func circularArcsAreCutIntoStraightPieces() throws {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("shanshui-curve-\(UUID())")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    let csv = directory.appendingPathComponent("arc.csv")
    try Data(
      """
      unit_id,WKT
      WZ-1,"CURVEPOLYGON(COMPOUNDCURVE(CIRCULARSTRING(108.29 30.65,108.3 30.66,108.31 30.65),(108.31 30.65,108.29 30.65)))"

      """.utf8
    ).write(to: csv)
    let gdb = directory.appendingPathComponent("arc.gdb").path
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = [
      "ogr2ogr", "-f", "OpenFileGDB", gdb, csv.path, "-a_srs", "EPSG:4490", "-nlt", "CURVEPOLYGON",
      "-oo", "GEOM_POSSIBLE_NAMES=WKT", "-oo", "KEEP_GEOM_COLUMNS=NO",
    ]
    try process.run()
    process.waitUntilExit()
    try #require(process.terminationStatus == 0, "ogr2ogr (gdal-bin) must be installed")
    let source = try ImportSource.read(ImportSourceRequest(path: gdb, keyField: "unit_id"))
    #expect(source.linearizedFIDs == [1])
    let ring = try #require(source.features.first?.shape?.polygons.first?.exterior)
    // EPSG axis order: (latitude, longitude). Every vertex but the diameter's is on the arc.
    let radii = ring.map {
      ((($0.second - 108.3) * ($0.second - 108.3)) + (($0.first - 30.65) * ($0.first - 30.65))).squareRoot()
    }
    #expect(radii.allSatisfy { abs($0 - 0.01) < 1e-9 }, "\(radii)")
    #expect(ring.count >= 180 / Int(ImportPolygons.linearStepDegrees) + 2, "\(ring.count) positions")
    #expect(ring.allSatisfy { $0.first >= 30.65 - 1e-12 })
  }

  @Test func badInputsHaveTheirCodes() {
    func code(_ body: () throws(ImportSourceError) -> ImportSource) -> String? { Self.error(body)?.errorCode }
    #expect(code { () throws(ImportSourceError) in try Self.read("missing.gpkg") } == "E620")
    #expect(code { () throws(ImportSourceError) in try Self.read("corrupt.gpkg") } == "E620")
    #expect(code { () throws(ImportSourceError) in try Self.read("wanzhou-no-geometry.xml") } == "E620")
    #expect(
      code { () throws(ImportSourceError) in
        try ImportSource.read(ImportSourceRequest(path: "/vsicurl/http://example.com/a.gpkg", keyField: "k"))
      } == "E620")
    #expect(
      code { () throws(ImportSourceError) in
        try ImportSource.read(ImportSourceRequest(path: "/vsizip/units.zip/units.gdb", keyField: "k"))
      } == "E620")
    #expect(code { () throws(ImportSourceError) in try Self.read("wanzhou-units.geojson/../x.gdb") } == "E620")
    #expect(code { () throws(ImportSourceError) in try Self.read("noprj.shp") } == "E623")
    // 30 positions in six units: a limit of 29 stops at the last feature.
    let limited = Self.error { () throws(ImportSourceError) in
      try ImportSource.read(
        ImportSourceRequest(path: Self.path("wanzhou-units.geojson"), keyField: "unit_id", maxPositions: 29))
    }
    #expect(
      limited?.errorCode == "E620" && limited?.description.contains("more than 29 positions at feature 5") == true)
    #expect(code { () throws(ImportSourceError) in try Self.read("lines.geojson") } == "E624")
    #expect(code { () throws(ImportSourceError) in try Self.read("wanzhou-units.geojson", key: "nokey") } == "E622")
    // Zone 35 (CM 105°E) cannot hold 108.3°E.
    #expect(
      code { () throws(ImportSourceError) in
        try Self.read("wanzhou-units.geojson", crs: .gaussKruger(zone: 35, zonePrefix: true))
      } == "E623")
    let several = Self.error { () throws(ImportSourceError) in try Self.read("wanzhou.gpkg") }
    #expect(several == .layerChoice(requested: nil, available: ["units", "boundary"]))
    let wrong = Self.error { () throws(ImportSourceError) in try Self.read("wanzhou.gdb", layer: "parcels") }
    #expect(wrong == .layerChoice(requested: "parcels", available: ["units", "boundary"]))
    #expect(wrong?.errorCode == "E621")
    #expect(wrong?.description == "the file has no layer 'parcels'; its layers: units, boundary")
  }
}
