import Hummingbird
import NIOCore

/// The request context of every route: Hummingbird's core storage and the connection, which the body reader closes
/// the input side of when a body is too slow.
public struct ServeContext: RequestContext {
  public var coreContext: CoreRequestContextStorage
  /// The request's connection.
  public let channel: any Channel

  public init(source: ApplicationRequestContextSource) {
    coreContext = .init(source: source)
    channel = source.channel
  }

  /// Bodies are read by `BodyReader` under the service's own cap, never by Hummingbird's collector.
  public var maxUploadSize: Int { 0 }
}
