import Foundation
import ShanshuiCore
import ShanshuiGeo

/// Loads each requested layer once, before the batch (GDAL through `GeoLayer.read`: the layer's STRtree is built and
/// warmed up on this thread), checks the fields its role requires (E615), and returns the `LayerSet` every worker
/// shares with the problems of the layers that cannot be used, each reported once for the run: nothing is checked
/// against a broken layer, its rules are not checked.
public enum LayerLoading {
  /// - parameter loaded: hears each request's wall time, with the number of features read (`check --timings`).
  public static func load(
    _ requests: [LayerRequests.Request], standard: Standard, limits: LayerLimits,
    loaded: (LayerRequests.Request, Duration, String) -> Void = { _, _, _ in }
  ) -> (layers: LayerSet, diagnostics: [Diagnostic]) {
    var layers = LayerSet()
    var diagnostics: [Diagnostic] = []
    let geoLimits = GeoLayerLimits(maxFeatures: limits.maxFeatures, maxPositions: limits.maxPositions)
    for request in requests {
      let started = ContinuousClock.now
      var features = 0
      defer { loaded(request, started.duration(to: .now), "\(features) features") }
      let required = standard.layers[request.role]?.requiredFields ?? []
      do throws(GeoLayerError) {
        let layer = try GeoLayer.read(path: request.path, limits: geoLimits)
        features = layer.features.count
        try layer.requireFields(required)
        if let problem = fieldValueProblem(layer, role: standard.layers[request.role], standard: standard) {
          let diagnostic = Diagnostic(
            .layerFieldMissing,
            LocalizedText(
              zh: "图层 \(request.role)（\(request.path)）无法使用，依赖它的规则未检查：字段取值不符合角色要求：\(problem)",
              en:
                "layer \(request.role) (\(request.path)) cannot be used; the rules reading it are not checked: field values its role does not allow: \(problem)"
            ), at: SourceLocation(file: request.path, line: 0))
          layers.unusable[request.role] = diagnostic
          diagnostics.append(diagnostic)
          continue
        }
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

  /// Values a role's fields cannot have: a required field left empty on a feature, or a value that is not a code of
  /// the field's codelist. A `where="rank=mainstem"` filter would silently skip such a feature (a shoreline whose
  /// rank reads `main` would never be measured), so the layer is refused (E615) naming the first few.
  static func fieldValueProblem(_ layer: GeoLayer, role: LayerRole?, standard: Standard) -> String? {
    guard let role else { return nil }
    var problems: [String] = []
    var count = 0
    for field in role.fields {
      let codes = field.codelist.flatMap { standard.codelists[$0]?.codes }
      guard field.required || codes != nil else { continue }
      for feature in layer.features {
        let name = feature.attributes["id"].map { "\(feature.fid) (\($0))" } ?? String(feature.fid)
        let value = feature.attributes[field.name]?.trimmingCharacters(in: .whitespaces) ?? ""
        let bad: String?
        if value.isEmpty {
          bad = field.required ? "feature \(name) has no \(field.name)" : nil
        } else if let codes, codes[value] == nil {
          bad = "feature \(name): \(field.name) '\(value)' is not a code of \(field.codelist ?? "")"
        } else {
          bad = nil
        }
        guard let bad else { continue }
        count += 1
        if problems.count < 3 { problems.append(bad) }
      }
    }
    guard count > 0 else { return nil }
    return problems.joined(separator: "; ") + (count > problems.count ? "; \(count - problems.count) more" : "")
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
