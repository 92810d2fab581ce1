import Foundation
import Hummingbird
import ShanshuiCore
import ShanshuiFrontend
import ShanshuiReports

extension ShanshuiService {
  /// `GET /v1/standard`: the standard in force: id, version, effective date, title, its rules' count and ids, and
  /// every version it carries.
  func standard(_ request: Request, context: ServeContext) throws -> Response {
    guard let session = store.session else { throw Self.notReady }
    let standard = session.standard
    let info = standard.info
    let object: [String: Any] = [
      "id": info.id, "version": info.version, "status": info.status, "effective": info.effective,
      "title": ["zh": info.title.text(.zh), "en": info.title.text(.en)], "ruleCount": standard.rules.count,
      "rules": standard.rules.map(\.id),
      "versions": session.versioned.set.members.map { ["version": $0.info.version, "effective": $0.info.effective] },
    ]
    return try Self.json(object)
  }

  /// `GET /v1/rules/{id}?lang=`: what `explain ID --format json` prints; 404 for an unknown id (with the nearest).
  func rule(_ request: Request, context: ServeContext) throws -> Response {
    guard let session = store.session else { throw Self.notReady }
    let language = try Self.language(request)
    let id = context.parameters.get("id") ?? ""
    let standard = session.standard
    guard let rule = standard.rule(id) ?? standard.rule(id.uppercased()) else {
      // Suggestions cost an edit distance against every rule: only for what could be a rule id (short, the id's
      // characters), so a long or odd path segment cannot buy seconds of CPU with one small GET.
      let plausible =
        id.utf8.count <= 64
        && id.unicodeScalars.allSatisfy {
          $0.isASCII
            && ($0.properties.isAlphabetic || $0.properties.numericType != nil || $0 == "-" || $0 == "_" || $0 == ".")
        }
      let near = plausible ? RuleIDSuggestion.suggestions(for: id, among: standard.rules.map(\.id)) : []
      let shown = id.count <= 64 ? id : String(id.prefix(64)) + "…"
      throw Problem(
        .notFound, code: "unknown-rule", zh: "标准中没有规则 \(shown)", en: "the standard has no rule \(shown)",
        details: near)
    }
    let text = ExplainFormat.json.render(RuleExplanation(rule: rule, in: standard), language: language)
    return .text(text, type: MediaType.json)
  }

  /// `GET /v1/harmonize?format=json|csv|html&lang=&only-differing=true`: what `harmonize --format F` prints.
  func harmonize(_ request: Request, context: ServeContext) throws -> Response {
    guard let session = store.session else { throw Self.notReady }
    let query = request.uri.queryParameters
    for (name, _) in query where !["format", "lang", "only-differing"].contains(String(name)) {
      throw Problem(
        .badRequest, code: "unknown-parameter", zh: "未知的查询参数 \(name)", en: "unknown query parameter \(name)",
        parameter: String(name))
    }
    let formats: [(HarmonizationFormat, String)] = [
      (.json, MediaType.json), (.csv, MediaType.csv), (.html, MediaType.html),
    ]
    let name = query["format"].map(String.init) ?? "json"
    guard let (format, type) = formats.first(where: { $0.0.rawValue == name }) else {
      throw CheckQuery.invalid("format", name, formats.map(\.0.rawValue))
    }
    let onlyDiffering: Bool
    switch query["only-differing"].map(String.init) {
    case nil, "false": onlyDiffering = false
    case "true": onlyDiffering = true
    case let other?: throw CheckQuery.invalid("only-differing", other, ["true", "false"])
    }
    let report = HarmonizationReport(
      toolVersion: settings.toolVersion, comparison: ParameterComparison(standard: session.standard),
      language: try Self.language(request), onlyDiffering: onlyDiffering)
    return .text(format.renderer.render(report), type: type)
  }

  /// `GET /readyz`: 200 once a standard is loaded, 503 before.
  func ready(_ request: Request, context: ServeContext) throws -> Response {
    guard let session = store.session else { throw Self.notReady }
    return try Self.json([
      "status": "ready", "standard": session.standard.info.id, "version": session.standard.info.version,
    ])
  }

  /// `GET /metrics`: Prometheus text.
  func metricsText(_ request: Request, context: ServeContext) async -> Response {
    let load = await gate.load
    metrics.load(running: load.running, waiting: load.waiting)
    return .text(metrics.text(), type: MediaType.prometheus)
  }

  /// The `lang` query value (zh by default); 400 for another.
  static func language(_ request: Request) throws -> Language {
    guard let text = request.uri.queryParameters["lang"] else { return .zh }
    guard let language = Language(rawValue: String(text)) else {
      throw CheckQuery.invalid("lang", String(text), ["zh", "en"])
    }
    return language
  }

  static func json(_ object: Any, status: HTTPResponse.Status = .ok) throws -> Response {
    let data = try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes])
    return .text(String(decoding: data, as: UTF8.self) + "\n", type: MediaType.json, status: status)
  }
}
