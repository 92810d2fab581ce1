import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import ShanshuiReports
import ShanshuiServe
import Testing

/// The upload page's routes and headers, the HTML report's own policy, and refusals answered as HTML to a browser's
/// form. What the page does in a browser: Server/scripts/check-upload-page.py (headless Chromium).
@Suite struct UploadPageTests {
  static func live<Value>(
    page: UploadPage? = .standard, _ body: @escaping @Sendable (any TestClientProtocol) async throws -> Value
  ) async throws -> Value {
    try await TestService.make().application(page: page).test(.live, body)
  }

  static let nosniff = HTTPField.Name("X-Content-Type-Options")!
  static let referrer = HTTPField.Name("Referrer-Policy")!

  @Test func thePageHasAStrictPolicyAndNoExternalAsset() async throws {
    try await Self.live { client in
      try await client.execute(uri: "/", method: .get) { response in
        #expect(response.status == .ok)
        #expect(response.headers[.contentType] == "text/html; charset=utf-8")
        let policy = response.headers[.contentSecurityPolicy] ?? ""
        for directive in [
          "default-src 'none'", "script-src 'self'", "style-src 'self'", "frame-src 'self'", "form-action 'self'",
          "frame-ancestors 'none'", "base-uri 'none'",
        ] {
          #expect(policy.contains(directive), "\(directive) in \(policy)")
        }
        #expect(!policy.contains("unsafe"))
        #expect(response.headers[Self.nosniff] == "nosniff")
        #expect(response.headers[Self.referrer] == "no-referrer")
        let html = TestService.text(response.body)
        #expect(html.contains(#"<iframe name="report" id="report" sandbox="allow-scripts""#))
        #expect(!html.contains("allow-same-origin"))
        #expect(html.contains(#"enctype="multipart/form-data" action="/v1/check?format=html" target="report""#))
        #expect(html.contains("生态修复项目申报检查"))
        // Nothing inline for the policy to allow, nothing loaded from elsewhere.
        #expect(!html.contains("<script>") && !html.contains("<style") && !html.contains(" style="))
        #expect(!html.contains(" onclick=") && !html.contains(" onload=") && !html.contains("javascript:"))
      }
      for (path, type) in [("/page.js", "text/javascript; charset=utf-8"), ("/page.css", "text/css; charset=utf-8")] {
        try await client.execute(uri: path, method: .get) { response in
          #expect(response.status == .ok)
          #expect(response.headers[.contentType] == type)
          #expect(response.headers[Self.nosniff] == "nosniff")
        }
      }
    }
    for text in [UploadPage.standard.html, UploadPage.standard.script, UploadPage.standard.style] {
      #expect(!text.contains("http:") && !text.contains("https:") && !text.contains("//cdn"))
      #expect(!text.contains("innerHTML") && !text.contains("eval("))
    }
  }

  @Test func withoutThePageNothingIsAtTheRoot() async throws {
    try await Self.live(page: nil) { client in
      try await client.execute(uri: "/", method: .get) { response in #expect(response.status == .notFound) }
      try await client.execute(uri: "/page.js", method: .get) { response in #expect(response.status == .notFound) }
    }
  }

  @Test func theHTMLReportRunsSandboxed() async throws {
    let body = try TestService.fixture(CheckEndpointTests.fixture)
    try await Self.live { client in
      try await client.execute(
        uri: "/v1/check?format=html", method: .post, headers: [.contentType: "application/xml"], body: body
      ) { response in
        #expect(response.status == .ok)
        let policy = response.headers[.contentSecurityPolicy] ?? ""
        #expect(policy.hasSuffix("sandbox allow-scripts") && policy.contains("default-src 'none'"))
        // The report's own scripts and handler by their hashes, nothing else: no 'unsafe-inline' for scripts.
        let scripts = policy.split(separator: ";").first {
          $0.trimmingCharacters(in: .whitespaces).hasPrefix("script-src")
        }
        #expect(scripts?.contains("'sha256-") == true && scripts?.contains("unsafe-inline") == false)
        #expect(scripts?.components(separatedBy: "'sha256-").count == 4)  // two scripts, one handler
        #expect(!policy.contains("allow-same-origin"))
        #expect(response.headers[Self.nosniff] == "nosniff")
        // What the hashes are of is what the report holds: each inline script and handler, verbatim.
        let html = TestService.text(response.body)
        let scriptTexts = Self.matches(#"<script>([\s\S]*?)</script>"#, in: html)
        let handlers = Self.matches(#"\son[a-z]+="([^"]*)""#, in: html)
        #expect(!scriptTexts.isEmpty && scriptTexts.allSatisfy(HTMLReporter.inlineScripts.contains))
        #expect(!handlers.isEmpty && handlers.allSatisfy(HTMLReporter.inlineEventHandlers.contains))
      }
      try await client.execute(
        uri: "/v1/check?format=json", method: .post, headers: [.contentType: "application/xml"], body: body
      ) { response in
        #expect(response.headers[.contentSecurityPolicy] == nil)
      }
    }
  }

  /// The first group of every match of `pattern` in `text`.
  static func matches(_ pattern: String, in text: String) -> [String] {
    let expression = try! NSRegularExpression(pattern: pattern)
    return expression.matches(in: text, range: NSRange(text.startIndex..., in: text)).compactMap {
      Range($0.range(at: 1), in: text).map { String(text[$0]) }
    }
  }

  @Test func aRefusalIsHTMLForABrowsersFormAndJSONOtherwise() async throws {
    let body = try TestService.fixture(CheckEndpointTests.fixture)
    let uri = "/v1/check?format=html&profile=%3Cscript%3Ealert(1)%3C/script%3E"
    try await Self.live { client in
      try await client.execute(
        uri: uri, method: .post,
        headers: [.contentType: "multipart/form-data; boundary=x", .accept: "text/html,application/xhtml+xml,*/*"],
        body: body
      ) { response in
        #expect(response.status == .badRequest)
        #expect(response.headers[.contentType] == "text/html; charset=utf-8")
        #expect(response.headers[.contentSecurityPolicy]?.hasSuffix("; sandbox") == true)
        let html = TestService.text(response.body)
        #expect(html.contains("invalid-parameter"))
        #expect(html.contains("profile=&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(!html.contains("<script"))
      }
      try await client.execute(uri: uri, method: .post, headers: [.contentType: "application/xml"], body: body) {
        response in
        #expect(response.status == .badRequest)
        #expect(response.headers[.contentType] == "application/json")
      }
    }
  }
}
