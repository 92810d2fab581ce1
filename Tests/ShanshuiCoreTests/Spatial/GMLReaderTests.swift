import Foundation
import ShanshuiCore
import ShanshuiGeo
import ShanshuiXML
import Testing

/// GMLReader: GML 3.2 polygons into `GeoShape`s, and every refusal with its code and place.
@Suite struct GMLReaderTests {
  typealias Doc = GMLTestDocuments

  @Test func readsAPolygonInEPSGAxisOrder() throws {
    let geometry = try #require(try Doc.read(Doc.polygon()).value)
    #expect(geometry.shape.crs == .cgcs2000)
    #expect(geometry.srsName == "EPSG:4490")
    #expect(geometry.line == 3)
    let ring = try #require(geometry.shape.polygons.first?.exterior)
    #expect(ring.count == 5)
    // Latitude first, as EPSG:4490 defines it and as written.
    #expect(ring[1] == GeoPosition(30.18, 105.85))
    #expect(geometry.shape.lines.isEmpty)
  }

  /// The three accepted spellings of each supported CRS name the same CRS.
  @Test(arguments: GeoCRS.all.flatMap { crs in SRSName.spellings(of: crs).map { (crs, $0) } })
  func everyAcceptedSRSNameSpelling(crs: GeoCRS, spelling: String) throws {
    let geometry = try #require(try Doc.read(Doc.polygon(srsName: spelling)).value)
    #expect(geometry.shape.crs == crs)
    #expect(geometry.srsName == spelling)
  }

  @Test func theLegacyFormIsRefusedWithE603AtTheAttribute() throws {
    let problem = try #require(
      try Doc.read(Doc.polygon(srsName: "http://www.opengis.net/gml/srs/epsg.xml#4490")).problem)
    #expect(problem.code == .srsNameLegacy)
    #expect(problem.line == 4)
    // `<gml:Polygon srsName=…`: the attribute starts at column 14.
    #expect(problem.column == 14)
    #expect(problem.message.en?.contains("axis order") == true)
    #expect(problem.message.en?.contains("urn:ogc:def:crs:EPSG::4490") == true)
    #expect(problem.message.zh?.contains("轴序") == true)
  }

  @Test(arguments: ["EPSG:4326", "urn:ogc:def:crs:OGC:1.3:CRS84", "EPSG:4547", "", "EPSG:4490x"])
  func otherSRSNamesAreE602(srsName: String) throws {
    let problem = try #require(try Doc.read(Doc.polygon(srsName: srsName)).problem)
    #expect(problem.code == .srsNameUnsupported)
    #expect(problem.line == 4 && problem.column == 14)
  }

  @Test func aGeometryWithoutSRSNameIsE601() throws {
    let inner = Doc.polygon().replacingOccurrences(of: " srsName=\"EPSG:4490\"", with: "")
    let problem = try #require(try Doc.read(inner).problem)
    #expect(problem.code == .geometryMalformed)
    #expect(problem.message.en?.contains("no srsName") == true)
    #expect(problem.line == 4 && problem.column == 1)
  }

  @Test func aNestedSRSNameMayRepeatButNotChangeTheCRS() throws {
    let same = Doc.polygon().replacingOccurrences(
      of: "<gml:LinearRing>", with: "<gml:LinearRing srsName=\"urn:ogc:def:crs:EPSG::4490\">")
    #expect(try Doc.read(same).value != nil)
    let other = Doc.polygon().replacingOccurrences(
      of: "<gml:LinearRing>", with: "<gml:LinearRing srsName=\"EPSG:4545\">")
    let problem = try #require(try Doc.read(other).problem)
    #expect(problem.code == .geometryMalformed)
    #expect(problem.message.en?.contains("one CRS") == true)
  }

  @Test func positionsAsGMLPos() throws {
    let inner = """
      <gml:Polygon srsName="EPSG:4545"><gml:exterior><gml:LinearRing>
        <gml:pos>3340000 500000</gml:pos><gml:pos>3340000 500100</gml:pos>
        <gml:pos>3340100 500100</gml:pos><gml:pos>3340000 500000</gml:pos>
      </gml:LinearRing></gml:exterior></gml:Polygon>
      """
    let geometry = try #require(try Doc.read(inner).value)
    // EPSG:4545: CGCS2000 / 3-degree Gauss-Kruger CM 108E (zone 36, no prefix).
    #expect(geometry.shape.crs == .gaussKruger(zone: 36, zonePrefix: false))
    #expect(
      geometry.shape.polygons[0].exterior == [
        GeoPosition(3_340_000, 500_000), GeoPosition(3_340_000, 500_100), GeoPosition(3_340_100, 500_100),
        GeoPosition(3_340_000, 500_000),
      ])
  }

  @Test func aMultiSurfaceWithHolesAndBothMemberForms() throws {
    let ring = "30 105 30 105.1 30.1 105.1 30.1 105 30 105"
    let hole = "30.02 105.02 30.08 105.02 30.08 105.08 30.02 105.02"
    let polygon = { (list: String) in
      "<gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>\(list)</gml:posList></gml:LinearRing></gml:exterior>"
        + "<gml:interior><gml:LinearRing><gml:posList>\(hole)</gml:posList></gml:LinearRing></gml:interior></gml:Polygon>"
    }
    let inner = """
      <gml:MultiSurface srsName="urn:ogc:def:crs:EPSG::4490" gml:id="m1">
        <gml:description>synthetic</gml:description>
        <gml:surfaceMember>\(polygon(ring))</gml:surfaceMember>
        <gml:surfaceMembers>\(polygon(ring))\(polygon(ring))</gml:surfaceMembers>
      </gml:MultiSurface>
      """
    let geometry = try #require(try Doc.read(inner).value)
    #expect(geometry.shape.polygons.count == 3)
    #expect(geometry.shape.polygons.allSatisfy { $0.interiors.count == 1 && $0.exterior.count == 5 })
    #expect(geometry.shape.positionCount == 27)
  }

  @Test func anUnclosedRingIsE601AtTheRing() throws {
    let problem = try #require(
      try Doc.read(Doc.polygon(posList: "30.18 105.84 30.18 105.85 30.19 105.85 30.19 105.84")).problem)
    #expect(problem.code == .geometryMalformed)
    #expect(problem.message.en?.contains("not closed") == true)
    #expect(problem.line == 5)
    // `  <gml:exterior><gml:LinearRing>`: the ring's start tag is at column 17.
    #expect(problem.column == 17)
  }

  @Test func aRingOfFewerThanFourPositionsIsE601() throws {
    let problem = try #require(try Doc.read(Doc.polygon(posList: "30 105 30 106 30 105")).problem)
    #expect(problem.code == .geometryMalformed)
    #expect(problem.message.en?.contains("at least four") == true)
  }

  @Test func anOddCoordinateCountIsE601() throws {
    let problem = try #require(try Doc.read(Doc.polygon(posList: "30 105 30 106 31 106 30")).problem)
    #expect(problem.code == .geometryMalformed)
    #expect(problem.message.en?.contains("7 numbers") == true)
  }

  /// Each bad number is pointed at: the column of the token itself.
  @Test(arguments: [
    ("NaN", "not a finite"), ("INF", "not a finite"), ("1e999", "not a finite"), ("abc", "not a number"),
    ("0x1p3", "not a number"), ("1,5", "not a number"),
  ])
  func aBadCoordinateIsE601AtItsColumn(token: String, reason: String) throws {
    let problem = try #require(
      try Doc.read(Doc.polygon(posList: "30.18 105.84 30.18 \(token) 30.19 105.85 30.19 105.84 30.18 105.84")).problem)
    #expect(problem.code == .geometryMalformed)
    #expect(problem.message.en?.contains(reason) == true)
    #expect(problem.message.en?.contains("\"\(token)\"") == true)
    // `  <gml:exterior><gml:LinearRing><gml:posList>30.18 105.84 30.18 ` is 64 characters.
    #expect(problem.line == 5 && problem.column == 65)
  }

  @Test func withoutTheSourceTheLineIsKnownAndTheColumnIsNot() throws {
    let (geometry, _) = try Doc.geometry(Doc.text(Doc.polygon(posList: "30 105 30 NaN 31 106 30 105")))
    var reader = GMLReader()
    let problem = try #require(reader.read(geometry).problem)
    #expect(problem.code == .geometryMalformed)
    #expect(problem.line == 5 && problem.column == 0)
    #expect(problem.diagnostic(file: "g.xml").location == SourceLocation(file: "g.xml", line: 5, column: 0))
  }

  @Test func onlyTwoDimensions() throws {
    let problem = try #require(try Doc.read(Doc.polygon(attributes: " srsDimension=\"3\"")).problem)
    #expect(problem.code == .geometryMalformed)
    #expect(problem.message.en?.contains("two-dimensional") == true)
    let list = Doc.polygon().replacingOccurrences(
      of: "<gml:posList>", with: "<gml:posList srsDimension=\"2\" count=\"5\">")
    #expect(try Doc.read(list).value != nil)
    let wrongCount = Doc.polygon().replacingOccurrences(of: "<gml:posList>", with: "<gml:posList count=\"4\">")
    #expect(try Doc.read(wrongCount).problem?.code == .geometryMalformed)
  }

  @Test(arguments: [
    ("", "is empty"),
    ("<gml:Point srsName=\"EPSG:4490\"><gml:pos>30 105</gml:pos></gml:Point>", "not accepted"),
    ("<Polygon srsName=\"EPSG:4490\"/>", "namespace urn:shanshui:submission:1"),
    ("<gml:Polygon srsName=\"EPSG:4490\"/>", "no gml:exterior"),
    (
      "<gml:Polygon srsName=\"EPSG:4490\"><gml:exterior><gml:LinearRing><gml:coordinates>105,30 106,30</gml:coordinates>"
        + "</gml:LinearRing></gml:exterior></gml:Polygon>", "deprecated"
    ),
    (polygonPair, "one too many"),
  ])
  func structureProblemsAreE601(inner: String, expected: String) throws {
    let problem = try #require(try Doc.read(inner).problem)
    #expect(problem.code == .geometryMalformed)
    #expect(problem.message.en?.contains(expected) == true, "\(problem.message.en ?? "")")
    #expect(problem.line >= 3)
  }

  static let polygonPair = GMLTestDocuments.polygon() + GMLTestDocuments.polygon()

  /// Lines only when asked for (layer features in rule examples), never in a submission's geometry.
  @Test func linesOnlyBehindTheFlag() throws {
    let line = "<gml:LineString srsName=\"EPSG:4490\"><gml:posList>30 105 30.1 105.1</gml:posList></gml:LineString>"
    #expect(try Doc.read(line).problem?.code == .geometryMalformed)
    let read = try #require(try Doc.read(line, options: .init(acceptsLines: true)).value)
    #expect(read.shape.lines == [[GeoPosition(30, 105), GeoPosition(30.1, 105.1)]])
    let multi = """
      <gml:MultiCurve srsName="EPSG:4490"><gml:curveMember>\(line.replacingOccurrences(of: " srsName=\"EPSG:4490\"", with: ""))</gml:curveMember>
      <gml:curveMembers><gml:LineString><gml:pos>30 105</gml:pos><gml:pos>31 105</gml:pos></gml:LineString></gml:curveMembers></gml:MultiCurve>
      """
    #expect(try Doc.read(multi).problem?.code == .geometryMalformed)
    #expect(try Doc.read(multi, options: .init(acceptsLines: true)).value?.shape.lines.count == 2)
    let short = "<gml:LineString srsName=\"EPSG:4490\"><gml:posList>30 105</gml:posList></gml:LineString>"
    #expect(try Doc.read(short, options: .init(acceptsLines: true)).problem?.code == .geometryMalformed)
  }
}

/// Coordinates are read exactly as Swift's own `Double(_:)` (correctly rounded) reads them, the fast path included.
@Suite struct GMLCoordinateValueTests {
  @Test func everyLiteralReadsAsDoubleWould() throws {
    var generator = SystemRandomNumberGenerator()
    var literals: [String] = [
      "0", "-0", "+1", "1.", ".5", "30.18", "105.849999999999994315658113919198513031005859375", "3340000.000",
      "1e22", "1e23", "9007199254740993", "123456789012345678901234567890", "0.000000000000000000000001", "-2.5E-3",
      "4.9e-324", "1.7976931348623157e308",
    ]
    for _ in 0..<2_000 {
      let integer = Int.random(in: -200...4_000_000, using: &generator)
      let fraction = String(UInt64.random(in: 0...UInt64.max, using: &generator)).prefix(Int.random(in: 0...19))
      let exponent = Bool.random(using: &generator) ? "e\(Int.random(in: -30...30, using: &generator))" : ""
      literals.append("\(integer)\(fraction.isEmpty ? "" : ".")\(fraction)\(exponent)")
    }
    if literals.count % 2 == 1 { literals.append("0") }
    let inner = GMLTestDocuments.polygon(posList: (literals + [literals[0], literals[1]]).joined(separator: " "))
    let geometry = try #require(try GMLTestDocuments.read(inner).value)
    let read = geometry.shape.polygons[0].exterior.flatMap { [$0.first, $0.second] }
    let expected = try (literals + [literals[0], literals[1]]).map { try #require(Double($0)) }
    #expect(read.count == expected.count)
    let differing = zip(read, expected).enumerated().filter { $0.element.0.bitPattern != $0.element.1.bitPattern }
    #expect(differing.isEmpty, "\(differing.prefix(5).map { literals[$0.offset] })")
  }
}
