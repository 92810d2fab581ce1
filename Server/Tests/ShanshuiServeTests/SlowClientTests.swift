import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import ShanshuiServe
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// Slow clients on a raw socket: one that sends the head then dribbles the body, one that dribbles the head. Neither
/// holds the connection past its limit.
@Suite struct SlowClientTests {
  @Test func aDribbledBodyIsRefusedAt408WhenTheRequestTimeLimitPasses() async throws {
    let service = TestService.make(
      TestService.settings {
        $0.requestTimeout = .seconds(1)
        $0.idleTimeout = .seconds(5)
      })
    try await TestService.live(service) { client in
      let socket = try RawSocket(port: try #require(client.port))
      try socket.send(
        "POST /v1/check HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/xml\r\nContent-Length: 100000\r\n\r\n")
      let started = ContinuousClock.now
      // One byte every 200 ms: never idle long enough for the idle timeout, always under the body's deadline.
      var answer = ""
      for _ in 0..<40 {
        try? socket.send("<")
        try await Task.sleep(for: .milliseconds(200))
        answer += socket.receiveAvailable()
        if answer.contains("\r\n\r\n") { break }
      }
      let elapsed = ContinuousClock.now - started
      #expect(answer.hasPrefix("HTTP/1.1 408"), "\(answer)")
      #expect(answer.contains("body-too-slow"))
      #expect(elapsed < .seconds(3), "\(elapsed)")
      #expect(socket.waitForClose(seconds: 2), "the connection stays open")
    }
  }

  @Test func aDribbledHeadIsClosedAtTheIdleTimeout() async throws {
    let service = TestService.make(TestService.settings { $0.idleTimeout = .seconds(1) })
    try await TestService.live(service) { client in
      let socket = try RawSocket(port: try #require(client.port))
      let started = ContinuousClock.now
      var closed = false
      for index in 0..<30 {
        if (try? socket.send(index == 0 ? "POST /v1/check HTTP/1.1\r\n" : "X-Slow-\(index): 1\r\n")) == nil { break }
        try await Task.sleep(for: .milliseconds(200))
        if socket.isClosedByPeer() {
          closed = true
          break
        }
      }
      #expect(closed)
      #expect(ContinuousClock.now - started < .seconds(3))
    }
  }
}

/// A blocking TCP client on 127.0.0.1, to send exactly the bytes a hostile client sends.
final class RawSocket {
  let descriptor: Int32

  struct Failure: Error { var what: String }

  init(port: Int) throws {
    descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
    guard descriptor >= 0 else { throw Failure(what: "socket") }
    var address = sockaddr_in()
    address.sin_family = sa_family_t(AF_INET)
    address.sin_port = in_port_t(UInt16(port).bigEndian)
    address.sin_addr.s_addr = inet_addr("127.0.0.1")
    let connected = withUnsafePointer(to: &address) {
      $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
        connect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
      }
    }
    guard connected == 0 else { throw Failure(what: "connect") }
    var timeout = timeval(tv_sec: 0, tv_usec: 100_000)
    setsockopt(descriptor, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
  }

  deinit { close(descriptor) }

  func send(_ text: String) throws {
    let bytes = Array(text.utf8)
    let sent = bytes.withUnsafeBytes { Glibc.send(descriptor, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
    guard sent == bytes.count else { throw Failure(what: "send") }
  }

  /// What has arrived (waiting at most 100 ms).
  func receiveAvailable() -> String {
    var buffer = [UInt8](repeating: 0, count: 65536)
    let count = buffer.withUnsafeMutableBytes { recv(descriptor, $0.baseAddress, $0.count, 0) }
    return count > 0 ? String(decoding: buffer[0..<count], as: UTF8.self) : ""
  }

  /// Whether the peer has closed (a read returns end of file or a reset), waiting at most 100 ms.
  func isClosedByPeer() -> Bool {
    var buffer = [UInt8](repeating: 0, count: 4096)
    let count = buffer.withUnsafeMutableBytes { recv(descriptor, $0.baseAddress, $0.count, 0) }
    if count == 0 { return true }
    return count < 0 && errno != EAGAIN && errno != EWOULDBLOCK
  }

  /// Waits up to `seconds` for the peer to close.
  func waitForClose(seconds: Int) -> Bool {
    for _ in 0..<(seconds * 10) where isClosedByPeer() { return true }
    return false
  }
}
