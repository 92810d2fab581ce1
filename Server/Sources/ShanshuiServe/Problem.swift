import Foundation
import Hummingbird
import ShanshuiCore

/// A refused request: its status and a coded, bilingual JSON body
/// `{"error": {"code": …, "message": {"zh": …, "en": …}, "parameter": …}}` (the codes: docs/service.md).
public struct Problem: HTTPResponseError, Sendable {
  public var status: HTTPResponse.Status
  /// Stable, machine-readable: `invalid-parameter`, `unsupported-media-type`, `body-too-large`, …
  public var code: String
  public var zh: String
  public var en: String
  /// The query parameter or header at fault, when there is one.
  public var parameter: String?
  /// Extra lines (a refused standard's problems).
  public var details: [String] = []
  /// Whether the connection is closed after the answer (a body left unread is never drained).
  public var closesConnection = false
  /// Seconds after which a retry may succeed (`Retry-After`), for a refusal that is only momentary.
  public var retryAfter: Int?
  /// Other headers of the answer (`WWW-Authenticate` on a 401).
  public var headers: HTTPFields = [:]

  public init(
    _ status: HTTPResponse.Status, code: String, zh: String, en: String, parameter: String? = nil,
    details: [String] = [], closesConnection: Bool = false
  ) {
    self.status = status
    self.code = code
    self.zh = zh
    self.en = en
    self.parameter = parameter
    self.details = details
    self.closesConnection = closesConnection
  }

  public func response(from request: Request, context: some RequestContext) throws -> Response {
    Self.wantsHTML(request) ? htmlResponse() : response()
  }

  /// Whether the refusal is answered as HTML: for a browser's form (the upload page posts into its iframe) that asked
  /// `/v1/check` for the HTML report with `format=html` and accepts `text/html`. Every other client gets JSON.
  static func wantsHTML(_ request: Request) -> Bool {
    guard request.uri.path == "/v1/check", request.uri.queryParameters["format"] == "html" else { return false }
    return request.headers[.accept]?.lowercased().contains("text/html") ?? false
  }

  /// The refusal as a small HTML document: the status, the code, both messages and the details, all escaped, under
  /// a policy that runs no script and loads nothing (`sandbox`: an opaque origin).
  public func htmlResponse() -> Response {
    var lines = [
      "<!doctype html>", "<html lang=\"zh-CN\">", "<head>", "<meta charset=\"utf-8\">",
      "<title>未能检查 · Not checked</title>",
      "<style>body{font:16px/1.6 \"Noto Sans CJK SC\",system-ui,sans-serif;margin:1.5rem;color:#1f2a2a}"
        + "code{color:#a3261b}h1{font-size:1.3rem}</style>",
      "</head>", "<body>", "<h1>未能检查 · Not checked</h1>",
      "<p>HTTP \(status.code) · <code class=\"code\">\(Self.escape(code))</code></p>",
      "<p class=\"message\" lang=\"zh-CN\">\(Self.escape(zh))</p>",
      "<p class=\"message\" lang=\"en\">\(Self.escape(en))</p>",
    ]
    if !details.isEmpty {
      lines.append("<ul>" + details.map { "<li>\(Self.escape($0))</li>" }.joined() + "</ul>")
    }
    lines += ["</body>", "</html>", ""]
    var headers: HTTPFields = [
      .contentType: MediaType.html,
      .contentSecurityPolicy:
        "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'; "
        + "frame-ancestors 'self'; sandbox",
      .init("X-Content-Type-Options")!: "nosniff",
    ]
    if closesConnection { headers[.connection] = "close" }
    if let retryAfter { headers[.retryAfter] = String(retryAfter) }
    headers.append(contentsOf: self.headers)
    return Response(
      status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(string: lines.joined(separator: "\n"))))
  }

  /// The project's one escaper for XML and HTML (ShanshuiCore), as the reports use it.
  static func escape(_ text: String) -> String { XMLEscaping.escape(text) }

  /// The JSON response.
  public func response() -> Response {
    var error: [String: Any] = ["code": code, "message": ["zh": zh, "en": en]]
    if let parameter { error["parameter"] = parameter }
    if !details.isEmpty { error["details"] = details }
    let data = (try? JSONSerialization.data(withJSONObject: ["error": error], options: [.sortedKeys])) ?? Data()
    var headers: HTTPFields = [.contentType: MediaType.json]
    if closesConnection { headers[.connection] = "close" }
    if let retryAfter { headers[.retryAfter] = String(retryAfter) }
    headers.append(contentsOf: self.headers)
    return Response(status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: data)))
  }
}

/// The media types the service answers with.
enum MediaType {
  static let json = "application/json"
  static let sarif = "application/sarif+json"
  static let xml = "application/xml"
  static let html = "text/html; charset=utf-8"
  static let text = "text/plain; charset=utf-8"
  static let csv = "text/csv; charset=utf-8"
  static let prometheus = "text/plain; version=0.0.4; charset=utf-8"
}

extension Response {
  /// A response with `text` as its body.
  static func text(_ text: String, type: String, status: HTTPResponse.Status = .ok) -> Response {
    Response(status: status, headers: [.contentType: type], body: .init(byteBuffer: ByteBuffer(string: text)))
  }
}
