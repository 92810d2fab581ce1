import Hummingbird
import Logging

/// Logs every request as one line (method, path without its query, status, duration, bytes in and out: never a
/// body, never the query's values) and counts it in the metrics.
struct AccessLog: RouterMiddleware {
  typealias Context = ServeContext
  let logger: Logger
  let metrics: ServiceMetrics

  func handle(
    _ request: Request, context: ServeContext, next: (Request, ServeContext) async throws -> Response
  ) async throws -> Response {
    let started = ContinuousClock.now
    let status: Int
    let response: Response
    do {
      response = try await next(request, context)
      status = Int(response.status.code)
    } catch let error as any HTTPResponseError {
      record(request, status: Int(error.status.code), started: started, bytes: nil)
      throw error
    } catch {
      record(request, status: 500, started: started, bytes: nil)
      throw error
    }
    record(request, status: status, started: started, bytes: response.body.contentLength)
    return response
  }

  private func record(_ request: Request, status: Int, started: ContinuousClock.Instant, bytes: Int?) {
    let duration = ContinuousClock.now - started
    let route = Self.route(of: request.uri.path)
    metrics.request(route: route, method: request.method.rawValue, status: status, duration: duration)
    var metadata: Logger.Metadata = [
      "method": .string(request.method.rawValue), "path": .string(String(request.uri.path.prefix(200))),
      "route": .string(route), "status": .stringConvertible(status),
      "duration_ms": .stringConvertible((duration / .milliseconds(1) * 1000).rounded() / 1000),
    ]
    if let length = request.headers[.contentLength].flatMap(Int.init) {
      metadata["bytes_in"] = .stringConvertible(length)
    }
    if let bytes { metadata["bytes_out"] = .stringConvertible(bytes) }
    logger.info("request", metadata: metadata)
  }

  /// The route a path belongs to, as metrics label it (a rule's id is not a label: it would grow without bound).
  static func route(of path: String) -> String {
    let known = [
      "/", "/page.js", "/page.css", "/v1/check", "/v1/standard", "/v1/harmonize", "/healthz", "/readyz", "/metrics",
      "/openapi.json",
      "/v1/admin/reload",
    ]
    if known.contains(path) { return path }
    if path.hasPrefix("/v1/rules/") { return "/v1/rules/{id}" }
    return "other"
  }
}
