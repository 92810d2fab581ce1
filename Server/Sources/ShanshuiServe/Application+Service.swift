import Hummingbird
import Logging
import NIOCore
import ServiceLifecycle
import NIOPosix
import UnixSignals

extension ShanshuiService {
  /// The HTTP application: the router, HTTP/1.1 with the idle timeout and the close-after-refusal handler, bound to
  /// the settings' host and port; the SIGHUP reloader runs beside it. `onServerRunning` hears the bound channel
  /// (its local address tells the port when 0 was asked).
  public func application(
    page: UploadPage? = nil, onServerRunning: @escaping @Sendable (any Channel) async -> Void = { _ in }
  ) -> some ApplicationProtocol {
    let idle = settings.idleTimeout
    return Application(
      router: router(page: page),
      server: .http1(
        configuration: .init(
          additionalChannelHandlers: [CloseAfterResponse()], idleTimeout: .nanoseconds(idle.nanoseconds))),
      configuration: .init(address: .hostname(settings.host, port: settings.port), serverName: nil),
      services: [HangupReloader(service: self)],
      onServerRunning: onServerRunning,
      logger: logger)
  }

  /// Loads the standard, then serves until SIGTERM or SIGINT; requests in flight finish first. Throws when the
  /// first load is refused (nothing to serve).
  public func run(page: UploadPage? = nil) async throws {
    let loaded = store.reload(logger: logger)
    metrics.reload(succeeded: loaded.loaded)
    guard loaded.loaded else { throw StartError(problems: loaded.problems.map(StandardStore.line)) }
    logger.info(
      "listening", metadata: ["host": .string(settings.host), "port": .stringConvertible(settings.port)])
    try await application(page: page).runService()
    try await pool.shutdown()
  }

  /// The standard given at start does not load.
  public struct StartError: Error, CustomStringConvertible {
    public var problems: [String]
    public var description: String { "the standard does not load:\n" + problems.joined(separator: "\n") }
  }
}

/// Reloads the standard on every SIGHUP until the service shuts down.
struct HangupReloader: ServiceLifecycle.Service {
  let service: ShanshuiService

  func run() async throws {
    let signals = await UnixSignalsSequence(trapping: .sighup)
    for await _ in signals.cancelOnGracefulShutdown() {
      service.logger.info("SIGHUP: reloading the standard")
      _ = try await service.reload(on: MultiThreadedEventLoopGroup.singleton.next())
    }
  }
}
