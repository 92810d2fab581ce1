import Hummingbird
import Logging
import NIOCore

/// The service: what every route shares: the settings, the standard in force, the workers and their gate, the metrics, the log.
public final class ShanshuiService: Sendable {
  public let settings: ServeSettings
  public let store: StandardStore
  public let gate: CheckGate
  public let pool: WorkerPool
  /// One thread for reloads: a reload never takes a checking thread from requests the gate admitted.
  let reloadPool: WorkerPool
  /// Request bodies held in memory, over all requests (`--max-buffered`).
  public let bodies: ByteBudget
  public let metrics: ServiceMetrics
  public let logger: Logger

  public init(settings: ServeSettings, logger: Logger) {
    self.settings = settings
    self.logger = logger
    store = StandardStore(settings: settings)
    gate = CheckGate(workers: settings.maxConcurrent, queue: settings.queue)
    pool = WorkerPool(threads: settings.maxConcurrent)
    reloadPool = WorkerPool(threads: 1)
    bodies = ByteBudget(limit: settings.maxBuffered)
    metrics = ServiceMetrics()
  }

  /// Loads the standard off the event loops and the cooperative pool, logging the outcome.
  @discardableResult
  public func reload(on loop: any EventLoop) async throws -> StandardStore.LoadResult {
    let store = self.store
    let logger = self.logger
    let result = try await reloadPool.run(until: .now + .seconds(600), on: loop) { store.reload(logger: logger) }
    metrics.reload(succeeded: result.loaded)
    return result
  }
}
