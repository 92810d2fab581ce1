import HTTPTypes
import NIOCore
import NIOHTTPTypes

/// Closes the connection once a response marked `Connection: close` is written: a refused body (too large, too
/// slow) is never read to its end, where Hummingbird would otherwise drain it to keep the connection alive.
final class CloseAfterResponse: ChannelOutboundHandler, RemovableChannelHandler {
  typealias OutboundIn = HTTPResponsePart
  typealias OutboundOut = HTTPResponsePart
  private var closing = false

  func write(context: ChannelHandlerContext, data: NIOAny, promise: EventLoopPromise<Void>?) {
    switch unwrapOutboundIn(data) {
    case .head(let head):
      if head.headerFields[.connection]?.lowercased() == "close" { closing = true }
      context.write(data, promise: promise)
    case .body:
      context.write(data, promise: promise)
    case .end:
      guard closing else {
        context.write(data, promise: promise)
        return
      }
      // Small, coded answers only: flushed at once, so they are on the wire before the close.
      context.writeAndFlush(data, promise: promise)
      context.close(promise: nil)
    }
  }
}
