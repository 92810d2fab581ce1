import Foundation
import Hummingbird
import Logging
import Testing

@testable import ShanshuiServe

@Suite struct CheckGateTests {
  @Test func workersThenTheQueueThenFull() async throws {
    let gate = CheckGate(workers: 1, queue: 1)
    try await gate.enter()
    let waiter = Task { try await gate.enter() }
    while await gate.load.waiting == 0 { await Task.yield() }
    await #expect(throws: CheckGate.Refusal.full) { try await gate.enter() }
    await gate.leave()
    try await waiter.value
    let during = await gate.load
    #expect(during.running == 1 && during.waiting == 0)
    await gate.leave()
    #expect(await gate.load.running == 0)
  }

  @Test func aByteBudgetRefusesWhatWouldPassItsLimitAndTakesBackWhatIsReleased() {
    let budget = ByteBudget(limit: 100)
    let first = BudgetShare(budget)
    #expect(first.reserve(60))
    #expect(first.reserve(30))
    let second = BudgetShare(budget)
    #expect(!second.reserve(20))
    #expect(budget.inUse == 90)
    first.releaseAll()
    #expect(budget.inUse == 0)
    #expect(second.reserve(100))
  }

  @Test func aWaiterLeavesTheQueueAtItsDeadlineAndTakesNoWorker() async throws {
    let gate = CheckGate(workers: 1, queue: 1)
    try await gate.enter()
    let started = ContinuousClock.now
    await #expect(throws: CheckGate.Refusal.expired) { try await gate.enter(until: .now + .milliseconds(200)) }
    #expect(ContinuousClock.now - started >= .milliseconds(200))
    #expect(await gate.load.waiting == 0)
    // The worker it never took is still the first holder's: leaving frees it, and nobody else holds one.
    await gate.leave()
    #expect(await gate.load.running == 0)
    try await gate.enter()
    #expect(await gate.load.running == 1)
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
    #expect(token.authorizes("bearer 0123456789abcdef-token"))
    #expect(!token.authorizes("0123456789abcdef-token"))
    #expect(!token.authorizes("Bearer 0123456789ABCDEF-token"))
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
    ("", "upload-3.xml"), ("a\u{0}b\r\n.xml", "ab.xml"), ("fdp.\u{202E}lmx", "fdp.lmx"), ("a\u{85}b.xml", "ab.xml"),
  ])
  func namesAreOnlyLabels(name: String, label: String) {
    #expect(Submission.label(name, index: 3) == label)
  }

  @Test func fileNamesFromContentDisposition() {
    #expect(Submission.fileName(#"form-data; name="file"; filename="a b.xml""#) == "a b.xml")
    #expect(Submission.fileName("form-data; name=file; filename=plain.xml") == "plain.xml")
    #expect(Submission.fileName(#"form-data; name="field""#) == nil)
    // A `;` inside the quotes is part of the name; `filename*` (RFC 5987) wins over `filename`.
    #expect(Submission.fileName(#"form-data; name="file"; filename="a;b.xml""#) == "a;b.xml")
    #expect(
      Submission.fileName(#"form-data; name="file"; filename="fallback.xml"; filename*=UTF-8''%E6%BD%BC%E5%8D%97.xml"#)
        == "潼南.xml")
  }

  @Test func aBodyWithoutItsClosingDelimiterIsRefusedNotCutShort() throws {
    let part = { (name: String) in
      "--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"\(name)\"\r\n\r\n<a/>\r\n"
    }
    let whole = ByteBuffer(string: part("one.xml") + part("two.xml") + "--b--\r\n")
    #expect(
      try Submission.documents(whole, kind: .multipart(boundary: "b"), maxFileSize: 1000).map(\.name) == [
        "one.xml", "two.xml",
      ])
    // The second part cut off, or the closing delimiter missing: a 400, never one file of two.
    for cut in [
      part("one.xml") + "--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"two.xml\"\r\n\r\n<a",
      part("one.xml") + part("two.xml"),
    ] {
      #expect(throws: Problem.self) {
        try Submission.documents(ByteBuffer(string: cut), kind: .multipart(boundary: "b"), maxFileSize: 1000)
      }
    }
  }

  @Test func anEmptyFileInputIsNoFileAndAnUndecodedNameStillAFile() throws {
    let empty = "--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"\"\r\n\r\n\r\n"
    let one = "--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.xml\"\r\n\r\n<a/>\r\n"
    let documents = try Submission.documents(
      ByteBuffer(string: empty + one + "--b--\r\n"), kind: .multipart(boundary: "b"), maxFileSize: 1000)
    #expect(documents.map(\.name) == ["a.xml"])
    // A file name in GBK: the header is not UTF-8. The part is still a document, under a made-up label.
    var gbk = ByteBuffer(string: "--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"")
    gbk.writeBytes([0xCD, 0xAD, 0xC4, 0xCF])  // 潼南 in GBK
    gbk.writeString(".xml\"\r\n\r\n<a/>\r\n--b--\r\n")
    let undecoded = try Submission.documents(gbk, kind: .multipart(boundary: "b"), maxFileSize: 1000)
    #expect(undecoded.count == 1)
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

@Suite struct JSONLogHandlerTests {
  @Test func aLineIsOneJSONObjectWithEveryFieldEscaped() throws {
    let lines = LockedLines()
    var handler = JSONLogHandler(label: "test", write: { lines.append($0) })
    handler.metadata["service"] = "shanshui"
    let logger = Logger(label: "test", factory: { _ in handler })
    logger.info(
      "request",
      metadata: [
        "path": "/v1/check\"\n\u{1}\u{2028}/潼南", "status": .stringConvertible(200),
        "duration_ms": .stringConvertible(1.25), "list": ["a", .stringConvertible(2)],
      ])
    let line = try #require(lines.all.first)
    #expect(line.hasSuffix("\n") && line.dropLast().allSatisfy { $0 != "\n" })
    let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
    #expect(object["path"] as? String == "/v1/check\"\n\u{1}\u{2028}/潼南")
    #expect(object["status"] as? Int == 200)
    #expect(object["duration_ms"] as? Double == 1.25)
    #expect(object["service"] as? String == "shanshui")
    #expect(object["message"] as? String == "request" && object["level"] as? String == "info")
    let time = try #require(object["time"] as? String)
    #expect(time.wholeMatch(of: /\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z/) != nil)
    // Keys sorted, as before: log lines diff cleanly.
    let keys = line.matches(of: /"([a-z_]+)":/).map { String($0.1) }
    #expect(keys == keys.sorted())
  }
}

/// Lines a test's log handler wrote. `@unchecked Sendable`: `lines` only under `lock`.
final class LockedLines: @unchecked Sendable {
  private var lines: [String] = []
  private let lock = NSLock()
  func append(_ line: String) {
    lock.lock()
    lines.append(line)
    lock.unlock()
  }
  var all: [String] {
    lock.lock()
    defer { lock.unlock() }
    return lines
  }
}
