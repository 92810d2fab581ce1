import Foundation
import Hummingbird
import ShanshuiCore
import ShanshuiFrontend
import ShanshuiReports

/// The query of `POST /v1/check`: profile, language and report format (the format also by `Accept`).
struct CheckQuery: Sendable {
  var profile: ProfileChoice = .one(.auto)
  var language: Language = .zh
  var format = "json"

  /// The report formats and the media type each is answered with.
  static let mediaTypes: [(format: String, type: String)] = [
    ("json", MediaType.json), ("sarif", MediaType.sarif), ("junit", MediaType.xml), ("html", MediaType.html),
    ("text", MediaType.text),
  ]

  static func mediaType(of format: String) -> String {
    mediaTypes.first { $0.format == format }?.type ?? MediaType.json
  }

  /// Reads the query and `Accept`; a value that is not one of the accepted spellings is a 400 naming it.
  init(_ request: Request) throws(Problem) {
    let query = request.uri.queryParameters
    for (name, _) in query where !["profile", "lang", "format"].contains(String(name)) {
      throw Problem(
        .badRequest, code: "unknown-parameter", zh: "未知的查询参数 \(name)",
        en: "unknown query parameter \(name)", parameter: String(name))
    }
    if let text = query["profile"] {
      guard let profile = ProfileChoice(String(text)) else {
        throw Self.invalid("profile", String(text), ProfileChoice.names)
      }
      self.profile = profile
    }
    if let text = query["lang"] {
      guard let language = Language(rawValue: String(text)) else {
        throw Self.invalid("lang", String(text), ["zh", "en"])
      }
      self.language = language
    }
    if let text = query["format"] {
      let names = Self.mediaTypes.map(\.format)
      guard names.contains(String(text)) else { throw Self.invalid("format", String(text), names) }
      format = String(text)
    } else if let accept = request.headers[.accept] {
      format = Self.format(accepting: accept)
    }
  }

  /// The format `Accept` prefers (the first media type listed that the service makes); JSON when none is.
  static func format(accepting accept: String) -> String {
    let wanted: [(String, String)] = [
      ("application/sarif+json", "sarif"), ("application/json", "json"), ("text/html", "html"),
      ("application/junit+xml", "junit"), ("application/xml", "junit"), ("text/xml", "junit"),
      ("text/plain", "text"),
    ]
    for item in accept.split(separator: ",") {
      let type = item.split(separator: ";").first.map { $0.trimmingCharacters(in: .whitespaces).lowercased() } ?? ""
      if let match = wanted.first(where: { $0.0 == type }) { return match.1 }
    }
    return "json"
  }

  static func invalid(_ parameter: String, _ value: String, _ accepted: [String]) -> Problem {
    let list = accepted.joined(separator: ", ")
    return Problem(
      .badRequest, code: "invalid-parameter", zh: "参数 \(parameter)=\(value) 无效（可用：\(list)）",
      en: "\(parameter)=\(value) is not valid (use one of: \(list))", parameter: parameter)
  }
}
