import ShanshuiCore
import ShanshuiGeo

/// Loads each requested layer once, before the batch (GDAL through `GeoLayer.read`: the layer's STRtree is built and
/// warmed up on this thread), checks the fields its role requires (E615), and returns the `LayerSet` every worker
/// shares with the problems of the layers that cannot be used, each reported once for the run: nothing is checked
/// against a broken layer, its rules are not checked.
public enum LayerLoading {
  public static func load(
    _ requests: [LayerRequests.Request], standard: Standard, limits: LayerLimits
  ) -> (layers: LayerSet, diagnostics: [Diagnostic]) {
    var layers = LayerSet()
    var diagnostics: [Diagnostic] = []
    let geoLimits = GeoLayerLimits(maxFeatures: limits.maxFeatures, maxPositions: limits.maxPositions)
    for request in requests {
      let required = standard.layers[request.role]?.requiredFields ?? []
      do throws(GeoLayerError) {
        let layer = try GeoLayer.read(path: request.path, limits: geoLimits)
        try layer.requireFields(required)
        layers.add(layer, role: request.role, path: request.path)
      } catch {
        let problem = diagnostic(error, request: request)
        if case .librariesUnavailable = error { layers.librariesUnavailable = problem.message }
        layers.unusable[request.role] = problem
        diagnostics.append(problem)
      }
    }
    return (layers, diagnostics)
  }

  /// A layer's problem, coded (E600, E610–E615), at the layer's path, naming its role.
  static func diagnostic(_ error: GeoLayerError, request: LayerRequests.Request) -> Diagnostic {
    let code: ErrorCode
    switch error {
    case .librariesUnavailable: code = .spatialUnavailable
    case .unreadable: code = .layerUnreadable
    case .crsUnknown: code = .layerCRSUnknown
    case .empty: code = .layerEmpty
    case .tooLarge: code = .layerTooLarge
    case .fieldMissing: code = .layerFieldMissing
    }
    return Diagnostic(
      code,
      LocalizedText(
        zh: "图层 \(request.role)（\(request.path)）无法使用，依赖它的规则未检查：\(error.description)",
        en:
          "layer \(request.role) (\(request.path)) cannot be used; the rules reading it are not checked: \(error.description)"
      ),
      at: SourceLocation(file: request.path, line: 0))
  }
}
