import Foundation
import ShanshuiCore
import Testing

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An `xlink:href` is never fetched: a listening socket on the loopback, named by the reference, receives no
/// connection while the reader refuses the geometry.
@Suite struct GMLReferenceNotFetchedTests {
  /// A TCP socket listening on 127.0.0.1 on a free port, non-blocking, so that `accept` tells at once whether anyone
  /// connected.
  final class Listener {
    let descriptor: Int32
    let port: UInt16

    init() throws {
      let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
      guard descriptor >= 0 else { throw Failure(step: "socket") }
      var address = sockaddr_in()
      address.sin_family = sa_family_t(AF_INET)
      address.sin_addr.s_addr = inet_addr("127.0.0.1")
      address.sin_port = 0
      var length = socklen_t(MemoryLayout<sockaddr_in>.size)
      let bound = withUnsafeMutablePointer(to: &address) { pointer in
        pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { raw in
          bind(descriptor, raw, length) == 0 && listen(descriptor, 8) == 0
            && getsockname(descriptor, raw, &length) == 0
        }
      }
      guard bound else {
        close(descriptor)
        throw Failure(step: "bind")
      }
      self.descriptor = descriptor
      port = UInt16(bigEndian: address.sin_port)
      _ = fcntl(descriptor, F_SETFL, fcntl(descriptor, F_GETFL) | O_NONBLOCK)
    }

    /// How many connections are waiting to be accepted.
    func connections() -> Int {
      var count = 0
      while true {
        let client = accept(descriptor, nil, nil)
        guard client >= 0 else { return count }
        close(client)
        count += 1
      }
    }

    deinit { close(descriptor) }

    struct Failure: Error { var step: String }
  }

  @Test func aReferenceToALiveServerIsRefusedAndNeverRequested() throws {
    let listener = try Listener()
    let url = "http://127.0.0.1:\(listener.port)/boundary.gml"
    // The listener works: a connection made on purpose is seen.
    let probe = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
    var address = sockaddr_in()
    address.sin_family = sa_family_t(AF_INET)
    address.sin_addr.s_addr = inet_addr("127.0.0.1")
    address.sin_port = listener.port.bigEndian
    let connected = withUnsafePointer(to: &address) {
      $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
        connect(probe, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) == 0
      }
    }
    close(probe)
    #expect(connected)
    #expect(listener.connections() == 1)

    for inner in [
      "<gml:Polygon srsName=\"EPSG:4490\" xlink:href=\"\(url)\"/>",
      "<gml:MultiSurface srsName=\"EPSG:4490\"><gml:surfaceMember xlink:href=\"\(url)\"/></gml:MultiSurface>",
      GMLTestDocuments.polygon().replacingOccurrences(
        of: "<gml:exterior>", with: "<gml:exterior xlink:href=\"\(url)#ring\">"),
    ] {
      let problem = try #require(try GMLTestDocuments.read(inner).problem)
      #expect(problem.code == .geometryReferenceRefused)
      #expect(problem.message.en?.contains(url) == true)
    }
    #expect(listener.connections() == 0)
  }
}
