/// At most `workers` checks at once, and at most `queue` more waiting for a worker; a request beyond them is
/// refused at once (429) instead of waiting without bound, and a request still waiting at its deadline leaves the
/// queue (503) instead of taking a worker for an answer nobody awaits.
public actor CheckGate {
  public let workers: Int
  public let queue: Int
  private var running = 0
  private var waiters: [(id: Int, continuation: CheckedContinuation<Bool, Never>)] = []
  private var nextID = 0

  public init(workers: Int, queue: Int) {
    self.workers = max(1, workers)
    self.queue = max(0, queue)
  }

  /// Why a request did not get a worker.
  public enum Refusal: Error {
    /// Every worker busy and the queue full.
    case full
    /// The deadline passed while it waited in the queue.
    case expired
  }

  /// Takes a worker, waiting in the queue for one when all are busy, at most until `deadline`. Every successful
  /// `enter` must be followed by one `leave`.
  public func enter(until deadline: ContinuousClock.Instant = .now + .seconds(3600)) async throws(Refusal) {
    if running < workers {
      running += 1
      return
    }
    guard waiters.count < queue else { throw .full }
    nextID += 1
    let id = nextID
    let expiry = Task { [weak self] in
      try? await Task.sleep(until: deadline, clock: .continuous)
      await self?.expire(id)
    }
    // `leave` hands its worker to the first waiter (true): `running` stays as it is; `expire` answers false.
    let admitted = await withCheckedContinuation { waiters.append((id, $0)) }
    expiry.cancel()
    if !admitted { throw .expired }
  }

  private func expire(_ id: Int) {
    guard let index = waiters.firstIndex(where: { $0.id == id }) else { return }
    waiters.remove(at: index).continuation.resume(returning: false)
  }

  /// Gives the worker back: to the first waiter, else to the pool.
  public func leave() {
    if waiters.isEmpty {
      running -= 1
    } else {
      waiters.removeFirst().continuation.resume(returning: true)
    }
  }

  /// Checks running and waiting now (for /metrics and the tests).
  public var load: (running: Int, waiting: Int) { (running, waiters.count) }
}
