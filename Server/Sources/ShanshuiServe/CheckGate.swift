/// At most `workers` checks at once, and at most `queue` more waiting for a worker; a request beyond them is
/// refused at once (429) instead of waiting without bound.
public actor CheckGate {
  public let workers: Int
  public let queue: Int
  private var running = 0
  private var waiters: [CheckedContinuation<Void, Never>] = []

  public init(workers: Int, queue: Int) {
    self.workers = max(1, workers)
    self.queue = max(0, queue)
  }

  /// The gate is full: every worker busy and the queue full.
  public struct Full: Error {}

  /// Takes a worker, waiting in the queue for one when all are busy; throws `Full` when the queue is full too.
  /// Every successful `enter` must be followed by one `leave`.
  public func enter() async throws(Full) {
    if running < workers {
      running += 1
      return
    }
    guard waiters.count < queue else { throw Full() }
    // `leave` hands its worker to the first waiter: `running` stays as it is.
    await withCheckedContinuation { waiters.append($0) }
  }

  /// Gives the worker back: to the first waiter, else to the pool.
  public func leave() {
    if waiters.isEmpty {
      running -= 1
    } else {
      waiters.removeFirst().resume()
    }
  }

  /// Checks running and waiting now (for /metrics and the tests).
  public var load: (running: Int, waiting: Int) { (running, waiters.count) }
}
