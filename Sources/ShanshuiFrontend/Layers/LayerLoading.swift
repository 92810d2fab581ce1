import ShanshuiCore

/// Loads each requested layer once, before the batch: the `LayerSet` every worker shares, and the problems of the
/// layers that cannot be used (each reported once for the run).
public enum LayerLoading {
  public static func load(
    _ requests: [LayerRequests.Request], standard: Standard, limits: LayerLimits
  ) -> (layers: LayerSet, diagnostics: [Diagnostic]) {
    var layers = LayerSet()
    guard !requests.isEmpty else { return (layers, []) }
    // No spatial engine in this build yet: every requested role is unusable, said once (E600).
    let problem = Diagnostic(
      .spatialUnavailable,
      LocalizedText(zh: "本版本未包含空间计算引擎（GEOS、PROJ、GDAL）", en: "this build has no spatial engine (GEOS, PROJ, GDAL)"),
      at: SourceLocation(file: requests[0].path, line: 0))
    layers.librariesUnavailable = problem.message
    for request in requests { layers.unusable[request.role] = problem }
    return (layers, [problem])
  }
}
