import Foundation
import ShanshuiCore
import ShanshuiGeo
import ShanshuiXML
import Testing

/// The GML reader's defences: references are refused unread (E606), and positions are counted against the file's
/// limit while they are read (E605), so an oversized geometry stops early.
@Suite struct GMLReaderLimitsTests {
  typealias Doc = GMLTestDocuments

  /// An `xlink:href` anywhere is E606 before anything else is looked at: a polygon that is only a reference has no
  /// rings, and still gets E606, not "no exterior".
  @Test(arguments: [
    "<gml:Polygon srsName=\"EPSG:4490\" xlink:href=\"http://127.0.0.1:9/poly.gml\"/>",
    "<gml:Polygon srsName=\"EPSG:4490\"><gml:exterior xlink:href=\"file:///etc/passwd\"/></gml:Polygon>",
    "<gml:MultiSurface srsName=\"EPSG:4490\"><gml:surfaceMember xlink:href=\"#p1\"/></gml:MultiSurface>",
    GMLTestDocuments.polygon().replacingOccurrences(
      of: "<gml:posList>", with: "<gml:posList xlink:type=\"simple\" xlink:href=\"https://example.org/c.txt\">"),
  ])
  func xlinkIsRefusedUnread(inner: String) throws {
    let problem = try #require(try Doc.read(inner).problem)
    #expect(problem.code == .geometryReferenceRefused)
    #expect(problem.message.en?.contains("never fetches") == true)
    #expect(problem.message.zh?.contains("从不读取外部引用") == true)
    #expect(problem.column > 1)
  }

  @Test func xlinkOnTheContainerIsRefusedToo() throws {
    let text = Doc.text(Doc.polygon()).replacingOccurrences(
      of: "<geometry>", with: "<geometry xlink:href=\"http://127.0.0.1:9/g.gml\">")
    let (geometry, bytes) = try Doc.geometry(text)
    var reader = GMLReader(source: bytes)
    let problem = try #require(reader.read(geometry).problem)
    #expect(problem.code == .geometryReferenceRefused)
    // `<geometry xlink:href=…`: the attribute at column 11 of line 3.
    #expect(problem.line == 3 && problem.column == 11)
  }

  /// The limit is per file: one reader's geometries share it.
  @Test func theLimitCountsEveryGeometryOfTheFile() throws {
    let (geometry, bytes) = try Doc.geometry(Doc.text(Doc.polygon()))
    var reader = GMLReader(options: .init(maxPositions: 12), source: bytes)
    #expect(reader.read(geometry).value != nil)
    #expect(reader.read(geometry).value != nil)
    #expect(reader.positionsRead == 10)
    let problem = try #require(reader.read(geometry).problem)
    #expect(problem.code == .geometryTooLarge)
    #expect(problem.message.en?.contains("more than 12 positions") == true)
    #expect(problem.message.en?.contains("--max-geometry-positions") == true)
    #expect(reader.positionsRead == 12)
  }

  /// A ring of 100,000 gml:pos elements against a limit of 1,000: reading stops at the 1,001st.
  @Test func aRingOfManyGMLPosStopsAtTheLimit() throws {
    var inner = "<gml:Polygon srsName=\"EPSG:4490\"><gml:exterior><gml:LinearRing>\n"
    for index in 0..<100_000 { inner += "<gml:pos>\(index % 90) \(index % 180)</gml:pos>\n" }
    inner += "<gml:pos>0 0</gml:pos></gml:LinearRing></gml:exterior></gml:Polygon>"
    let (geometry, bytes) = try Doc.geometry(Doc.text(inner))
    var reader = GMLReader(options: .init(maxPositions: 1_000), source: bytes)
    let problem = try #require(reader.read(geometry).problem)
    #expect(problem.code == .geometryTooLarge)
    #expect(reader.positionsRead == 1_000)
    // The 1,001st gml:pos: line 4 holds the Polygon's start tag, position n (1-based) is on line 4 + n.
    #expect(problem.line == 4 + 1_001 && problem.column == 1)
  }

  /// 5 million vertices (5,000 rings of 1,000 positions in one MultiSurface): the reader stops at the default limit
  /// of 1,000,000, having read exactly that many, in a fraction of the time the whole would take.
  @Test func fiveMillionVerticesStopEarly() throws {
    let ringPositions = 1_000
    var ring = ""
    ring.reserveCapacity(ringPositions * 8)
    for index in 0..<(ringPositions - 1) { ring += "\(index % 89) \(index % 97) " }
    ring += "0 0"
    let polygon =
      "<gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>\(ring)</gml:posList>"
      + "</gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>\n"
    var inner = "<gml:MultiSurface srsName=\"EPSG:4545\">\n"
    inner.reserveCapacity(polygon.utf8.count * 5_000 + 100)
    for _ in 0..<5_000 { inner += polygon }
    inner += "</gml:MultiSurface>"
    let (geometry, bytes) = try Doc.geometry(Doc.text(inner))
    var reader = GMLReader(source: bytes)
    let clock = ContinuousClock()
    var result: Result<GMLGeometry, GMLProblem>?
    let elapsed = clock.measure { result = reader.read(geometry) }
    let problem = try #require(result?.problem)
    #expect(problem.code == .geometryTooLarge)
    #expect(reader.positionsRead == GMLReader.Options.defaultMaxPositions)
    // Ring 1,001 (1-based) holds position 1,000,001: line 4 is the MultiSurface, ring n is on line 4 + n.
    #expect(problem.line == 4 + 1_001)
    let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
    print(
      "GML reader: 5,000,000-vertex geometry (\(bytes.count) bytes) refused after 1,000,000 positions in \(seconds) s")
    // A generous bound on a shared machine (measured 0.96 s in a debug build); a reader that read all 5 million or
    // walked the tree quadratically would not meet it.
    #expect(seconds < 10)
  }
}

/// Many bad geometries in one file: each problem is placed (line and column) without reading the file again from the
/// top, so 5,000 refusals cost about one pass over the file.
@Suite struct GMLManyProblemsTests {
  @Test func fiveThousandProblemsAreEachPlacedInOnePass() throws {
    var text = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<doc xmlns=\"urn:shanshui:submission:1\""
    text += " xmlns:gml=\"http://www.opengis.net/gml/3.2\">\n"
    let legacy = "http://www.opengis.net/gml/srs/epsg.xml#4490"
    for index in 0..<5_000 {
      let srsName = index % 2 == 0 ? legacy : "EPSG:4490"
      let list = index % 2 == 0 ? GMLTestDocuments.squarePosList : "30 105 30 106 31 106 NaN 105"
      text += "<unit><geometry><gml:Polygon srsName=\"\(srsName)\"><gml:exterior><gml:LinearRing><gml:posList>"
      text += "\(list)</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></geometry></unit>\n"
    }
    text += "</doc>\n"
    let bytes = Array(text.utf8)
    let document = try XMLDocument.parse(bytes, url: "many.xml", dropIgnorableWhitespace: true)
    let units = try #require(document.root).childElements
    var reader = GMLReader(source: bytes)
    let clock = ContinuousClock()
    var problems: [GMLProblem] = []
    let elapsed = clock.measure {
      for unit in units {
        if let geometry = unit.firstChildElement, let problem = reader.read(geometry).problem {
          problems.append(problem)
        }
      }
    }
    #expect(problems.count == 5_000)
    // Unit n (0-based) is on line n + 3: the legacy srsName at column 30, the NaN at column 114.
    for (index, problem) in problems.enumerated() {
      let expected = index % 2 == 0 ? (ErrorCode.srsNameLegacy, 30) : (ErrorCode.geometryMalformed, 114)
      #expect(problem.code == expected.0 && problem.line == index + 3 && problem.column == expected.1)
      if problem.line != index + 3 || problem.column != expected.1 { break }
    }
    print("GML reader: 5,000 problems placed in \(elapsed)")
    #expect(elapsed < .seconds(10))
    // Out of document order, each is still placed right (the counts start again from the top).
    var backwards = GMLReader(source: bytes)
    for index in stride(from: 9, through: 0, by: -1) {
      let geometry = try #require(units[index].firstChildElement)
      let problem = try #require(backwards.read(geometry).problem)
      #expect(problem.line == index + 3 && problem.column == (index % 2 == 0 ? 30 : 114))
    }
  }
}
