import ArgumentParser
import ShanshuiFrontend

/// `--layer ROLE=PATH`: a reviewer layer for a role the standard declares.
struct LayerOption: ExpressibleByArgument, Sendable {
  var role: String
  var path: String

  init?(argument: String) {
    guard let (role, path) = LayerRequests.parse(argument) else { return nil }
    self.role = role
    self.path = path
  }

  static var defaultCompletionKind: CompletionKind { .file(extensions: ["gpkg", "shp", "geojson", "json"]) }
}

/// Reviewer layers for spatial rules (docs/spatial.md) and what one may cost.
struct LayerOptions: ParsableArguments {
  @Option(
    name: .customLong("layer"),
    help: ArgumentHelp(
      "A reviewer layer for a role the standard declares, e.g. --layer ecological-red-line=red-line.gpkg "
        + "(GeoPackage, Shapefile, GeoJSON or FileGDB; repeatable; overrides the configuration's layers:). Read once per run.",
      valueName: "role=path"))
  var layers: [LayerOption] = []

  @Option(help: ArgumentHelp("Most features one layer may have (E614 beyond).", valueName: "count"))
  var maxLayerFeatures: Int = LayerLimits.defaultMaxFeatures

  @Option(help: ArgumentHelp("Most positions one layer's features may have in all (E614 beyond).", valueName: "count"))
  var maxLayerPositions: Int = LayerLimits.defaultMaxPositions

  func validate() throws {
    guard maxLayerFeatures > 0 else { throw ValidationError("--max-layer-features must be positive") }
    guard maxLayerPositions > 0 else { throw ValidationError("--max-layer-positions must be positive") }
  }

  var limits: LayerLimits { LayerLimits(maxFeatures: maxLayerFeatures, maxPositions: maxLayerPositions) }
}
