import Foundation
import Testing

@testable import ShanshuiGeo

/// Reading layers through GDAL/OGR: the three formats, CRSs read from the file and reprojected, and bad files.
@Suite struct GeoLayerFileTests {
  /// Three synthetic polygons near 成都 (104.0–104.1°E, 30.5–30.6°N) with a `name` and a `rank`.
  static let source = LayerFiles.geoJSON([
    (
      #"{"name":"synthetic A","rank":"mainstem"}"#,
      LayerFiles.polygon([(104.00, 30.50), (104.03, 30.50), (104.03, 30.53), (104.00, 30.53)])
    ),
    (
      #"{"name":"synthetic B","rank":"other"}"#,
      LayerFiles.polygon([(104.05, 30.50), (104.08, 30.50), (104.08, 30.53), (104.05, 30.53)])
    ),
    (
      #"{"name":"synthetic C","rank":"important-tributary"}"#,
      LayerFiles.polygon([(104.02, 30.55), (104.06, 30.55), (104.06, 30.58), (104.02, 30.58)])
    ),
  ])

  /// A unit overlapping all three features.
  static let unit = Shapes.rectangle(west: 104.02, south: 30.52, east: 104.06, north: 30.56)

  @Test func theThreeFormatsAndCRSsGiveTheSameOverlaps() throws {
    let files = try LayerFiles()
    defer { files.remove() }
    let geojson = try files.write("synthetic.geojson", Self.source)
    try files.ogr2ogr(["-f", "GPKG", files.path("cgcs2000.gpkg"), geojson, "-t_srs", "EPSG:4490", "-nln", "layer"])
    try files.ogr2ogr(["-f", "GPKG", files.path("zone35.gpkg"), geojson, "-t_srs", "EPSG:4544", "-nln", "layer"])
    try files.ogr2ogr(["-f", "ESRI Shapefile", files.path("zone35.shp"), geojson, "-t_srs", "EPSG:4544"])
    let worker = try GeoWorker()
    let unit = try worker.prepare(Self.unit)
    var reference: [LayerOverlap]?
    for (name, crs, reprojected) in [
      ("synthetic.geojson", nil, true), ("cgcs2000.gpkg", "EPSG:4490", false), ("zone35.gpkg", "EPSG:4544", true),
      ("zone35.shp", "EPSG:4544", true),
    ] as [(String, String?, Bool)] {
      let layer = try GeoLayer.read(path: files.path(name))
      #expect(layer.features.count == 3, "\(name)")
      #expect(layer.reprojected == reprojected, "\(name): \(layer.sourceCRS)")
      if let crs { #expect(layer.sourceCRS == crs, "\(name)") }
      #expect(layer.fieldNames.contains("rank"))
      #expect(layer.features.map { $0.attributes["name"] } == ["synthetic A", "synthetic B", "synthetic C"])
      #expect(throws: GeoLayerError.fieldMissing("river")) { try layer.requireFields(["rank", "river"]) }
      let overlaps = try worker.overlaps(of: unit, with: layer, where: nil)
      #expect(overlaps.map(\.featureIndex) == [0, 1, 2], "\(name)")
      if let reference {
        for (a, b) in zip(overlaps, reference) {
          // The zone's straight edges are not the degrees' straight edges: centimetres over 3 km.
          #expect(abs(a.area - b.area) / b.area < 1e-5, "\(name): \(a.area) vs \(b.area)")
        }
      } else {
        reference = overlaps
      }
      let filtered = try worker.overlaps(
        of: unit, with: layer, where: LayerFilter.parse("rank=mainstem|important-tributary"))
      #expect(filtered.map(\.featureIndex) == [0, 2])
    }
  }

  @Test func aShapefileWithoutItsSidecarsIsRefused() throws {
    let files = try LayerFiles()
    defer { files.remove() }
    let geojson = try files.write("synthetic.geojson", Self.source)
    for stem in ["nodbf", "noshx", "noprj"] {
      try files.ogr2ogr(["-f", "ESRI Shapefile", files.path("\(stem).shp"), geojson])
    }
    try FileManager.default.removeItem(atPath: files.path("nodbf.dbf"))
    try FileManager.default.removeItem(atPath: files.path("noshx.shx"))
    try FileManager.default.removeItem(atPath: files.path("noprj.prj"))
    #expect(throws: GeoLayerError.unreadable("\(files.path("nodbf.shp")) is a Shapefile without its .dbf")) {
      try GeoLayer.read(path: files.path("nodbf.shp"))
    }
    #expect(throws: GeoLayerError.unreadable("\(files.path("noshx.shp")) is a Shapefile without its .shx")) {
      try GeoLayer.read(path: files.path("noshx.shp"))
    }
    do {
      _ = try GeoLayer.read(path: files.path("noprj.shp"))
      Issue.record("a Shapefile without .prj was read")
    } catch {
      guard case .crsUnknown(let reason) = error else { throw error }
      #expect(reason.contains(".prj"))
    }
  }

  @Test func truncatedAndCorruptGeoPackagesAreUnreadable() throws {
    let files = try LayerFiles()
    defer { files.remove() }
    let geojson = try files.write("synthetic.geojson", Self.source)
    try files.ogr2ogr(["-f", "GPKG", files.path("whole.gpkg"), geojson])
    let whole = try Data(contentsOf: URL(fileURLWithPath: files.path("whole.gpkg")))
    try whole.prefix(whole.count / 3).write(to: URL(fileURLWithPath: files.path("truncated.gpkg")))
    var corrupt = whole
    for index in stride(from: 1024, to: corrupt.count, by: 512) { corrupt[index] ^= 0x5A }
    try corrupt.write(to: URL(fileURLWithPath: files.path("corrupt.gpkg")))
    try Data((0..<4096).map { UInt8(truncatingIfNeeded: $0 &* 7919) }).write(
      to: URL(fileURLWithPath: files.path("garbage.gpkg")))
    for name in ["truncated.gpkg", "corrupt.gpkg", "garbage.gpkg"] {
      do {
        let layer = try GeoLayer.read(path: files.path(name))
        Issue.record("\(name) was read: \(layer.features.count) features")
      } catch {
        guard case .unreadable(let reason) = error else {
          Issue.record("\(name): \(error)")
          continue
        }
        #expect(!reason.isEmpty)
        print("geo bad layer \(name): E610 \(reason)")
      }
    }
  }

  @Test func anEmptyLayerIsRefused() throws {
    let files = try LayerFiles()
    defer { files.remove() }
    let path = try files.write("empty.geojson", LayerFiles.geoJSON([]))
    #expect(throws: GeoLayerError.empty) { try GeoLayer.read(path: path) }
  }

  @Test func nonFiniteCoordinatesAreUnreadable() throws {
    let files = try LayerFiles()
    defer { files.remove() }
    let path = try files.write(
      "nan.geojson",
      LayerFiles.geoJSON([
        (#"{"name":"x"}"#, #"{"type":"Polygon","coordinates":[[[104,30],[NaN,30],[104.1,30.1],[104,30]]]}"#)
      ]))
    #expect(throws: GeoLayerError.self) { try GeoLayer.read(path: path) }
    let infinite = try files.write(
      "inf.geojson",
      LayerFiles.geoJSON([
        (#"{"name":"x"}"#, #"{"type":"Polygon","coordinates":[[[104,30],[1e999,30],[104.1,30.1],[104,30]]]}"#)
      ]))
    #expect(throws: GeoLayerError.self) { try GeoLayer.read(path: infinite) }
  }

  @Test func anInvalidFeatureIsRepairedAndCounted() throws {
    let files = try LayerFiles()
    defer { files.remove() }
    let path = try files.write(
      "bowtie.geojson",
      LayerFiles.geoJSON([
        (#"{"name":"bowtie"}"#, LayerFiles.polygon([(104, 30), (104.02, 30.02), (104.02, 30), (104, 30.02)])),
        (#"{"name":"fine"}"#, LayerFiles.polygon([(105, 30), (105.01, 30), (105.01, 30.01), (105, 30.01)])),
      ]))
    let layer = try GeoLayer.read(path: path)
    #expect(layer.repairedFeatureCount == 1)
    let worker = try GeoWorker()
    let unit = try worker.prepare(Shapes.rectangle(west: 104, south: 30, east: 104.02, north: 30.02))
    let overlaps = try worker.overlaps(of: unit, with: layer, where: nil)
    #expect(overlaps.map(\.featureIndex) == [0])
    // The repair is the two triangles: half the square.
    #expect(abs((overlaps.first?.area ?? 0) / worker.geodesicArea(of: unit) - 0.5) < 1e-3)
  }

  @Test func pointsAndSeveralLayersAreRefused() throws {
    let files = try LayerFiles()
    defer { files.remove() }
    let points = try files.write(
      "points.geojson", LayerFiles.geoJSON([(#"{"name":"p"}"#, #"{"type":"Point","coordinates":[104,30]}"#)]))
    do {
      _ = try GeoLayer.read(path: points)
      Issue.record("a point layer was read")
    } catch {
      guard case .unreadable(let reason) = error else { throw error }
      #expect(reason.contains("not a polygon or line"))
    }
    let geojson = try files.write("synthetic.geojson", Self.source)
    try files.ogr2ogr(["-f", "GPKG", files.path("two.gpkg"), geojson, "-nln", "first"])
    try files.ogr2ogr(["-update", files.path("two.gpkg"), geojson, "-nln", "second"])
    do {
      _ = try GeoLayer.read(path: files.path("two.gpkg"))
      Issue.record("a two-layer GeoPackage was read")
    } catch {
      guard case .unreadable(let reason) = error else { throw error }
      #expect(reason.contains("2 layers (first, second)"), "\(reason)")
    }
  }

  @Test(arguments: [
    "/vsicurl/http://127.0.0.1:9/layer.gpkg", "http://127.0.0.1:9/layer.geojson", "/vsizip//tmp/layer.zip/a.shp",
    "VSIMEM/x.gpkg", "GPKG:/tmp/layer.gpkg:table", "", "/nonexistent/layer.gpkg", "/tmp", "/etc/hostname",
  ])
  func pathsGDALMustNotSeeAreRefusedFirst(_ path: String) {
    do {
      _ = try GeoLayer.read(path: path)
      Issue.record("\(path) was read")
    } catch {
      guard case .unreadable = error else {
        Issue.record("\(path): \(error)")
        return
      }
    }
  }

  @Test func limitsStopLargeLayersEarly() throws {
    let files = try LayerFiles()
    defer { files.remove() }
    let path = try files.write("synthetic.geojson", Self.source)
    #expect(throws: GeoLayerError.self) {
      try GeoLayer.read(path: path, limits: GeoLayerLimits(maxFeatures: 2, maxPositions: 1000))
    }
    do {
      _ = try GeoLayer.read(path: path, limits: GeoLayerLimits(maxFeatures: 10, maxPositions: 12))
      Issue.record("15 positions read under a limit of 12")
    } catch {
      guard case .tooLarge(let reason) = error else { throw error }
      #expect(reason.contains("12"))
    }
  }
}
