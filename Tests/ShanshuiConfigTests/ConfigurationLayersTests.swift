import Foundation
import ShanshuiConfig
import ShanshuiCore
import ShanshuiTestSupport
import Testing

/// `layers: {ROLE: PATH}`: each path resolved against the configuration file's directory (an absolute one kept);
/// anything but a mapping of roles to paths is E300 at its line and column.
@Suite struct ConfigurationLayersTests {
  @Test func pathsAreRelativeToTheConfigurationFile() throws {
    let directory = try TemporaryDirectory.make("config-layers")
    defer { try? FileManager.default.removeItem(at: directory) }
    let file = directory.appendingPathComponent("review/shanshui.yml")
    try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
    try "layers:\n  ecological-red-line: layers/red.gpkg\n  river-shoreline: /data/shore.shp\n".write(
      to: file, atomically: true, encoding: .utf8)
    let configuration = try Configuration.load(path: file.path).get()
    #expect(configuration.layers.map(\.role) == ["ecological-red-line", "river-shoreline"])
    #expect(configuration.layers[0].path == directory.appendingPathComponent("review/layers/red.gpkg").path)
    #expect(configuration.layers[1].path == "/data/shore.shp")
    #expect(configuration.layers[0].location.line == 2)
  }

  @Test(arguments: [
    ("layers: red.gpkg\n", 1), ("layers:\n  ecological-red-line: [a, b]\n", 2),
    ("layers:\n  ecological-red-line:\n", 2),
  ])
  func anythingElseIsE300(yaml: String, line: Int) throws {
    let file = try TemporaryDirectory.make("config-layers").appendingPathComponent(".shanshui.yml")
    try yaml.write(to: file, atomically: true, encoding: .utf8)
    guard case .failure(let error) = Configuration.load(path: file.path) else {
      Issue.record("\(yaml) was accepted")
      return
    }
    #expect(error.diagnostics.map(\.code) == [.configurationInvalid])
    #expect(error.diagnostics.first?.location.line == line, "\(error.diagnostics)")
  }
}
