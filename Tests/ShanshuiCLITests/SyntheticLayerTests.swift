import Foundation
import ShanshuiTestSupport
import Testing

/// The synthetic reviewer layers of `fixtures/layers/` are what the committed script makes: regenerated into a
/// temporary directory (python3 with shapely and pyproj, `ogr2ogr`; scripts/setup installs them), every file is
/// byte-for-byte the committed one; and every one says it is synthetic, in its name and in each feature.
@Suite struct SyntheticLayerTests {
  @Test func theScriptRemakesEveryLayerByteForByte() throws {
    let directory = try TemporaryDirectory.make("synthetic-layers")
    let output = try CommandRunner.run(
      ["python3", "scripts/make-synthetic-layers.py", "--output", directory.path],
      executable: URL(fileURLWithPath: "/usr/bin/env"))
    try #require(
      output.status == 0,
      "python3 with shapely and pyproj, and ogr2ogr, are needed: run scripts/setup (\(output.stderr))")
    let committed = try FileManager.default.contentsOfDirectory(atPath: Repository.url("fixtures/layers").path).sorted()
    let remade = try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted()
    #expect(remade == committed)
    #expect(committed.count >= 16 && committed.allSatisfy { $0.hasPrefix("synthetic-") })
    for name in committed {
      let original = try Repository.bytes("fixtures/layers/\(name)")
      let again = [UInt8](try Data(contentsOf: directory.appendingPathComponent(name)))
      #expect(original == again, "\(name) differs from what scripts/make-synthetic-layers.py makes")
    }
  }

  /// Every layer role the standard declares comes as a GeoPackage and as a Shapefile with all its side files, so a
  /// reviewer (and a test) can give either.
  @Test func everyRoleComesAsGeoPackageAndShapefile() throws {
    let standard = String(decoding: try Repository.bytes("standards/rules/spatial.xml"), as: UTF8.self)
    let roles = standard.matches(of: #/<layer id="([a-z-]+)">/#).map { String($0.output.1) }
    #expect(roles.count == 5)
    let files = Set(try FileManager.default.contentsOfDirectory(atPath: Repository.url("fixtures/layers").path))
    for role in roles {
      for ext in ["gpkg", "shp", "shx", "dbf", "prj", "cpg"] {
        #expect(files.contains("synthetic-\(role).\(ext)"), "synthetic-\(role).\(ext) is missing")
      }
    }
  }

  @Test func everyGeoJSONFeatureSaysItIsSynthetic() throws {
    for name in ["synthetic-river-shoreline.geojson", "synthetic-nature-reserve.geojson"] {
      let root = try JSONTree(parsing: String(decoding: try Repository.bytes("fixtures/layers/\(name)"), as: UTF8.self))
      let features = root["features"].array
      #expect(!features.isEmpty)
      for feature in features {
        #expect(feature["properties"]["synthetic"].string == "yes", "\(name)")
        #expect(feature["properties"]["note"].string?.contains("synthetic") == true, "\(name)")
      }
    }
  }
}
