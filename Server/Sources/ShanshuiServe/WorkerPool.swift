import Foundation
import NIOCore
import NIOPosix

/// The threads checks run on: synchronous, CPU-bound work kept off Swift's cooperative pool and NIO's event loops,
/// so that reading bodies and answering health checks go on while every worker checks.
public final class WorkerPool: Sendable {
  private let pool: NIOThreadPool

  public init(threads: Int) {
    pool = NIOThreadPool(numberOfThreads: max(1, threads))
    pool.start()
  }

  /// The pool's threads stop once their work is done.
  public func shutdown() async throws {
    try await pool.shutdownGracefully()
  }

  /// The time limit passed before the work finished.
  public struct TimedOut: Error {}

  /// Runs `work` on a pool thread. Past `deadline` the caller gets `TimedOut` at once; the work cannot be
  /// interrupted, so it finishes on its thread and `finished` is called then, whichever came first. Work whose
  /// deadline passed before a thread took it is not started.
  public func run<T: Sendable>(
    until deadline: ContinuousClock.Instant, on loop: any EventLoop, _ work: @escaping @Sendable () -> T,
    finished: @escaping @Sendable () -> Void = {}
  ) async throws -> T {
    try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<T, any Error>) in
      let once = OnceResume(continuation)
      let left = ContinuousClock.now.duration(to: deadline)
      let timer = loop.scheduleTask(in: .nanoseconds(Int64(max(0, left / .nanoseconds(1))))) {
        once.resume(throwing: TimedOut())
      }
      pool.submit { state in
        guard state == .active else {
          timer.cancel()
          finished()
          once.resume(throwing: CancellationError())
          return
        }
        // Past the deadline nobody awaits the answer (the caller has its 503): do not spend the worker on it.
        guard ContinuousClock.now < deadline else {
          timer.cancel()
          finished()
          once.resume(throwing: TimedOut())
          return
        }
        let value = work()
        timer.cancel()
        finished()
        once.resume(returning: value)
      }
    }
  }
}

/// Resumes a continuation once, from whichever side comes first. `@unchecked Sendable`: `continuation` is taken
/// only under `lock`.
private final class OnceResume<T: Sendable>: @unchecked Sendable {
  private var continuation: CheckedContinuation<T, any Error>?
  private let lock = NSLock()

  init(_ continuation: CheckedContinuation<T, any Error>) { self.continuation = continuation }

  private func take() -> CheckedContinuation<T, any Error>? {
    lock.lock()
    defer { lock.unlock() }
    let taken = continuation
    continuation = nil
    return taken
  }

  func resume(returning value: T) { take()?.resume(returning: value) }
  func resume(throwing error: any Error) { take()?.resume(throwing: error) }
}
