import Foundation
import ShanshuiCore
import ShanshuiReports
import Testing

/// The HTML report's map of a spatial finding (`SpatialDetail.sketch`): drawn inline with every text escaped,
/// deterministic, and absent (with its style and script) where no finding has a sketch.
@Suite struct HTMLMapTests {
  static let hostileUnit = "<script>alert('unit')</script> & \"名称\""
  static let hostileFeature = "<img src=x onerror=alert(1)> 红线 & \"RL\""

  /// A square unit at 108.38–108.40°E, 30.80–30.82°N, a red-line feature over its east half, their overlap hatched.
  static func sketch() -> SpatialSketch {
    func square(_ west: Double, _ south: Double, _ east: Double, _ north: Double) -> SpatialSketch.Outline {
      SpatialSketch.Outline(polygons: [
        [
          SpatialSketch.Path(
            longitudes: [west, east, east, west, west], latitudes: [south, south, north, north, south])
        ]
      ])
    }
    let kx = 95_712.0
    let ky = 110_861.0
    // 3:2 in metres around the unit.
    let height = 0.03
    let width = height * ky / kx * 1.5
    let corner = { (lon: Double, lat: Double) in
      SpatialDetail.Point(crs: "EPSG:4490", first: lat, second: lon, longitude: lon, latitude: lat)
    }
    return SpatialSketch(
      kind: .layerOverlap, west: 108.39 - width / 2, south: 30.795, east: 108.39 + width / 2, north: 30.825,
      metresPerDegreeLongitude: kx, metresPerDegreeLatitude: ky, subject: square(108.38, 30.80, 108.40, 30.82),
      conflict: square(108.39, 30.80, 108.40, 30.82), context: square(108.39, 30.79, 108.45, 30.85),
      corners: [
        corner(108.39 - width / 2, 30.795), corner(108.39 + width / 2, 30.795), corner(108.39 - width / 2, 30.825),
      ])
  }

  static func report(language: Language, sketch: SpatialSketch? = sketch()) -> Report {
    var finding = Finding(
      ruleID: "SS-GEO-005", severity: .error, theme: "spatial", title: LocalizedText("t"),
      message: LocalizedText("overlaps"), location: SourceLocation(file: "a.xml", line: 12),
      path: "/submission/units/unit[1]/geometry", anchoredPath: "unit[@id='U1']/geometry", profile: .chongqing,
      parameter: nil, notes: [], sources: [])
    var detail = SpatialDetail(
      unitID: "U1\"><b>", unitName: hostileUnit, geometryLine: 12,
      point: SpatialDetail.Point(crs: "EPSG:4490", first: 30.81, second: 108.395, longitude: 108.395, latitude: 30.81),
      feature: SpatialDetail.Feature(role: "ecological-red-line", id: "RL-1", name: hostileFeature),
      areaSquareMetres: 2_120_000, area: 212, areaUnit: "ha", sharePercent: 50)
    detail.sketch = sketch
    finding.spatial = detail
    return Report(
      toolVersion: "0.1.0", standard: nil,
      files: [FileResult(path: "a.xml", status: .checked, findings: [finding], profiles: [.chongqing])],
      language: language)
  }

  @Test(arguments: [Language.zh, .en])
  func aMapIsDrawnWithEveryTextEscaped(language: Language) throws {
    let html = HTMLReporter.render(Self.report(language: language))
    #expect(html.components(separatedBy: "<figure class=\"map\"").count == 2)
    #expect(html.contains("data-rule=\"SS-GEO-005\" data-unit=\"U1&quot;&gt;&lt;b&gt;\" data-line=\"12\""))
    // Names from the submission and the layer never become markup, in titles, labels or the legend.
    #expect(!html.contains("<script>alert"))
    #expect(!html.contains("<img src=x"))
    #expect(!html.contains("<b>"))
    #expect(html.contains("&lt;script&gt;alert(&#39;unit&#39;)&lt;/script&gt; &amp; &quot;名称&quot;"))
    #expect(html.contains("&lt;img src=x onerror=alert(1)&gt;"))
    // The hatch pattern, the three shapes, the scale bar, the north arrow and the legend.
    #expect(html.contains("<pattern id=\"map-0-0-hatch\""))
    #expect(html.contains("fill=\"url(#map-0-0-hatch)\""))
    #expect(html.components(separatedBy: "fill-rule=\"evenodd\"").count == 4)
    #expect(html.contains(language == .zh ? ">北</text>" : ">N</text>"))
    #expect(html.contains(language == .zh ? ">1 千米</text>" : ">1 km</text>"))
    #expect(html.contains("class=\"legend\""))
    #expect(html.contains(language == .zh ? "重叠部分 212 公顷" : "overlap 212 ha"))
    // Coordinates on hover: the finding's point in lon/lat and the input CRS.
    #expect(html.contains("108.395000°E, 30.810000°N"))
    #expect(html.contains("EPSG:4490: 30.81 108.395"))
    #expect(html.contains("data-crs=\"EPSG:4490\""))
    // The maps' style and script come with the maps.
    #expect(html.contains("figure.map{"))
    #expect(html.contains("svg.map-svg"))
  }

  @Test func theMapIsDeterministicAndInThePagesOwnAssetsOnly() {
    let first = HTMLReporter.render(Self.report(language: .zh))
    #expect(first == HTMLReporter.render(Self.report(language: .zh)))
    // No external reference: only the SVG namespace URI, which is never fetched.
    let figure = first.components(separatedBy: "<figure class=\"map\"")[1]
    #expect(!figure.contains("href"))
    #expect(figure.components(separatedBy: "http").count == 2)
    #expect(figure.contains("xmlns=\"http://www.w3.org/2000/svg\""))
  }

  @Test func withoutASketchThereIsNoMapNorItsAssets() {
    let html = HTMLReporter.render(Self.report(language: .en, sketch: nil))
    #expect(!html.contains("<figure"))
    #expect(!html.contains("figure.map{"))
    #expect(!html.contains("svg.map-svg"))
    // The finding's spatial sentence is still there.
    #expect(html.contains("<div class=\"spatial\">unit U1"))
  }

  @Test func theProjectionKeepsMetresEqualAlongBothAxes() throws {
    let html = HTMLReporter.render(Self.report(language: .en))
    // 480 px wide; the window's height in metres over the width's gives the height in pixels: 320 for 3:2.
    #expect(html.contains("viewBox=\"0 0 480 320\""))
    // The unit's west edge at 108.38°E: (108.38 − west) · kx / (metres per pixel).
    let sketch = Self.sketch()
    let metresPerPixel = (sketch.east - sketch.west) * sketch.metresPerDegreeLongitude / 480
    let x = (108.38 - sketch.west) * sketch.metresPerDegreeLongitude / metresPerPixel
    let y = (sketch.north - 30.82) * sketch.metresPerDegreeLatitude / metresPerPixel
    #expect(html.contains(String(format: "L%.1f %.1f", x, y)))
  }

  @Test func aFacilityIsNamedFromItsPath() {
    var report = Self.report(language: .zh)
    report.files[0].findings[0].path = "/submission/corridor/facility[2]"
    report.files[0].findings[0].spatial?.unitID = nil
    report.files[0].findings[0].spatial?.unitName = nil
    let html = HTMLReporter.render(report)
    #expect(html.contains(">设施 2</text>"))
  }
}
