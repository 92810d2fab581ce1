import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import ShanshuiServe
import Testing

/// `POST /v1/admin/reload`: only with a token; a broken standard is refused and the old one kept; checks under
/// reloads never fail.
@Suite struct ReloadTests {
  static let token = "a-test-token-of-32-characters-xx"

  /// A copy of standards/ to break and mend.
  static func standardCopy() throws -> URL {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("serve-standard-\(UUID().uuidString)")
    try FileManager.default.copyItem(at: TestService.root.appendingPathComponent("standards"), to: directory)
    return directory
  }

  static func service(standard: URL) -> ShanshuiService {
    TestService.make(
      TestService.settings {
        $0.standardPath = standard.path
        $0.adminToken = try? AdminToken(file: tokenFile())
      })
  }

  static func tokenFile() -> String {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("serve-token-\(UUID().uuidString)").path
    _ = FileManager.default.createFile(atPath: path, contents: Data((token + "\n").utf8))
    return path
  }

  @Test func withoutATokenFileThereIsNoAdminRoute() async throws {
    try await TestService.live(TestService.make()) { client in
      try await client.execute(uri: "/v1/admin/reload", method: .post) { #expect($0.status == .notFound) }
    }
  }

  @Test func aBrokenStandardIsRefusedAndTheOldOneKept() async throws {
    let standard = try Self.standardCopy()
    defer { try? FileManager.default.removeItem(at: standard) }
    let service = Self.service(standard: standard)
    let entry = standard.appendingPathComponent("standard.xml")
    let original = try Data(contentsOf: entry)
    try await TestService.live(service) { client in
      try await client.execute(uri: "/v1/admin/reload", method: .post) { #expect($0.status == .unauthorized) }
      try await client.execute(
        uri: "/v1/admin/reload", method: .post, headers: [.authorization: "Bearer wrong-token-of-32-characters-xxx"]
      ) { #expect($0.status == .unauthorized) }
      try Data("<standard".utf8).write(to: entry)
      try await client.execute(
        uri: "/v1/admin/reload", method: .post, headers: [.authorization: "Bearer \(Self.token)"]
      ) { response in
        #expect(response.status == .unprocessableContent)
        let object = try JSONSerialization.jsonObject(with: Data(buffer: response.body)) as? [String: Any]
        #expect(object?["loaded"] as? Bool == false)
        #expect((object?["problems"] as? [Any])?.isEmpty == false)
      }
      try await client.execute(
        uri: "/v1/check", method: .post, headers: [.contentType: "application/xml"],
        body: try TestService.fixture(CheckEndpointTests.fixture)
      ) { #expect($0.status == .ok) }
      try await client.execute(uri: "/readyz", method: .get) { #expect($0.status == .ok) }
      try original.write(to: entry)
      try await client.execute(
        uri: "/v1/admin/reload", method: .post, headers: [.authorization: "Bearer \(Self.token)"]
      ) { #expect($0.status == .ok) }
    }
  }

  @Test func checksUnderReloadsAllSucceed() async throws {
    let standard = try Self.standardCopy()
    defer { try? FileManager.default.removeItem(at: standard) }
    let service = Self.service(standard: standard)
    let body = try TestService.fixture(CheckEndpointTests.fixture)
    // AsyncHTTPClient: several connections at once (the live client has one).
    let statuses = try await TestService.live(service, setup: .ahc(.http)) { client in
      try await withThrowingTaskGroup(of: [HTTPResponse.Status].self) { group in
        for _ in 0..<4 {
          group.addTask {
            var statuses: [HTTPResponse.Status] = []
            for _ in 0..<10 {
              statuses.append(
                try await client.execute(
                  uri: "/v1/check?format=json", method: .post, headers: [.contentType: "application/xml"], body: body
                ).status)
            }
            return statuses
          }
        }
        group.addTask {
          var statuses: [HTTPResponse.Status] = []
          for _ in 0..<3 {
            statuses.append(
              try await client.execute(
                uri: "/v1/admin/reload", method: .post, headers: [.authorization: "Bearer \(Self.token)"]
              ).status)
          }
          return statuses
        }
        return try await group.reduce(into: []) { $0 += $1 }
      }
    }
    #expect(statuses.count == 43)
    #expect(statuses.allSatisfy { $0 == .ok }, "\(statuses)")
  }
}
