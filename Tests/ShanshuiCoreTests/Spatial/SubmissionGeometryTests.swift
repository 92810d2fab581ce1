import Foundation
import ShanshuiCore
import ShanshuiGeo
import ShanshuiTestSupport
import ShanshuiXML
import Testing

/// `shanshui generate --format-version 2 --geometry`: units with valid, disjoint geometry of their declared areas
/// inside the project boundary, checked by an independent implementation (pyproj, geographiclib, Shapely:
/// scripts/generated-geometry-oracle.py).
@Suite struct SubmissionGeometryTests {
  static let standard = try? BundledTestStandard.standard()

  struct Generated {
    var text: String
    var boundary: GMLGeometry
    var units: [GMLGeometry]
    var declaredHectares: [Double]
  }

  static func generate(units: Int, crs: SubmissionGenerator.GeometryCRS, seed: UInt64 = 1) throws -> Generated {
    let base = try #require(standard?.exampleBase)
    let bytes = try SubmissionGenerator(units: units, seed: seed, formatVersion: 2, geometry: crs).generate(from: base)
    let document = try XMLDocument.parse(bytes, url: "generated.xml", dropIgnorableWhitespace: true)
    let root = try #require(document.root)
    let name = { (local: String) in XMLName(local, namespace: Namespaces.submission) }
    var reader = GMLReader(source: bytes)
    let location = try #require(root.firstChild(named: name("location")))
    let boundary = try reader.read(try #require(location.firstChild(named: name("geometry")))).get()
    let unitElements = try #require(root.firstChild(named: name("units"))).children(named: name("unit"))
    let read = try unitElements.map { try reader.read(try #require($0.firstChild(named: name("geometry")))).get() }
    let areas = try unitElements.map { unit -> Double in
      let area = try #require(unit.firstChild(named: name("area")))
      #expect(area.attribute("unit") == "ha")
      return try #require(Double(area.stringValue))
    }
    return Generated(
      text: String(decoding: bytes, as: UTF8.self), boundary: boundary, units: read, declaredHectares: areas)
  }

  struct OracleVerdict: Decodable {
    var maxRelativeAreaDifference: Double
    var units: Int
    var withinBoundary: Int
    var intersectingPairs: Int
    var valid: Bool
  }

  static func oracle(_ generated: Generated) throws -> OracleVerdict {
    let rings = { (geometry: GMLGeometry) in geometry.shape.polygons[0].exterior.map { [$0.first, $0.second] } }
    let input: [String: Any] = [
      "epsg": generated.boundary.shape.crs.epsg, "boundary": rings(generated.boundary),
      "units": generated.units.map(rings), "declared": generated.declaredHectares.map { $0 * 10_000 },
    ]
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["python3", Repository.url("scripts/generated-geometry-oracle.py").path]
    let stdin = Pipe()
    let stdout = Pipe()
    let stderr = Pipe()
    process.standardInput = stdin
    process.standardOutput = stdout
    process.standardError = stderr
    try process.run()
    stdin.fileHandleForWriting.write(try JSONSerialization.data(withJSONObject: input))
    try stdin.fileHandleForWriting.close()
    let output = stdout.fileHandleForReading.readDataToEndOfFile()
    let errors = String(decoding: stderr.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    // Never skipped: without python3, pyproj, geographiclib or shapely (scripts/setup) the test fails.
    #expect(process.terminationStatus == 0, "the geometry oracle could not run (scripts/setup): \(errors)")
    return try JSONDecoder().decode(OracleVerdict.self, from: output)
  }

  @Test(arguments: SubmissionGenerator.GeometryCRS.allCases)
  func unitsAreDisjointSquaresOfTheirAreaInsideTheBoundary(crs: SubmissionGenerator.GeometryCRS) throws {
    let generated = try Self.generate(units: 60, crs: crs)
    #expect(generated.units.count == 60)
    let expected: GeoCRS =
      switch crs {
      case .geographic: .cgcs2000
      case .gaussKruger: .gaussKruger(zone: 36, zonePrefix: false)
      case .gaussKrugerPrefixed: .gaussKruger(zone: 36, zonePrefix: true)
      }
    #expect(([generated.boundary] + generated.units).allSatisfy { $0.shape.crs == expected })
    let verdict = try Self.oracle(generated)
    print(
      "generated geometry (\(crs.rawValue), 60 units): largest area difference \(verdict.maxRelativeAreaDifference),"
        + " \(verdict.withinBoundary)/60 within the boundary, \(verdict.intersectingPairs) intersecting pairs")
    #expect(verdict.valid)
    #expect(verdict.units == 60 && verdict.withinBoundary == 60 && verdict.intersectingPairs == 0)
    // EPSG:4490 squares are laid out with the ellipsoid's radii (about 1e-6, plus coordinates rounded to 1e-7°:
    // measured 5.4e-6); a Gauss–Krüger square is off by the zone's scale factor squared, here (万州, about 40 km
    // east of 108°E) under 1e-4 (measured 6.9e-5).
    #expect(verdict.maxRelativeAreaDifference < (crs == .geographic ? 1e-5 : 1e-4))
  }

  /// The layout stays county-sized however many units: 2,500 units fit in about 30 km, still disjoint and inside.
  @Test func manyUnitsStayInACountySizedLayout() throws {
    let generated = try Self.generate(units: 2_500, crs: .geographic)
    let positions = generated.boundary.shape.polygons[0].exterior
    let latitudes = positions.map(\.first)
    let longitudes = positions.map(\.second)
    let span = try (#require(latitudes.max()) - #require(latitudes.min()))
    #expect(span < 0.3)  // degrees of latitude: about 33 km
    #expect(try #require(longitudes.min()) > 108.2 && #require(longitudes.max()) < 108.6)
    let verdict = try Self.oracle(generated)
    #expect(verdict.withinBoundary == 2_500 && verdict.intersectingPairs == 0 && verdict.valid)
    // Units of 3 ha (173 m squares): coordinates written to 1e-7° (about 1 cm) move each side by up to about 1 cm,
    // a relative area of about 1e-4 at most (measured 4.2e-5).
    #expect(verdict.maxRelativeAreaDifference < 1e-4)
  }

  /// Geometry is added to what the generator writes without it: the same units, areas and budgets, for few units.
  @Test func geometryAddsToTheSameSubmission() throws {
    let base = try #require(Self.standard?.exampleBase)
    let plain = String(
      decoding: try SubmissionGenerator(units: 20, formatVersion: 2).generate(from: base), as: UTF8.self)
    let generated = try Self.generate(units: 20, crs: .geographic)
    let stripped = generated.text.replacing(#/\n *<geometry>.*?</geometry>/#, with: "").replacingOccurrences(
      of: " xmlns:gml=\"http://www.opengis.net/gml/3.2\"", with: "")
    #expect(stripped == plain)
  }

  @Test func theGeneratedSubmissionIsValidAndFindsNothing() throws {
    let standard = try #require(Self.standard)
    let generated = try Self.generate(units: 40, crs: .gaussKruger)
    let result = Validator(standard: standard).validate(
      bytes: Array(generated.text.utf8), path: "generated.xml", selection: .auto)
    #expect(result.status == .checked, "\(result.diagnostics.prefix(3).map { $0.message.text(.en) })")
    #expect(result.findings.map(\.ruleID).isEmpty)
  }
}

/// `shanshui init` shows a commented `<geometry>` in the boundary and the unit: uncommented with its coordinates
/// replaced it is valid version-2 GML; uncommented as it is, its placeholders are refused (never a silent pass).
@Suite struct SkeletonGeometryTests {
  static func skeleton() throws -> (String, Standard) {
    let standard = try BundledTestStandard.standard()
    return (
      SubmissionSkeleton(province: .chongqing, projectType: "ssw").render(index: RuleFieldIndex(standard: standard)),
      standard
    )
  }

  /// The skeleton with the comments that hold a `<geometry>` turned into markup.
  static func uncommented(_ text: String) -> String {
    text.replacing(#/<!-- ((?:项目边界|单元范围)[^\n]*)\n((?:.*\n)*?)( *)-->\n/#) { match in
      "<!-- \(match.output.1) -->\n\(match.output.2)"
    }
  }

  static func geometries(_ document: XMLDocument) throws -> [XMLNode] {
    var found: [XMLNode] = []
    func collect(_ node: XMLNode) {
      if node.localName == "geometry" { found.append(node) }
      node.forEachChildElement(collect)
    }
    collect(try #require(document.root))
    return found
  }

  @Test func theExamplesAreInTheBoundaryAndTheUnit() throws {
    let (text, _) = try Self.skeleton()
    let open = Self.uncommented(text)
    #expect(open.components(separatedBy: "<geometry>").count == 3)
    #expect(text.components(separatedBy: "<geometry>").count == 3)
    #expect(text.contains("urn:ogc:def:crs:EPSG::4490") && text.contains("epsg.xml#4490（轴序不明）"))
  }

  @Test func uncommentedWithCoordinatesTheyRead() throws {
    let (text, standard) = try Self.skeleton()
    let filled = Self.uncommented(text).replacingOccurrences(
      of: "纬度1 经度1 纬度2 经度2 纬度3 经度3 纬度1 经度1", with: "29.56 106.55 29.56 106.56 29.57 106.56 29.56 106.55")
    let bytes = Array(filled.utf8)
    // Schema-valid: the examples sit where the schema wants them (the last child).
    let document = try Validator(standard: standard).prepare(bytes: bytes, path: "init.xml").get()
    let geometries = try Self.geometries(document)
    #expect(geometries.count == 2)
    var reader = GMLReader(source: bytes)
    for geometry in geometries {
      let read = try reader.read(geometry).get()
      #expect(read.shape.crs == .cgcs2000 && read.shape.polygons.count == 1)
    }
    // Left as they are, the placeholders are not numbers: E601 at the first of them.
    let raw = Array(Self.uncommented(text).utf8)
    let rawDocument = try Validator(standard: standard).prepare(bytes: raw, path: "init.xml").get()
    let first = try #require(try Self.geometries(rawDocument).first)
    var rawReader = GMLReader(source: raw)
    let problem = try #require(rawReader.read(first).problem)
    #expect(problem.code == .geometryMalformed && problem.message.zh?.contains("纬度1") == true)
    #expect(problem.column > 0)
  }
}
