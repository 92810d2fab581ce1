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
    let writeTimeout = TimeAmount.nanoseconds(settings.requestTimeout.nanoseconds)
    return Application(
      router: router(page: page),
      server: .http1(
        configuration: .init(
          additionalChannelHandlers: [CloseAfterResponse(writeTimeout: writeTimeout)],
          idleTimeout: .nanoseconds(idle.nanoseconds))),
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
    // SIGTERM and SIGINT: stop accepting, answer what is in flight; but not forever: a response a client will not
    // read is cut at the write timeout, and past the request time limit and a margin the rest is cancelled.
    var configuration = ServiceGroupConfiguration(
      services: [application(page: page)], gracefulShutdownSignals: [.sigterm, .sigint], logger: logger)
    configuration.maximumGracefulShutdownDuration = settings.requestTimeout + .seconds(5)
    try await ServiceGroup(configuration: configuration).run()
    try await pool.shutdown()
    try await reloadPool.shutdown()
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
      // A reload that fails is logged by `reload`; it must not end the service.
      _ = try? await service.reload(on: MultiThreadedEventLoopGroup.singleton.next())
    }
  }
}
