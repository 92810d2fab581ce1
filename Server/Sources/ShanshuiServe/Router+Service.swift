import Hummingbird
import NIOCore

extension ShanshuiService {
  /// Every route of the service. `page`: the upload page served at `/` with its script and style (nil: no route at
  /// `/`).
  public func router(page: UploadPage? = nil) -> Router<ServeContext> {
    let router = Router(context: ServeContext.self)
    router.add(middleware: AccessLog(logger: logger, metrics: metrics))
    page?.add(to: router)
    router.post("/v1/check", use: check)
    router.get("/v1/standard", use: standard)
    router.get("/v1/rules/{id}", use: rule)
    router.get("/v1/harmonize", use: harmonize)
    router.get("/healthz") { _, _ in Response.text("{\"status\":\"ok\"}\n", type: MediaType.json) }
    router.get("/readyz", use: ready)
    router.get("/metrics", use: metricsText)
    router.get("/openapi.json") { _, _ in Response.text(OpenAPIDocument.json, type: MediaType.json) }
    if settings.adminToken != nil {
      router.post("/v1/admin/reload", use: reload)
    }
    return router
  }
}
