import Foundation
import Hummingbird
import Testing

@testable import ShanshuiServe

@Suite struct CheckGateTests {
  @Test func workersThenTheQueueThenFull() async throws {
    let gate = CheckGate(workers: 1, queue: 1)
    try await gate.enter()
    let waiter = Task { try await gate.enter() }
    while await gate.load.waiting == 0 { await Task.yield() }
    await #expect(throws: CheckGate.Full.self) { try await gate.enter() }
    await gate.leave()
    try await waiter.value
    let during = await gate.load
    #expect(during.running == 1 && during.waiting == 0)
    await gate.leave()
    #expect(await gate.load.running == 0)
  }
}

@Suite struct AdminTokenTests {
  @Test func onlyTheWholeTokenMatches() {
    let token = AdminToken("0123456789abcdef-token")
    #expect(token.matches("0123456789abcdef-token"))
    #expect(!token.matches("0123456789abcdef-toke"))
    #expect(!token.matches("0123456789abcdef-token!"))
    #expect(!token.matches(""))
    #expect(token.authorizes("Bearer 0123456789abcdef-token"))
    #expect(!token.authorizes("0123456789abcdef-token"))
  }

  @Test func aShortTokenFileIsRefused() throws {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("short-\(UUID().uuidString)").path
    _ = FileManager.default.createFile(atPath: path, contents: Data("short\n".utf8))
    defer { try? FileManager.default.removeItem(atPath: path) }
    #expect(throws: AdminTokenError.self) { try AdminToken(file: path) }
  }
}

@Suite struct SubmissionTests {
  @Test(arguments: [
    ("../../etc/passwd", "passwd"), ("C:\\a\\b.xml", "b.xml"), ("/abs/x.xml", "x.xml"), ("..", "upload-3.xml"),
    ("", "upload-3.xml"), ("a\u{0}b\r\n.xml", "ab.xml"),
  ])
  func namesAreOnlyLabels(name: String, label: String) {
    #expect(Submission.label(name, index: 3) == label)
  }

  @Test func fileNamesFromContentDisposition() {
    #expect(Submission.fileName(#"form-data; name="file"; filename="a b.xml""#) == "a b.xml")
    #expect(Submission.fileName("form-data; name=file; filename=plain.xml") == "plain.xml")
    #expect(Submission.fileName(#"form-data; name="field""#) == nil)
  }

  @Test func mediaTypes() throws {
    #expect(try Submission.kind(of: "application/xml; charset=utf-8") == .xml)
    #expect(try Submission.kind(of: "multipart/form-data; boundary=\"x y\"") == .multipart(boundary: "x y"))
    #expect(throws: Problem.self) { try Submission.kind(of: "text/plain") }
    #expect(throws: Problem.self) { try Submission.kind(of: "multipart/form-data") }
  }

  @Test func acceptPicksTheFirstFormatTheServiceMakes() {
    #expect(CheckQuery.format(accepting: "text/html,application/xhtml+xml,*/*;q=0.8") == "html")
    #expect(CheckQuery.format(accepting: "image/png, application/sarif+json") == "sarif")
    #expect(CheckQuery.format(accepting: "*/*") == "json")
  }
}

@Suite struct SHA256Tests {
  static func hex(_ bytes: [UInt8]) -> String { bytes.map { String(format: "%02x", $0) }.joined() }

  /// FIPS 180-4's examples, and the padding's edges (55, 56 and 64 bytes) against Python's hashlib.
  @Test func theStandardsVectors() {
    #expect(Self.hex(SHA256.digest([])) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
    #expect(
      Self.hex(SHA256.digest(Array("abc".utf8))) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    #expect(
      Self.hex(SHA256.digest(Array("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8)))
        == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
    #expect(
      Self.hex(SHA256.digest([UInt8](repeating: 0x61, count: 55)))
        == "9f4390f8d30c2dd92ec9f095b65e2b9ae9b0a925a5258e241c9f1e910f734318")
    #expect(
      Self.hex(SHA256.digest([UInt8](repeating: 0x61, count: 64)))
        == "ffe054fe7ae0cb6dc65c3af9b61d5209f439851db43d0ba5997337df154668eb")
    #expect(SHA256.source("abc") == "'sha256-ungWv48Bz+pBQUDeXa4iI7ADYaOWF3qctBD/YfIAFa0='")
    #expect(SHA256.base64(Array("ab".utf8)) == "YWI=" && SHA256.base64(Array("a".utf8)) == "YQ==")
  }
}
