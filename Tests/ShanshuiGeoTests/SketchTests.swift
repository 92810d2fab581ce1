import Foundation
import Testing

@testable import ShanshuiGeo

/// The maps' geometry (GeoWorker+Sketch): computed by GEOS in lon/lat, clipped to the window, simplified to about a
/// pixel and capped, so that a huge layer polygon cannot bloat a report.
@Suite struct SketchTests {
  /// A star-shaped ring of `count` vertices around (lon, lat), its radius alternating `radius` ± `zigzag` degrees:
  /// valid (star-shaped around its centre), and with teeth too large for a one-pixel simplification to remove.
  static func zigzagCircle(lon: Double, lat: Double, radius: Double, zigzag: Double, count: Int) -> GeoShape {
    let points = (0..<count).map { index -> (Double, Double) in
      let angle = Double(index) / Double(count) * 2 * .pi
      let r = radius + (index.isMultiple(of: 2) ? zigzag : -zigzag)
      return (lon + r * cos(angle), lat + r * sin(angle))
    }
    return GeoShape(crs: .cgcs2000, polygons: [GeoPolygon(exterior: Shapes.ring(points))])
  }

  @Test func aTwoHundredThousandVertexLayerPolygonIsClippedAndCapped() throws {
    let worker = try GeoWorker()
    let huge = Self.zigzagCircle(lon: 108.40, lat: 30.80, radius: 0.05, zigzag: 0.0004, count: 200_000)
    let layer = try GeoLayer(
      features: [GeoLayerFeature(fid: 1, attributes: ["id": "HUGE"], shape: huge)], worker: worker)
    #expect(layer.features[0].positionCount >= 200_000)
    // A unit across the circle's east edge.
    let unit = try worker.prepare(Shapes.rectangle(west: 108.44, south: 30.79, east: 108.46, north: 30.81))
    #expect(try worker.overlaps(of: unit, with: layer, where: nil).map(\.featureIndex) == [0])
    let sketch = try worker.sketchOverlap(of: unit, feature: 0, in: layer)
    let cap = GeoWorker.sketchVertexCap
    for outline in [sketch.subject, sketch.conflict, sketch.context] {
      #expect(!outline.isEmpty)
      #expect(outline.vertexCount <= cap, "\(outline.vertexCount) vertices")
    }
    // The teeth (about 45 m, several pixels) survive one pixel: the cap raised the tolerance.
    let pixel = (sketch.east - sketch.west) * sketch.metresPerDegreeLongitude / GeoWorker.sketchSize.width
    #expect(sketch.tolerance > pixel / sketch.metresPerDegreeLatitude)
    print("a 200,000-vertex layer polygon drawn with \(sketch.context.vertexCount) vertices (cap \(cap))")
    // The window holds the unit, with the map's aspect ratio in metres, and the clip stays near it.
    #expect(sketch.west <= 108.44 && sketch.east >= 108.46 && sketch.south <= 30.79 && sketch.north >= 30.81)
    let aspect =
      (sketch.east - sketch.west) * sketch.metresPerDegreeLongitude
      / ((sketch.north - sketch.south) * sketch.metresPerDegreeLatitude)
    #expect(abs(aspect - GeoWorker.sketchSize.width / GeoWorker.sketchSize.height) < 1e-9)
    let margin = (sketch.north - sketch.south) * 0.05 + 1e-9
    for path in sketch.context.polygons.flatMap({ $0 }) {
      #expect(path.longitudes.allSatisfy { $0 >= sketch.west - margin && $0 <= sketch.east + margin })
      #expect(path.latitudes.allSatisfy { $0 >= sketch.south - margin && $0 <= sketch.north + margin })
    }
  }

  /// Thinning keeps the cap whatever the shape: one long ring, or thousands of small parts (the last ones go).
  @Test func thinningKeepsTheCap() {
    let cap = GeoWorker.sketchVertexCap
    let long = GeoOutline.Path(
      longitudes: (0...9_999).map { Double($0) / 10_000 } + [0], latitudes: (0...9_999).map { _ in 0 } + [0])
    let ring = GeoWorker.thinned(GeoOutline(polygons: [[long]]))
    #expect(ring.vertexCount <= cap && ring.vertexCount > cap / 2)
    let first = ring.polygons[0][0]
    #expect(first.longitudes.first == 0 && first.longitudes.last == 0, "the ring stays closed")
    let pieces = (0..<2_000).map { index in
      GeoOutline.Path(longitudes: [Double(index), Double(index) + 0.5, Double(index) + 1], latitudes: [0, 1, 0])
    }
    let many = GeoWorker.thinned(GeoOutline(lines: pieces))
    #expect(many.vertexCount <= cap && !many.lines.isEmpty)
    // Within a pixel of the last vertex kept: dropped; the ends stay.
    let dense = GeoOutline.Path(longitudes: [0, 0.1, 0.2, 1.5, 1.6, 3], latitudes: [0, 0, 0, 0, 0, 0])
    let filtered = GeoWorker.radiallyFiltered(GeoOutline(lines: [dense]), tolerance: 1)
    #expect(filtered.lines[0].longitudes == [0, 1.5, 3])
  }

  @Test func theWindowsScaleIsTheEllipsoidsAtItsMiddleLatitude() throws {
    let worker = try GeoWorker()
    let unit = try worker.prepare(Shapes.rectangle(west: 105.0, south: 30.0, east: 105.02, north: 30.02))
    let sketch = try worker.sketch(of: unit)
    // CGCS2000 at 30.01°N. geographiclib (Geodesic(6378137, 1/298.257222101)): the meridian arc 29.51°–30.51°N is
    // 110,852.625 m; the geodesic between 104.5°E and 105.5°E on 30.01°N is 96,476.299 m (the parallel's arc, 0.3 m
    // longer, is N cos φ per degree).
    let phi = 30.01 * Double.pi / 180
    let e2 = (1 / 298.257222101) * (2 - 1 / 298.257222101)
    let w = 1 - e2 * sin(phi) * sin(phi)
    let m = 6_378_137 * (1 - e2) / pow(w, 1.5) * .pi / 180
    let n = 6_378_137 / w.squareRoot() * cos(phi) * .pi / 180
    #expect(abs(sketch.metresPerDegreeLatitude - m) < 1e-6)
    #expect(abs(sketch.metresPerDegreeLongitude - n) < 1e-6)
    #expect(abs(m - 110_852.625) < 0.05 && abs(n - 96_476.299) < 0.5, "\(m) \(n)")
    // A small unit is drawn whole: nothing to simplify away.
    #expect(sketch.subject.vertexCount == 5 && sketch.conflict.isEmpty && sketch.context.isEmpty)
  }

  @Test func anInvalidShapeIsDrawnAsWrittenWithItsMarkInTheWindow() throws {
    let worker = try GeoWorker()
    // A bowtie: the ring crosses itself at (108.39, 30.81).
    let bowtie = GeoShape(
      crs: .cgcs2000,
      polygons: [
        GeoPolygon(exterior: Shapes.ring([(108.38, 30.80), (108.40, 30.82), (108.40, 30.80), (108.38, 30.82)]))
      ])
    let shape = try worker.prepare(bowtie)
    let invalid = try #require(shape.invalidity)
    let sketch = try worker.sketch(of: shape, marking: [invalid.location])
    let ring = try #require(sketch.subject.polygons.first?.first)
    #expect(ring.longitudes == [108.38, 108.40, 108.40, 108.38, 108.38])
    #expect(ring.latitudes == [30.80, 30.82, 30.80, 30.82, 30.80])
    #expect(sketch.west < invalid.location.longitude && invalid.location.longitude < sketch.east)
  }

  @Test func aDistancesWindowHoldsBothEndsAndTheFeatureNearThem() throws {
    let worker = try GeoWorker()
    // A bank line 2 km south of a small unit.
    let bank = GeoShape(
      crs: .cgcs2000, polygons: [], lines: [[GeoPosition(30.78, 108.30), GeoPosition(30.78, 108.50)]])
    let layer = try GeoLayer(features: [GeoLayerFeature(fid: 7, attributes: [:], shape: bank)], worker: worker)
    let unit = try worker.prepare(Shapes.rectangle(west: 108.395, south: 30.798, east: 108.405, north: 30.805))
    let nearest = try #require(try worker.nearest(to: unit, in: layer, where: nil, within: .infinity))
    let sketch = try worker.sketchDistance(
      of: unit, feature: 0, in: layer, between: [nearest.pointOnShape, nearest.pointOnFeature])
    #expect(sketch.south < 30.78 && sketch.north > 30.805)
    // The 0.2°-long bank is clipped to the window.
    let line = try #require(sketch.context.lines.first)
    let margin = (sketch.north - sketch.south) * 0.05 + 1e-9
    #expect(line.longitudes.allSatisfy { $0 >= sketch.west - margin && $0 <= sketch.east + margin })
    #expect(sketch.corners.count == 3 && sketch.corners[0].crs == .cgcs2000)
  }
}
