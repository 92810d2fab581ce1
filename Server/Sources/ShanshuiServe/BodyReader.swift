import Foundation
import Hummingbird
import NIOCore

/// Reads a request body into memory under two limits: a byte cap counted while streaming (nothing is kept past it)
/// and a deadline for the whole body, so a client that dribbles bytes (slowloris) cannot hold a connection, and
/// never a worker: bodies are read before a check takes one. Every body also counts against the service's
/// `ByteBudget` while it is held.
enum BodyReader {
  enum Failure: Error, Equatable {
    /// More than the cap (declared by `Content-Length` or counted).
    case tooLarge(limit: Int)
    /// The body was not complete by the deadline.
    case tooSlow
    /// The connection failed or the body was malformed.
    case broken
    /// The bodies held in memory over all requests would pass `--max-buffered`.
    case overBudget
  }

  static func read(
    _ request: Request, channel: any Channel, limit: Int, deadline: ContinuousClock.Instant, share: BudgetShare
  ) async throws(Failure) -> ByteBuffer {
    // A declared length is reserved whole before a byte is read; a chunked body chunk by chunk.
    let declared = request.headers[.contentLength].flatMap(Int.init)
    if let declared {
      if declared > limit { throw .tooLarge(limit: limit) }
      if !share.reserve(declared) { throw .overBudget }
    }
    let expired = ExpiryFlag()
    // On the deadline the connection's input is closed: the body stream ends at once, whatever the client does.
    let timer = channel.eventLoop.scheduleTask(in: .nanoseconds(Int64(nanoseconds(until: deadline)))) {
      expired.set()
      channel.close(mode: .input, promise: nil)
    }
    defer { timer.cancel() }
    var collected = ByteBuffer()
    do {
      for try await chunk in request.body {
        if collected.readableBytes + chunk.readableBytes > limit { throw Failure.tooLarge(limit: limit) }
        if declared == nil && !share.reserve(chunk.readableBytes) { throw Failure.overBudget }
        var chunk = chunk
        collected.writeBuffer(&chunk)
      }
    } catch let failure as Failure {
      throw failure
    } catch {
      throw expired.isSet ? .tooSlow : .broken
    }
    if expired.isSet { throw .tooSlow }
    return collected
  }

  private static func nanoseconds(until deadline: ContinuousClock.Instant) -> Int64 {
    let left = ContinuousClock.now.duration(to: deadline)
    let (seconds, attoseconds) = left.components
    return max(0, seconds * 1_000_000_000 + attoseconds / 1_000_000_000)
  }
}

/// Set once from the event loop, read from the request's task. `@unchecked Sendable`: `value` only under `lock`.
final class ExpiryFlag: @unchecked Sendable {
  private var value = false
  private let lock = NSLock()

  func set() {
    lock.lock()
    value = true
    lock.unlock()
  }

  var isSet: Bool {
    lock.lock()
    defer { lock.unlock() }
    return value
  }
}
