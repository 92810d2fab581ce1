import Foundation
import ShanshuiTestSupport
import Testing

/// `shanshui generate --format-version 2 --geometry [--geometry-crs …]` from the command line.
@Suite struct GenerateGeometryCommandTests {
  @Test(arguments: [
    ("geographic", "EPSG::4490"), ("gauss-kruger", "EPSG::4545"), ("gauss-kruger-prefixed", "EPSG::4524"),
  ])
  func writesGeometryInTheChosenCRSAndChecksClean(crs: String, srsName: String) throws {
    // The bundled base is in 万州区 (about 108.4°E): Gauss–Krüger zone 36, EPSG:4545 without prefix, 4524 with.
    let file = try TemporaryDirectory.make("generate-geometry").appendingPathComponent("\(crs).xml")
    let written = try CommandRunner.run([
      "generate", "--units", "12", "--format-version", "2", "--geometry", "--geometry-crs", crs, "--output", file.path,
    ])
    #expect(written.status == 0, "\(written.stderr)")
    let text = try String(contentsOf: file, encoding: .utf8)
    #expect(text.components(separatedBy: "<geometry>").count - 1 == 13)
    #expect(text.contains("srsName=\"urn:ogc:def:crs:\(srsName)\""))
    let checked = try CommandRunner.run(["check", file.path])
    #expect(checked.status == 0, "\(checked.stdout)\(checked.stderr)")
  }

  @Test func geometryNeedsVersion2() throws {
    let output = try CommandRunner.run(["generate", "--units", "2", "--geometry"])
    #expect(output.status == 64)
    #expect(output.stderr.contains("--geometry needs --format-version 2"))
    #expect(
      try CommandRunner.run(["generate", "--format-version", "2", "--geometry", "--geometry-crs", "wgs84"]).status == 64
    )
  }
}
