import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import ShanshuiCore
import ShanshuiFrontend
import ShanshuiReports
import ShanshuiServe
import Testing

/// The read-only endpoints: what they answer equals what the CLI's commands render from the same standard.
@Suite struct InfoEndpointTests {
  static func bundled() throws -> Standard { try StandardProvider.load(nil).get() }

  @Test func theStandard() async throws {
    let standard = try Self.bundled()
    try await TestService.live(TestService.make()) { client in
      try await client.execute(uri: "/v1/standard", method: .get) { response in
        #expect(response.status == .ok)
        let object = try JSONSerialization.jsonObject(with: Data(buffer: response.body)) as? [String: Any]
        #expect(object?["id"] as? String == standard.info.id)
        #expect(object?["version"] as? String == standard.info.version)
        #expect(object?["effective"] as? String == standard.info.effective)
        #expect(object?["ruleCount"] as? Int == standard.rules.count)
        #expect(object?["rules"] as? [String] == standard.rules.map(\.id))
      }
    }
  }

  @Test func aRuleAsExplainGivesItAndAnUnknownOne() async throws {
    let standard = try Self.bundled()
    let rule = try #require(standard.rule("SS-RIV-003"))
    let expected = ExplainFormat.json.render(RuleExplanation(rule: rule, in: standard), language: .en)
    try await TestService.live(TestService.make()) { client in
      try await client.execute(uri: "/v1/rules/SS-RIV-003?lang=en", method: .get) { response in
        #expect(response.status == .ok)
        #expect(TestService.text(response.body) == expected)
      }
      try await client.execute(uri: "/v1/rules/SS-RIV-999", method: .get) { response in
        #expect(response.status == .notFound)
        #expect(TestService.text(response.body).contains("unknown-rule"))
      }
      try await client.execute(uri: "/v1/rules/SS-RIV-003?lang=fr", method: .get) { #expect($0.status == .badRequest) }
    }
  }

  @Test(arguments: [
    ("json", "application/json"), ("csv", "text/csv; charset=utf-8"), ("html", "text/html; charset=utf-8"),
  ])
  func theComparisonAsHarmonizeGivesIt(format: String, type: String) async throws {
    let standard = try Self.bundled()
    let report = HarmonizationReport(
      toolVersion: ToolVersion.current, comparison: ParameterComparison(standard: standard), language: .zh,
      onlyDiffering: false)
    let expected = HarmonizationFormat(rawValue: format)!.renderer.render(report)
    try await TestService.live(TestService.make()) { client in
      try await client.execute(uri: "/v1/harmonize?format=\(format)", method: .get) { response in
        #expect(response.status == .ok)
        #expect(response.headers[.contentType] == type)
        #expect(TestService.text(response.body) == expected)
      }
      try await client.execute(uri: "/v1/harmonize?format=markdown", method: .get) { #expect($0.status == .badRequest) }
    }
  }

  @Test func theOpenAPIDocumentIsTheCommittedOne() async throws {
    let committed = try String(
      contentsOf: TestService.root.appendingPathComponent("Server/openapi.json"), encoding: .utf8)
    try await TestService.live(TestService.make()) { client in
      try await client.execute(uri: "/openapi.json", method: .get) { response in
        #expect(response.status == .ok)
        #expect(TestService.text(response.body) == committed)
      }
    }
  }

  @Test func metricsCountRequestsFindingsAndProblems() async throws {
    let body = try TestService.fixture(CheckEndpointTests.fixture)
    try await TestService.live(TestService.make()) { client in
      try await client.execute(uri: "/v1/check", method: .post, headers: [.contentType: "application/xml"], body: body)
      try await client.execute(
        uri: "/v1/check", method: .post, headers: [.contentType: "application/xml"], body: ByteBuffer(string: "<a"))
      try await client.execute(uri: "/metrics", method: .get) { response in
        #expect(response.status == .ok)
        let text = TestService.text(response.body)
        #expect(
          text.contains(#"shanshui_http_requests_total{route="/v1/check",method="POST",status="200"} 1"#), "\(text)")
        #expect(text.contains(#"shanshui_http_requests_total{route="/v1/check",method="POST",status="422"} 1"#))
        #expect(text.contains(#"shanshui_findings_total{rule="SS-RIV-003",severity="error"} 1"#))
        #expect(text.contains(#"shanshui_problems_total{code="E101"} 1"#))
        #expect(text.contains(#"shanshui_http_request_duration_seconds_bucket{route="/v1/check""#))
      }
    }
  }
}
