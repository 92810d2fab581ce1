import Foundation
import Hummingbird

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
    response()
  }

  /// The JSON response.
  public func response() -> Response {
    var error: [String: Any] = ["code": code, "message": ["zh": zh, "en": en]]
    if let parameter { error["parameter"] = parameter }
    if !details.isEmpty { error["details"] = details }
    let data = (try? JSONSerialization.data(withJSONObject: ["error": error], options: [.sortedKeys])) ?? Data()
    var headers: HTTPFields = [.contentType: MediaType.json]
    if closesConnection { headers[.connection] = "close" }
    if let retryAfter { headers[.retryAfter] = String(retryAfter) }
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
