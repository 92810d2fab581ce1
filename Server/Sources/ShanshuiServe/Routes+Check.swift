import Foundation
import Hummingbird
import NIOCore
import ShanshuiCore
import ShanshuiFrontend
import ShanshuiReports

extension ShanshuiService {
  /// `POST /v1/check`: the report of the body's documents (200 whatever the findings; 422 when no file could be
  /// checked). Order: the query and media type (400, 415), the body under its cap, the service's memory budget and
  /// the deadline (413, 429, 408), a worker (429, or 503 when the deadline passes in the queue), then on the worker:
  /// the documents (413, 400), the check and the report, within the request's time limit (503). Parsing a multipart
  /// body and rendering a report are CPU work too: they run on the worker, under the gate and the deadline, never on
  /// Swift's shared pool where they would stall every other request.
  func check(_ request: Request, context: ServeContext) async throws -> Response {
    let deadline = ContinuousClock.now + settings.requestTimeout
    let query = try CheckQuery(request)
    let kind = try Submission.kind(of: request.headers[.contentType])
    guard let session = store.session else { throw Self.notReady }
    let share = BudgetShare(bodies)
    defer { share.releaseAll() }
    let body: ByteBuffer
    do {
      body = try await BodyReader.read(
        request, channel: context.channel, limit: settings.maxBody, deadline: deadline, share: share)
    } catch {
      throw Self.problem(error)
    }
    do {
      try await gate.enter(until: deadline)
    } catch .full {
      throw Self.busy
    } catch {
      throw Self.timedOut
    }
    let load = await gate.load
    metrics.load(running: load.running, waiting: load.waiting)
    let checkRequest = Self.request(query, toolVersion: settings.toolVersion)
    let gate = self.gate
    let maxFileSize = settings.limits.maxFileSize
    let format = query.format
    let result: Result<Checked, Problem>
    do {
      result = try await pool.run(until: deadline, on: context.channel.eventLoop) {
        let documents: [InMemoryDocument]
        do {
          documents = try Submission.documents(body, kind: kind, maxFileSize: maxFileSize)
        } catch let problem as Problem {
          return .failure(problem)
        } catch {
          return .failure(Submission.malformed("\(error)"))
        }
        let outcome = session.check(documents, request: checkRequest)
        let renderer: any Renderer.Type = Renderers.named(format) ?? JSONReporter.self
        return .success(Checked(outcome: outcome, text: renderer.render(outcome.report)))
      } finished: {
        Task { await gate.leave() }
      }
    } catch is WorkerPool.TimedOut {
      throw Self.timedOut
    }
    let checked = try result.get()
    metrics.record(checked.outcome.report)
    let report = checked.outcome.report
    let complete = report.standardDiagnostics.isEmpty && report.files.contains { $0.status != .notChecked }
    var response = Response.text(
      checked.text, type: CheckQuery.mediaType(of: format), status: complete ? .ok : .unprocessableContent)
    if format == "html" { response.headers.append(contentsOf: Self.reportHeaders) }
    response.headers[.vary] = "Accept"
    return response
  }

  /// A check's outcome and its rendered report, made on a worker.
  struct Checked: Sendable {
    var outcome: CheckOutcome
    var text: String
  }

  static var busy: Problem {
    var busy = Problem(
      .tooManyRequests, code: "busy", zh: "所有检查线程都在忙且等待队列已满，请稍后重试",
      en: "every worker is busy and the queue is full; try again later")
    busy.retryAfter = 1
    return busy
  }

  static let timedOut = Problem(
    .serviceUnavailable, code: "timeout", zh: "检查超过了请求时限（--request-timeout）",
    en: "the check took longer than the request's time limit (--request-timeout)")

  /// The HTML report's own policy, beside the one its `<meta>` carries: its inline style; its own scripts and its one
  /// event handler only, by their hashes (`'unsafe-hashes'` lets a hash allow a handler; the report's are fixed
  /// text, so any other script or handler is refused, even one that unescaped submitted text might smuggle in);
  /// nothing loaded; and `sandbox allow-scripts`: opened directly or in the upload page's iframe, the report (which
  /// echoes submitters' text) runs in an opaque origin, with no access to the service's origin, cookies or storage.
  static let reportPolicy =
    "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-hashes' "
    + (HTMLReporter.inlineScripts + HTMLReporter.inlineEventHandlers).map(SHA256.source).joined(separator: " ")
    + "; img-src data:; base-uri 'none'; form-action 'none'; frame-ancestors 'self'; sandbox allow-scripts"

  static let reportHeaders: HTTPFields = [
    .contentSecurityPolicy: reportPolicy,
    .init("X-Content-Type-Options")!: "nosniff",
    .init("Referrer-Policy")!: "no-referrer",
  ]

  /// The frontend's request for one check: what the query chose; the rest is the session's.
  static func request(_ query: CheckQuery, toolVersion: String) -> CheckRequest {
    var request = CheckRequest(paths: [], toolVersion: toolVersion, workingDirectory: "/")
    request.profile = query.profile
    request.language = query.language
    request.formats = [query.format]
    return request
  }

  static let notReady = Problem(
    .serviceUnavailable, code: "not-ready", zh: "标准尚未加载", en: "the standard is not loaded yet")

  static func problem(_ failure: BodyReader.Failure) -> Problem {
    switch failure {
    case .tooLarge(let limit):
      Problem(
        .contentTooLarge, code: "body-too-large", zh: "请求体超过上限 \(limit) 字节（--max-body）",
        en: "the request body is over the limit of \(limit) bytes (--max-body)", closesConnection: true)
    case .tooSlow:
      Problem(
        .requestTimeout, code: "body-too-slow", zh: "请求体未在时限内传完（--request-timeout）",
        en: "the request body did not arrive within the time limit (--request-timeout)", closesConnection: true)
    case .broken:
      Problem(
        .badRequest, code: "body-unreadable", zh: "无法读取请求体", en: "the request body could not be read",
        closesConnection: true)
    case .overBudget:
      {
        var busy = Problem(
          .tooManyRequests, code: "busy",
          zh: "服务器正在处理的请求体已达内存上限（--max-buffered），请稍后重试",
          en: "the request bodies held by the service are at their memory limit (--max-buffered); try again later",
          closesConnection: true)
        busy.retryAfter = 1
        return busy
      }()
    }
  }
}
