import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import ShanshuiFrontend
import ShanshuiReports
import ShanshuiServe
import Testing

/// `POST /v1/check` end to end on a real port: every format as the frontend renders the same bytes, multipart, and
/// every refusal.
@Suite struct CheckEndpointTests {
  static let fixture = "fixtures/cq-riparian-changshou-chemical-too-close.xml"

  /// What the frontend renders for the fixture's bytes named submission.xml, checked in memory as `--lang en`.
  /// The chain to the CLI's bytes: CheckSessionTests (in memory = on disk), CheckRunTests (on disk = the CLI's
  /// output); scripts/check-service compares the service with the CLI binary directly.
  static func expected(format: String, profile: ProfileChoice = .one(.auto)) throws -> String {
    var request = CheckRequest(paths: [], toolVersion: ToolVersion.current, workingDirectory: "/")
    request.language = .en
    request.formats = [format]
    request.profile = profile
    request.suppressions.ignoresWorkingDirectoryConfig = true
    let session = try CheckSession.prepare(request).get()
    let bytes = Array(try TestService.fixture(fixture).readableBytesView)
    let outcome = session.check([InMemoryDocument(name: "submission.xml", bytes: bytes)], request: request)
    return Renderers.named(format)!.render(outcome.report)
  }

  @Test(arguments: [
    ("json", "application/json"), ("sarif", "application/sarif+json"), ("junit", "application/xml"),
    ("html", "text/html; charset=utf-8"), ("text", "text/plain; charset=utf-8"),
  ])
  func everyFormatAsTheFrontendRendersIt(format: String, type: String) async throws {
    let expected = try Self.expected(format: format)
    let body = try TestService.fixture(Self.fixture)
    try await TestService.live(TestService.make()) { client in
      try await client.execute(
        uri: "/v1/check?lang=en&format=\(format)", method: .post, headers: [.contentType: "application/xml"], body: body
      ) { response in
        #expect(response.status == .ok)
        #expect(response.headers[.contentType] == type)
        #expect(TestService.stable(TestService.text(response.body)) == TestService.stable(expected))
      }
    }
  }

  @Test func theFormatByAcceptAndEveryProfile() async throws {
    let expected = try Self.expected(format: "sarif", profile: .all)
    let body = try TestService.fixture(Self.fixture)
    try await TestService.live(TestService.make()) { client in
      try await client.execute(
        uri: "/v1/check?lang=en&profile=all", method: .post,
        headers: [.contentType: "text/xml", .accept: "application/sarif+json"], body: body
      ) { response in
        #expect(response.headers[.contentType] == "application/sarif+json")
        #expect(TestService.stable(TestService.text(response.body)) == TestService.stable(expected))
      }
    }
  }

  @Test func multipartFilesAreLabelsWithoutTheirDirectories() async throws {
    let one = Array(try TestService.fixture(Self.fixture).readableBytesView)
    let two = Array(try TestService.fixture("fixtures/cq-ssw-three-gorges-compliant.xml").readableBytesView)
    let body = TestService.multipart([("../../etc/passwd.xml", one), ("C:\\submissions\\three-gorges.xml", two)])
    try await TestService.live(TestService.make()) { client in
      try await client.execute(
        uri: "/v1/check?lang=en", method: .post,
        headers: [.contentType: "multipart/form-data; boundary=shanshui-test-boundary"], body: body
      ) { response in
        #expect(response.status == .ok)
        let report = try JSONSerialization.jsonObject(with: Data(buffer: response.body)) as? [String: Any]
        let files = (report?["files"] as? [[String: Any]])?.compactMap { $0["path"] as? String }
        #expect(files == ["passwd.xml", "three-gorges.xml"])
      }
    }
  }

  @Test func noFileCheckedIs422WithTheCodedProblems() async throws {
    try await TestService.live(TestService.make()) { client in
      try await client.execute(
        uri: "/v1/check?format=json", method: .post, headers: [.contentType: "application/xml"],
        body: ByteBuffer(string: "<project><unclosed></project>")
      ) { response in
        #expect(response.status == .unprocessableContent)
        #expect(TestService.text(response.body).contains("\"E101\""), "\(TestService.text(response.body))")
      }
    }
  }

  @Test(arguments: [
    ("/v1/check?profile=hubei", "invalid-parameter"), ("/v1/check?lang=fr", "invalid-parameter"),
    ("/v1/check?format=pdf", "invalid-parameter"), ("/v1/check?path=/etc/passwd", "unknown-parameter"),
  ])
  func badQueryValuesAre400(uri: String, code: String) async throws {
    try await TestService.live(TestService.make()) { client in
      try await client.execute(
        uri: uri, method: .post, headers: [.contentType: "application/xml"], body: ByteBuffer(string: "<a/>")
      ) { response in
        #expect(response.status == .badRequest)
        #expect(TestService.text(response.body).contains("\"code\":\"\(code)\""))
      }
    }
  }

  @Test func aWrongMediaTypeIs415() async throws {
    try await TestService.live(TestService.make()) { client in
      try await client.execute(
        uri: "/v1/check", method: .post, headers: [.contentType: "application/json"], body: ByteBuffer(string: "{}")
      ) { response in
        #expect(response.status == .unsupportedMediaType)
        #expect(TestService.text(response.body).contains("unsupported-media-type"))
      }
    }
  }

  @Test func aBodyOverTheCapIs413() async throws {
    let service = TestService.make(TestService.settings { $0.maxBody = 1000 })
    try await TestService.live(service) { client in
      try await client.execute(
        uri: "/v1/check", method: .post, headers: [.contentType: "application/xml"],
        body: ByteBuffer(repeating: UInt8(ascii: " "), count: 5000)
      ) { response in
        #expect(response.status == .contentTooLarge)
        #expect(TestService.text(response.body).contains("body-too-large"))
      }
    }
  }

  @Test func aMultipartFileOverTheFileLimitIs413() async throws {
    let service = TestService.make(TestService.settings { $0.limits.maxFileSize = 2000 })
    let body = TestService.multipart([
      ("small.xml", Array("<a/>".utf8)), ("big.xml", Array(repeating: 32, count: 3000)),
    ])
    try await TestService.live(service) { client in
      try await client.execute(
        uri: "/v1/check", method: .post,
        headers: [.contentType: "multipart/form-data; boundary=shanshui-test-boundary"], body: body
      ) { response in
        #expect(response.status == .contentTooLarge)
        #expect(TestService.text(response.body).contains("file-too-large"))
      }
    }
  }

  @Test func allWorkersBusyAndTheQueueFullIs429() async throws {
    let service = TestService.make(
      TestService.settings {
        $0.maxConcurrent = 1
        $0.queue = 0
      })
    try await service.gate.enter()
    let body = try TestService.fixture(Self.fixture)
    try await TestService.live(service) { client in
      try await client.execute(
        uri: "/v1/check", method: .post, headers: [.contentType: "application/xml"], body: body
      ) { response in
        #expect(response.status == .tooManyRequests)
        #expect(TestService.text(response.body).contains("\"busy\""))
        #expect(response.headers[.retryAfter] == "1")
      }
      await service.gate.leave()
      try await client.execute(
        uri: "/v1/check", method: .post, headers: [.contentType: "application/xml"], body: body
      ) { response in
        #expect(response.status == .ok)
      }
    }
  }

  @Test func bodiesOverTheMemoryBudgetAre429BeforeTheyAreRead() async throws {
    let service = TestService.make(TestService.settings { $0.maxBuffered = 1000 })
    let body = try TestService.fixture(Self.fixture)
    #expect(body.readableBytes > 1000)
    try await TestService.live(service) { client in
      try await client.execute(
        uri: "/v1/check", method: .post, headers: [.contentType: "application/xml"], body: body
      ) { response in
        #expect(response.status == .tooManyRequests)
        #expect(TestService.text(response.body).contains("max-buffered"))
        #expect(response.headers[.retryAfter] == "1")
        #expect(response.headers[.connection] == "close")
      }
    }
    #expect(service.bodies.inUse == 0)
  }

  @Test func beforeTheStandardIsLoadedChecksAre503() async throws {
    try await TestService.live(TestService.make(load: false)) { client in
      try await client.execute(
        uri: "/v1/check", method: .post, headers: [.contentType: "application/xml"], body: ByteBuffer(string: "<a/>")
      ) { response in
        #expect(response.status == .serviceUnavailable)
        #expect(TestService.text(response.body).contains("not-ready"))
      }
      try await client.execute(uri: "/readyz", method: .get) { #expect($0.status == .serviceUnavailable) }
      try await client.execute(uri: "/healthz", method: .get) { #expect($0.status == .ok) }
    }
  }
}
