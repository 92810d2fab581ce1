import HTTPTypes
import NIOCore
import NIOHTTPTypes

/// Guards each connection below Hummingbird's handler:
/// - a response sent before its request's body was read to the end (a refusal: too large, too slow, a wrong media
///   type, an unknown route…) closes the connection after it, marked `Connection: close`, instead of letting
///   Hummingbird drain a body of any size at any pace to keep the connection alive; so does a response marked
///   `Connection: close` by a route;
/// - closing is lingering: the output side is shut first, and what the client still sends is read and dropped for a
///   short while, so the kernel does not answer the unread bytes with a reset that would destroy the response
///   before the client reads it;
/// - `Expect: 100-continue` is answered with `100 Continue` at once;
/// - a response must be written out within `writeTimeout` of its head: a client that never reads (a full receive
///   window) cannot hold a connection, its response, or the service's shutdown, forever.
final class CloseAfterResponse: ChannelDuplexHandler, RemovableChannelHandler {
  typealias InboundIn = HTTPRequestPart
  typealias InboundOut = HTTPRequestPart
  typealias OutboundIn = HTTPResponsePart
  typealias OutboundOut = HTTPResponsePart

  /// How long a closing connection's late input is read and dropped before it is closed whole.
  static let linger: TimeAmount = .seconds(2)

  private let writeTimeout: TimeAmount
  /// For each request received and not yet answered, in order (pipelined requests queue up): whether its body has
  /// been read to its end. Responses answer them in the same order.
  private var received: [Bool] = []
  private var closing = false
  /// The response is written and the output shut: input is dropped until the linger ends.
  private var discarding = false
  private var writeTimer: Scheduled<Void>?

  init(writeTimeout: TimeAmount) {
    self.writeTimeout = writeTimeout
  }

  func channelRead(context: ChannelHandlerContext, data: NIOAny) {
    if discarding { return }
    switch unwrapInboundIn(data) {
    case .head(let head):
      received.append(false)
      // `Expect: 100-continue` (curl sends it above 1 MiB): say go on at once, else the client waits about a second
      // before sending the body. A request refused before its body is read is answered finally anyway (and closed).
      // Only when no earlier response is still being written (a pipelined request waits its turn).
      if received.count == 1, head.headerFields[.expect]?.lowercased() == "100-continue" {
        context.writeAndFlush(wrapOutboundOut(.head(HTTPResponse(status: .continue))), promise: nil)
      }
    case .body: break
    case .end: if !received.isEmpty { received[received.count - 1] = true }
    }
    context.fireChannelRead(data)
  }

  func write(context: ChannelHandlerContext, data: NIOAny, promise: EventLoopPromise<Void>?) {
    switch unwrapOutboundIn(data) {
    case .head(var head):
      if head.status.kind == .informational {
        context.write(data, promise: promise)
        return
      }
      if head.headerFields[.connection]?.lowercased() == "close" { closing = true }
      // The request this answers is the oldest unanswered one.
      if received.first == false && !closing {
        closing = true
        head.headerFields[.connection] = "close"
      }
      let channel = context.channel
      writeTimer = context.eventLoop.scheduleTask(in: writeTimeout) { channel.close(promise: nil) }
      context.write(wrapOutboundOut(.head(head)), promise: promise)
    case .body:
      context.write(data, promise: promise)
    case .end:
      if !received.isEmpty { received.removeFirst() }
      let written = promise ?? context.eventLoop.makePromise()
      let timer = writeTimer
      writeTimer = nil
      written.futureResult.whenComplete { _ in timer?.cancel() }
      guard closing else {
        context.write(data, promise: written)
        return
      }
      context.writeAndFlush(data, promise: written)
      discarding = true
      let channel = context.channel
      written.futureResult.whenComplete { _ in
        channel.close(mode: .output, promise: nil)
        channel.eventLoop.scheduleTask(in: Self.linger) { channel.close(promise: nil) }
      }
    }
  }

  func userInboundEventTriggered(context: ChannelHandlerContext, event: Any) {
    // The client closed its side while we linger: nothing more to drop.
    if discarding, let event = event as? ChannelEvent, event == .inputClosed {
      context.close(promise: nil)
      return
    }
    context.fireUserInboundEventTriggered(event)
  }

  func channelInactive(context: ChannelHandlerContext) {
    writeTimer?.cancel()
    writeTimer = nil
    context.fireChannelInactive()
  }
}
